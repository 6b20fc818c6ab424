/// What a pod runs and where (`core/v1.PodSpec`).
public struct PodSpec: Codable, Sendable, Hashable {
    public var volumes: [Volume]?
    public var initContainers: [Container]?
    public var containers: [Container]
    public var ephemeralContainers: [OpaqueValue]?
    public var restartPolicy: RestartPolicy?
    public var terminationGracePeriodSeconds: Int?
    public var activeDeadlineSeconds: Int?
    public var dnsPolicy: DNSPolicy?
    public var nodeSelector: [String: String]?
    public var serviceAccountName: String?
    /// Deprecated alias of `serviceAccountName`, still accepted.
    public var serviceAccount: String?
    public var automountServiceAccountToken: Bool?
    public var nodeName: String?
    public var hostNetwork: Bool?
    public var hostPID: Bool?
    public var hostIPC: Bool?
    public var shareProcessNamespace: Bool?
    public var securityContext: OpaqueValue?
    public var imagePullSecrets: [LocalObjectReference]?
    public var hostname: String?
    public var subdomain: String?
    public var affinity: Affinity?
    public var schedulerName: String?
    public var tolerations: [Toleration]?
    public var hostAliases: [OpaqueValue]?
    public var priorityClassName: String?
    public var priority: Int?
    public var dnsConfig: OpaqueValue?
    public var readinessGates: [PodReadinessGate]?
    public var runtimeClassName: String?
    public var enableServiceLinks: Bool?
    public var preemptionPolicy: PreemptionPolicy?
    public var overhead: [String: Quantity]?
    public var topologySpreadConstraints: [TopologySpreadConstraint]?
    public var setHostnameAsFQDN: Bool?
    public var os: OpaqueValue?
    public var hostUsers: Bool?
    public var schedulingGates: [OpaqueValue]?
    public var resourceClaims: [OpaqueValue]?
    /// Pod-level resources (newer API); containers' own `resources` are what LabKit uses.
    public var resources: ResourceRequirements?

    public init(containers: [Container]) {
        self.containers = containers
    }

    /// Init containers then app containers, the order upstream visits them in.
    public var allContainers: [Container] {
        (initContainers ?? []) + containers
    }

    /// Sidecars (init containers with `restartPolicy: Always`), which run for the pod's life.
    public var sidecars: [Container] {
        (initContainers ?? []).filter(\.isSidecar)
    }

    /// App containers, then sidecars: what runs once the pod has started.
    public var containersWithSidecars: [Container] {
        guard let initContainers, initContainers.contains(where: \.isSidecar) else {
            return containers
        }
        return containers + sidecars
    }
}

/// `readinessGates[]`: a pod condition that must be True, besides its containers, for the pod
/// to be Ready.
public struct PodReadinessGate: Codable, Sendable, Hashable {
    public var conditionType: String

    public init(conditionType: String) { self.conditionType = conditionType }
}

/// `{name: ...}`, as in `imagePullSecrets`.
public struct LocalObjectReference: Codable, Sendable, Hashable {
    public var name: String?

    public init(name: String? = nil) { self.name = name }
}

public enum RestartPolicy: String, KubeEnum {
    case always = "Always"
    case onFailure = "OnFailure"
    case never = "Never"
}

public enum DNSPolicy: String, KubeEnum {
    case clusterFirstWithHostNet = "ClusterFirstWithHostNet"
    case clusterFirst = "ClusterFirst"
    case `default` = "Default"
    case none = "None"
}

public enum PreemptionPolicy: String, KubeEnum {
    case preemptLowerPriority = "PreemptLowerPriority"
    case never = "Never"
}
