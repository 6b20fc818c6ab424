/// A claim inside a StatefulSet's `volumeClaimTemplates`: a PersistentVolumeClaim whose
/// `apiVersion` and `kind` may be left out.
public struct PersistentVolumeClaimTemplate: Codable, Sendable, Hashable {
    public var apiVersion: String?
    public var kind: String?
    public var metadata: ObjectMeta
    public var spec: PersistentVolumeClaimSpec
    public var status: PersistentVolumeClaimStatus?

    public init(metadata: ObjectMeta, spec: PersistentVolumeClaimSpec) {
        self.metadata = metadata
        self.spec = spec
    }
}
