import KubeModel

/// The objects a condition looks at: one named object (`deployment/order`), or the objects
/// related to one by meaning (`hpa of deployment/order`), whatever their names.
///
/// A student may name their autoscaler `order-hpa` or their budget `order-pdb`, and label their
/// pods `app.kubernetes.io/name: order`: a check finds them as the cluster does, through the
/// autoscaler's target and the selectors, never by a name or label the lab guessed.
public enum ObjectSelection: Sendable, Hashable, CustomStringConvertible {
    case named(ObjectReferenceText)
    case related(RelatedObjects, of: ObjectReferenceText)

    /// Parses `TYPE/NAME`, `KIND of TYPE/NAME` or `new|old rs of deployment/NAME`; nil when a
    /// part is not understood.
    public init?(_ text: String, namespace: String = "default") {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if words.count == 1, let reference = ObjectReferenceText(words[0], namespace: namespace) {
            self = .named(reference)
        } else if words.count == 3, words[1] == "of",
            let related = RelatedObjects(words[0]),
            let owner = ObjectReferenceText(words[2], namespace: namespace)
        {
            self = .related(related, of: owner)
        } else if words.count == 4, words[2] == "of",
            KindNames.kind(for: words[1]) == "ReplicaSet",
            let related = RelatedObjects(age: words[0]),
            let owner = ObjectReferenceText(words[3], namespace: namespace)
        {
            self = .related(related, of: owner)
        } else {
            return nil
        }
    }

    /// The one object a named selection is, or the object the related ones are found through.
    public var anchor: ObjectReferenceText {
        switch self {
        case .named(let reference), .related(_, let reference): reference
        }
    }

    public var description: String {
        switch self {
        case .named(let reference): reference.description
        case .related(let related, let owner): "\(related.rawValue) of \(owner)"
        }
    }
}

/// Objects found through another one.
public enum RelatedObjects: String, Sendable, Hashable, CaseIterable {
    /// The HorizontalPodAutoscalers whose `scaleTargetRef` names the object.
    case hpa
    /// The PodDisruptionBudgets whose selector matches the object's pods (its template labels).
    case pdb
    /// The pods the workload's (or Service's) selector matches.
    case pods
    /// A StatefulSet pod's own claims, `<template>-<pod>` (`getPersistentVolumeClaimName`):
    /// found by name, so they are found after the pod, or the StatefulSet, is gone.
    case pvc
    /// The Deployment's ReplicaSet of its current pod template (deploymentutil
    /// `FindNewReplicaSet`: the oldest whose template equals the Deployment's, ignoring the
    /// `pod-template-hash` label); none until the controller has made it.
    case newReplicaSet = "new replicaset"
    /// The Deployment's other ReplicaSets, scaled to zero or not (`FindOldReplicaSets`).
    case oldReplicaSets = "old replicasets"

    /// `new` or `old`, before a ReplicaSet kind.
    init?(age word: String) {
        switch word {
        case "new": self = .newReplicaSet
        case "old": self = .oldReplicaSets
        default: return nil
        }
    }

    init?(_ word: String) {
        switch KindNames.kind(for: word) {
        case "HorizontalPodAutoscaler": self = .hpa
        case "PodDisruptionBudget": self = .pdb
        case "Pod": self = .pods
        case "PersistentVolumeClaim": self = .pvc
        default: return nil
        }
    }

    /// The stored kind of the related objects.
    public var kind: String {
        switch self {
        case .hpa: "HorizontalPodAutoscaler"
        case .pdb: "PodDisruptionBudget"
        case .pods: "Pod"
        case .pvc: "PersistentVolumeClaim"
        case .newReplicaSet, .oldReplicaSets: "ReplicaSet"
        }
    }

    /// How a report says that none exists.
    func none(of owner: ObjectReferenceText) -> String {
        switch self {
        case .hpa: "no HorizontalPodAutoscaler targets \(owner)"
        case .pdb: "no PodDisruptionBudget selects the pods of \(owner)"
        case .pods: "\(owner) has no pods"
        case .pvc: "no claim of \(owner) exists (a StatefulSet's volumeClaimTemplates make them)"
        case .newReplicaSet:
            "\(owner) has no ReplicaSet of its current pod template (yet)"
        case .oldReplicaSets: "\(owner) has no old ReplicaSet"
        }
    }
}
