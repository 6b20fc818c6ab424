public import KubeModel

/// The kubelets of every node, as one component: runs the pods bound to nodes (image pull,
/// container start, probes, restarts, graceful termination) and models the applications inside
/// them from the image catalogue, which makes it the cluster's `WorkloadModel`.
///
/// Per pod it keeps one small `PodRuntime`; it schedules events only for pods whose state
/// changes by time (pulls, starts, probes of pods that have probes, exits).
public final class Kubelet: Controller {
    public let name = "kubelet"
    /// The images the simulated registry holds.
    public var catalog: ImageCatalog {
        didSet { lookups.removeAll() }
    }
    /// The catalogue's answer per image, once asked: every pod start asks, and a look-up
    /// parses the reference and every entry's repository.
    private var lookups: [String: ImageLookup] = [:]

    var pods: [ObjectKey: PodRuntime] = [:]
    /// Images present on each node (pulled once, then `IfNotPresent` skips the pull).
    var nodeImages: [String: Set<String>] = [:]
    var addresses = PodAddressAllocator()

    public init(catalog: ImageCatalog = ImageCatalog()) {
        self.catalog = catalog
    }

    public func start(in cluster: Cluster) {
        cluster.workload = self
    }

    public func keys(for change: StoreChange, in cluster: Cluster) -> [ObjectKey] {
        guard case .pod(let pod) = change.resource else { return [] }
        let key = change.key
        guard let runtime = pods[key] else {
            return change.verb != .deleted && pod.spec.nodeName != nil ? [key] : []
        }
        if change.verb == .deleted || runtime.uid != pod.metadata.uid { return [key] }
        if !runtime.runsImages(of: pod.spec.containers) { return [key] }
        return pod.metadata.deletionTimestamp != nil && !runtime.terminating ? [key] : []
    }

    public func sync(_ key: ObjectKey, in cluster: Cluster) {
        guard let pod = cluster.get(Pod.self, key) else {
            forget(key)
            return
        }
        if let runtime = pods[key], runtime.uid != pod.metadata.uid { forget(key) }
        guard let nodeName = pod.spec.nodeName, cluster.get(Node.self, nodeName) != nil else {
            return
        }
        if pods[key] == nil {
            guard pod.metadata.deletionTimestamp == nil else {
                cluster.remove(Pod.self, key)
                return
            }
            admit(pod, node: nodeName, in: cluster)
        }
        if pod.metadata.deletionTimestamp != nil {
            terminate(key, pod: pod, in: cluster)
        } else if let runtime = pods[key], !runtime.runsImages(of: pod.spec.containers) {
            imagesChanged(key, pod: pod, in: cluster)
        }
    }

    /// What the kubelet knows about the application in `pod`, for metrics and reports.
    public func runtime(of pod: ObjectKey) -> ContainerRuntimeInfo? {
        guard let runtime = pods[pod] else { return nil }
        return ContainerRuntimeInfo(runtime)
    }

    /// Makes the application in `pod` unhealthy until its container restarts (a scenario's
    /// stand-in for the liveness lab's memory leak): health checks answer 503, requests fail.
    public func breakApplication(_ pod: ObjectKey, in cluster: Cluster) {
        pods[pod]?.broken = true
    }

    func lookup(_ image: String) -> ImageLookup {
        if let known = lookups[image] { return known }
        let found = catalog.lookup(image)
        lookups[image] = found
        return found
    }

    func forget(_ key: ObjectKey) {
        guard let runtime = pods.removeValue(forKey: key) else { return }
        // Work scheduled for it is stale, even if a new runtime comes under the same key.
        runtime.epoch += 1
        if runtime.podIP != runtime.hostIP { addresses.release(runtime.podIP, node: runtime.node) }
    }

    /// Schedules `action` for the pod's current epoch: it does nothing if the container ended,
    /// the pod was forgotten, or the pod began terminating since.
    func schedule(
        _ key: ObjectKey, after delay: VirtualTime, in cluster: Cluster,
        _ action: @escaping (Cluster) -> Void
    ) {
        guard let runtime = pods[key] else { return }
        let epoch = runtime.epoch
        cluster.schedule(after: delay) { cluster in
            guard runtime.epoch == epoch else { return }
            action(cluster)
        }
    }

    func event(
        _ type: ClusterEvent.EventType = .normal, _ reason: String, _ message: String,
        _ key: ObjectKey, in cluster: Cluster
    ) {
        cluster.record(type, reason, message, about: key, from: name)
    }
}
