import KubeModel

extension RelatedObjects {
    /// How a member is named in a report (`pod/web-0`, `hpa/order`, `rs/order-5d8f`).
    var memberPrefix: String {
        switch self {
        case .pods: "pod"
        case .newReplicaSet, .oldReplicaSets: "rs"
        default: rawValue
        }
    }

    /// Whether `candidate` (of this kind, in the owner's namespace) relates to `owner` as the
    /// cluster relates them: an autoscaler by its target, a budget by its selector over the
    /// owner's pod labels, a pod by the owner's selector.
    func relates(_ candidate: KubeResource, to owner: KubeResource) -> Bool {
        switch (self, candidate) {
        case (.hpa, .horizontalPodAutoscaler(let hpa)):
            let target = hpa.spec.scaleTargetRef
            return target.name == owner.metadata.name && target.kind == owner.key.kind
        case (.pdb, .podDisruptionBudget):
            guard let labels = owner.podTemplate?.metadata?.labels ?? owner.metadata.labels,
                let selector = candidate.selector
            else { return false }
            // An empty selector selects every pod of the namespace (policy/v1).
            return selector.matches(labels)
        case (.pods, .pod(let pod)):
            guard let selector = owner.selector else { return false }
            return selector.matches(pod.metadata.labels ?? [:])
        default:
            return false
        }
    }

    /// The names of a StatefulSet pod's own claims, `<template>-<pod>`, from the StatefulSets
    /// whose pods are named `<set>-<ordinal>` (nil when none names it).
    static func claimNames(ofPod pod: String, sets: [StatefulSet]) -> [String]? {
        let names = sets.flatMap { set -> [String] in
            let prefix = (set.metadata.name ?? "") + "-"
            guard pod.hasPrefix(prefix), let ordinal = Int(pod.dropFirst(prefix.count)),
                ordinal >= 0
            else { return [] }
            return (set.spec.volumeClaimTemplates ?? []).map { "\($0.metadata.name ?? "")-\(pod)" }
        }
        return sets.contains { (pod).hasPrefix(($0.metadata.name ?? "") + "-") } ? names : nil
    }
}
