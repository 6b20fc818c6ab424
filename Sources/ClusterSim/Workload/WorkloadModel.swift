public import KubeModel

/// What the applications inside pods do, as the traffic model and metrics need to know it.
///
/// The kubelet's model of each container (image catalogue: start-up time, when it starts
/// listening, how it shuts down) answers these; the traffic model asks them for every request.
public protocol WorkloadModel: AnyObject {
    /// Whether a request reaching `pod` on `port` now would succeed: the application has started
    /// listening and has not stopped (a pod can be Ready without listening when it has no
    /// readiness probe: that is the lesson of the readiness lab).
    func acceptsRequest(_ pod: ObjectKey, port: Int, in cluster: Cluster) -> Bool

    /// The same for a request to `path` (a scenario can break one path of one pod).
    func acceptsRequest(_ pod: ObjectKey, port: Int, path: String, in cluster: Cluster) -> Bool

    /// CPU the application spends on one request, in millicores × seconds (from the catalogue).
    func cpuCostPerRequest(_ pod: ObjectKey, in cluster: Cluster) -> Double
}

extension WorkloadModel {
    /// Models without per-path faults answer every path alike.
    public func acceptsRequest(
        _ pod: ObjectKey, port: Int, path: String, in cluster: Cluster
    ) -> Bool {
        acceptsRequest(pod, port: port, in: cluster)
    }
}

extension Cluster {
    /// The workload model in use (the kubelet registers itself), if any.
    public var workload: (any WorkloadModel)? {
        get { workloadModel }
        set { workloadModel = newValue }
    }
}
