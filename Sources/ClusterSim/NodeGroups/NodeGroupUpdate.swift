/// One update of a node group, as `aws eks describe-update` reports it.
public struct NodeGroupUpdate: Sendable, Hashable {
    /// EKS `UpdateType`.
    public enum Kind: String, Sendable, Hashable {
        case versionUpdate = "VersionUpdate"
        case configUpdate = "ConfigUpdate"
    }

    /// EKS `UpdateStatus`.
    public enum Status: String, Sendable, Hashable {
        case inProgress = "InProgress"
        case successful = "Successful"
        case failed = "Failed"
    }

    /// A deterministic id (`<group>-update-<n>`) where EKS gives a UUID.
    public var id: String
    public var kind: Kind
    public var status: Status
    public var startedAt: VirtualTime
    public var finishedAt: VirtualTime?
    /// `releaseVersion` / `version` parameters, as `name=value`.
    public var parameters: [String]
    /// EKS `ErrorDetail`: an error code (`PodEvictionFailure`) and message.
    public var errors: [NodeGroupUpdateError]
}

/// EKS `ErrorDetail` on a failed update.
public struct NodeGroupUpdateError: Sendable, Hashable {
    public var errorCode: String
    public var errorMessage: String
    public var resourceIds: [String]
}
