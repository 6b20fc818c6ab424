import KubeModel
import OrderedCollections

/// What a budget's status needs of one of its pods, taken from the pod when it changed, so a
/// sync over a hundred pods reads none of them (a reference: passing one around is a retain,
/// not one per string inside).
final class BudgetMember {
    let name: String
    let deleting: Bool
    /// `podutil.IsPodReady`.
    let ready: Bool
    /// The owner reference with `controller: true`, whose scale is the expected count.
    let controller: OwnerReference?

    init(_ pod: borrowing Pod) {
        name = pod.metadata.name ?? ""
        deleting = pod.metadata.deletionTimestamp != nil
        ready = pod.isReady
        controller = pod.metadata.ownerReferences?.first { $0.controller == true }
    }

    /// Whether two versions of a pod give the same member.
    static func sameFacts(_ old: borrowing Pod, _ new: borrowing Pod) -> Bool {
        (old.metadata.deletionTimestamp != nil) == (new.metadata.deletionTimestamp != nil)
            && old.isReady == new.isReady
            && old.metadata.ownerReferences == new.metadata.ownerReferences
    }
}

/// A budget's pods, in the order they joined it.
typealias BudgetMembers = OrderedDictionary<ObjectKey, BudgetMember>.Values
