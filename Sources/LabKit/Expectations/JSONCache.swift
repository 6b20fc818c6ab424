import ClusterSim
import KubeModel

/// Objects as JSON, kept per object until its `resourceVersion` changes: `within` and
/// `throughout` evaluate field conditions after every event, and most events (requests,
/// probes) change nothing the condition reads.
final class JSONCache {
    private var entries: [ObjectKey: (version: String, value: OpaqueValue?)] = [:]

    func values(of resource: KubeResource, at field: ValuePath) -> [OpaqueValue?] {
        let key = resource.storeKey
        let version = resource.metadata.resourceVersion ?? ""
        if let entry = entries[key], entry.version == version, !version.isEmpty {
            return entry.value.map(field.values(in:)) ?? [nil]
        }
        let value = ConditionEvaluator.json(of: resource.object)
        entries[key] = (version, value)
        return value.map(field.values(in:)) ?? [nil]
    }
}
