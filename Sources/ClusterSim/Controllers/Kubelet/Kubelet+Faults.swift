public import KubeModel

/// Faults a scenario injects into one pod's application (`breakPod`, `healPod`): what a lab
/// author needs to show a liveness probe restarting a hung process, a readiness probe taking a
/// pod out of the endpoints while one path fails, or a crash and its back-off.
///
/// Kept beside the kubelet rather than in it: the runtime holds the state (`broken`,
/// `brokenPaths`) and the probe and request paths read it; these functions only set it.
extension Kubelet {
    /// What `breakApplication(_:fault:in:)` did.
    public enum FaultOutcome: Sendable, Hashable {
        case applied
        /// The kubelet runs no container for the pod (not scheduled, not started, gone).
        case notRunning
    }

    /// A fault in the application of one pod.
    public enum ApplicationFault: Sendable, Hashable {
        /// The application hangs: every HTTP path answers 503, gRPC health fails and requests
        /// fail, until its container restarts (the liveness lab's memory leak).
        case hung
        /// One path answers 500 (probes and requests to it fail; other paths answer), until
        /// healed: a failing dependency behind `/orders`, which a restart does not cure.
        case path(String)
        /// The process exits with code 1 now; the kubelet restarts it as the pod's
        /// `restartPolicy` says (restart count, `BackOff`), or the pod stays terminated.
        case crash
    }

    /// Injects `fault` into the pod's running application.
    @discardableResult
    public func breakApplication(
        _ pod: ObjectKey, fault: ApplicationFault, in cluster: Cluster
    ) -> FaultOutcome {
        guard let runtime = pods[pod], !runtime.terminating else { return .notRunning }
        switch fault {
        case .hung:
            guard runtime.stage == .running else { return .notRunning }
            runtime.broken = true
        case .path(let path):
            runtime.brokenPaths.insert(Self.pathOnly(path))
        case .crash:
            guard runtime.stage == .running else { return .notRunning }
            containerExited(pod, exitCode: 1, reason: "Error", in: cluster)
        }
        return .applied
    }

    /// Undoes `breakApplication`: `path` answers again (nil: every broken path, and a hung
    /// application recovers without a restart).
    @discardableResult
    public func healApplication(_ pod: ObjectKey, path: String?, in cluster: Cluster)
        -> FaultOutcome
    {
        guard let runtime = pods[pod], !runtime.terminating else { return .notRunning }
        if let path {
            runtime.brokenPaths.remove(Self.pathOnly(path))
        } else {
            runtime.brokenPaths.removeAll()
            runtime.broken = false
        }
        return .applied
    }

    /// A request to `path` on `port`: as `acceptsRequest(_:port:in:)`, and the path is not
    /// broken (siege counts the 500 as a failed transaction).
    public func acceptsRequest(
        _ pod: ObjectKey, port: Int, path: String, in cluster: Cluster
    ) -> Bool {
        guard acceptsRequest(pod, port: port, in: cluster) else { return false }
        guard let runtime = pods[pod], !runtime.brokenPaths.isEmpty else { return true }
        return !runtime.brokenPaths.contains(Self.pathOnly(path))
    }

    /// The path without its query (`/orders?id=1` → `/orders`).
    static func pathOnly(_ path: String) -> String {
        String(path.prefix { $0 != "?" })
    }
}
