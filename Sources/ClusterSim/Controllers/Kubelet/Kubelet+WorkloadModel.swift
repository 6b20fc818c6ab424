public import KubeModel

/// The applications in the pods, as the traffic model asks about them: a request succeeds when
/// the application listens on the port (`listenAfterSeconds` after its process started, not
/// restarted since, not stopped by SIGTERM) and is healthy, whether or not the pod is Ready.
extension Kubelet: WorkloadModel {
    public func acceptsRequest(_ pod: ObjectKey, port: Int, in cluster: Cluster) -> Bool {
        guard let runtime = pods[pod] else { return false }
        return runtime.listens(on: port, at: cluster.now) && runtime.isHealthy(at: cluster.now)
    }

    public func cpuCostPerRequest(_ pod: ObjectKey, in cluster: Cluster) -> Double {
        pods[pod]?.cpuMillicoresPerRequest ?? 0
    }
}
