import KubeModel

/// Upstream's pod predicates that ReplicaSets and Deployments count with
/// (`pkg/api/v1/pod/util.go` IsPodReady, IsPodAvailable; `pkg/controller` IsPodActive).
enum PodAvailability {

    /// When the pod last became Ready (whole seconds), if it is Ready.
    static func readySince(_ pod: Pod) -> VirtualTime? {
        guard let condition = pod.readyCondition, condition.status == "True" else { return nil }
        return condition.lastTransitionTime.flatMap(VirtualTime.init(timestamp:))
    }

    /// IsPodAvailable: Ready, and for more than `minReadySeconds` (strictly, as upstream's
    /// `LastTransitionTime.Add(minReadySeconds).Before(now)`).
    static func isAvailable(_ pod: Pod, minReadySeconds: Int, now: VirtualTime) -> Bool {
        guard pod.isReady else { return false }
        if minReadySeconds <= 0 { return true }
        guard let since = readySince(pod) else { return false }
        return availableAt(since: since, minReadySeconds: minReadySeconds) <= now
    }

    /// The first instant at which a pod Ready since `since` counts as available.
    static func availableAt(since: VirtualTime, minReadySeconds: Int) -> VirtualTime {
        since + .seconds(Double(minReadySeconds)) + .milliseconds(1)
    }

    /// IsPodActive: not finished and not being deleted.
    static func isActive(_ pod: Pod) -> Bool {
        let phase = pod.status?.phase
        return phase != .succeeded && phase != .failed && pod.metadata.deletionTimestamp == nil
    }

    /// The owner reference with `controller: true`, as `metav1.GetControllerOf`.
    static func controllerOf(_ metadata: ObjectMeta) -> OwnerReference? {
        controllerOf(owners: metadata.ownerReferences)
    }

    static func controllerOf(owners: [OwnerReference]?) -> OwnerReference? {
        owners?.first { $0.controller == true }
    }
}
