import KubeModel

/// What the workload controllers read from a pod's status: running, ready, available
/// (upstream `podutil.IsPodReady` / `IsPodAvailable`, pkg/api/v1/pod/util.go).
enum StatefulPodState {
    /// `isRunningAndReady` (pkg/controller/statefulset/stateful_set_utils.go).
    static func isRunningAndReady(_ pod: Pod) -> Bool {
        pod.status?.phase == .running && pod.isReady
    }

    static func isTerminating(_ pod: Pod) -> Bool {
        pod.metadata.deletionTimestamp != nil
    }

    /// Running, Ready and not being deleted (`isHealthy`).
    static func isHealthy(_ pod: Pod) -> Bool {
        isRunningAndReady(pod) && !isTerminating(pod)
    }

    /// When a Ready pod becomes available: Ready since `minReadySeconds` (nil when not Ready).
    static func availableTime(_ pod: Pod, minReadySeconds: Int) -> VirtualTime? {
        guard let condition = pod.readyCondition, condition.status == "True" else { return nil }
        guard minReadySeconds > 0 else { return .zero }
        let since = condition.lastTransitionTime.flatMap(VirtualTime.init(timestamp:)) ?? .zero
        return since + .seconds(Double(minReadySeconds))
    }

    static func isAvailable(_ pod: Pod, minReadySeconds: Int, now: VirtualTime) -> Bool {
        availableTime(pod, minReadySeconds: minReadySeconds).map { $0 <= now } ?? false
    }
}
