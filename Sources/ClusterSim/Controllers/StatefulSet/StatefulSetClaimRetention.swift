import KubeModel

/// `persistentVolumeClaimRetentionPolicy` as owner references on a claim, exactly as upstream
/// sets them (pkg/controller/statefulset/stateful_set_utils.go `isClaimOwnerUpToDate`,
/// `updateClaimOwnerRefForSetAndPod`): deletion itself is left to the garbage collector.
///
/// - Retain / Retain: no reference.
/// - whenDeleted Delete: a controller reference to the set (while the ordinal is in range).
/// - whenScaled Delete: a controller reference to the pod once its ordinal is scaled away.
enum StatefulSetClaimRetention {
    static func isUpToDate(_ claim: PersistentVolumeClaim, set: StatefulSet, pod: Pod) -> Bool {
        let refs = claim.metadata.ownerReferences ?? []
        if hasStaleReference(refs, to: set.metadata, kind: StatefulSet.kind)
            || hasStaleReference(refs, to: pod.metadata, kind: Pod.kind)
        {
            // Managed by a previous, deleted owner: not to be touched.
            return true
        }
        if hasUnexpectedController(refs, set: set, pod: pod) {
            return !(hasReference(refs, to: set.metadata) || hasReference(refs, to: pod.metadata))
        }
        if hasNonControllerOwner(refs, set: set, pod: pod) { return false }
        let wanted = wantedOwners(set: set, pod: pod)
        return hasReference(refs, to: set.metadata) == wanted.set
            && hasReference(refs, to: pod.metadata) == wanted.pod
    }

    /// The claim's references rewritten for the policy (`updateClaimOwnerRefForSetAndPod`).
    static func updatedReferences(
        _ claim: PersistentVolumeClaim, set: StatefulSet, pod: Pod
    ) -> [OwnerReference] {
        var refs = claim.metadata.ownerReferences ?? []
        let unexpected = hasUnexpectedController(refs, set: set, pod: pod)
        refs.removeAll { matches($0, set.metadata, kind: StatefulSet.kind) }
        refs.removeAll { matches($0, pod.metadata, kind: Pod.kind) }
        guard !unexpected else { return refs }
        let wanted = wantedOwners(set: set, pod: pod)
        if wanted.pod {
            refs.append(
                OwnerReference(
                    apiVersion: "v1", kind: Pod.kind, name: pod.metadata.name ?? "",
                    uid: pod.metadata.uid ?? "", controller: true, blockOwnerDeletion: true))
        }
        if wanted.set { refs.append(StatefulSetIdentity.controllerReference(to: set)) }
        return refs
    }

    /// True when a claim of the pod is owned by an earlier pod of that name: the garbage
    /// collector is about to delete it (`PodClaimIsStale`, stateful_pod_control.go).
    static func isStale(_ claim: PersistentVolumeClaim, pod: Pod) -> Bool {
        (claim.metadata.ownerReferences ?? []).contains { ref in
            ref.kind == Pod.kind && ref.name == pod.metadata.name && ref.uid != pod.metadata.uid
        }
    }

    private static func wantedOwners(set: StatefulSet, pod: Pod) -> (set: Bool, pod: Bool) {
        let policy = set.spec.persistentVolumeClaimRetentionPolicy
        let deleteWhenDeleted = policy?.whenDeleted == .delete
        let deleteWhenScaled = policy?.whenScaled == .delete
        let ordinal = StatefulSetIdentity.ordinal(
            of: pod.metadata.name ?? "", setName: set.metadata.name ?? "")
        let scaledDown = !(ordinal.map(StatefulSetIdentity.ordinalRange(set).contains) ?? false)
        switch (deleteWhenScaled, deleteWhenDeleted) {
        case (false, false): return (false, false)
        case (false, true): return (true, false)
        case (true, false): return (false, scaledDown)
        case (true, true): return (!scaledDown, scaledDown)
        }
    }

    private static func matches(_ ref: OwnerReference, _ owner: ObjectMeta, kind: String) -> Bool {
        let apiVersion = kind == Pod.kind ? "v1" : "apps/v1"
        return ref.kind == kind && ref.apiVersion == apiVersion && ref.name == owner.name
    }

    private static func hasReference(_ refs: [OwnerReference], to owner: ObjectMeta) -> Bool {
        refs.contains { $0.uid == owner.uid }
    }

    private static func hasStaleReference(
        _ refs: [OwnerReference], to owner: ObjectMeta, kind: String
    ) -> Bool {
        guard let ref = refs.first(where: { matches($0, owner, kind: kind) }) else { return false }
        return ref.uid != owner.uid
    }

    private static func hasUnexpectedController(
        _ refs: [OwnerReference], set: StatefulSet, pod: Pod
    ) -> Bool {
        let policy = set.spec.persistentVolumeClaimRetentionPolicy
        if policy?.whenDeleted != .delete && policy?.whenScaled != .delete { return false }
        for ref in refs {
            if matches(ref, set.metadata, kind: StatefulSet.kind) {
                if ref.uid != set.metadata.uid { return true }
                continue
            }
            if matches(ref, pod.metadata, kind: Pod.kind) {
                if ref.uid != pod.metadata.uid { return true }
                continue
            }
            if ref.controller == true { return true }
        }
        return false
    }

    private static func hasNonControllerOwner(
        _ refs: [OwnerReference], set: StatefulSet, pod: Pod
    ) -> Bool {
        refs.contains { ref in
            (ref.uid == set.metadata.uid || ref.uid == pod.metadata.uid) && ref.controller != true
        }
    }
}
