public import KubeModel
import OrderedCollections

/// The Kubernetes cluster autoscaler with the AWS provider (kubernetes/autoscaler
/// cluster-autoscaler/): every scan interval, pods the scheduler marked unschedulable make it
/// raise a node group's desired size when a node from the group's template would take them;
/// nodes whose requests stay under half their allocatable for 10 minutes, and whose pods fit
/// elsewhere, are drained and removed.
///
/// Scales only EKS managed node groups (`NodeGroupController`); other nodes are left alone.
public final class ClusterAutoscaler: Controller {
    public let name = ClusterAutoscaler.componentName
    public static let componentName = "cluster-autoscaler"
    /// Upstream's taint on a node it is deleting.
    public static let toBeDeletedTaint = "ToBeDeletedByClusterAutoscaler"

    public var options: ClusterAutoscalerOptions
    /// Pods whose PodScheduled condition is False/Unschedulable, in the order they became so.
    var unschedulablePods = OrderedSet<ObjectKey>()
    /// The last NotTriggerScaleUp message per pod (repeats are not re-recorded).
    var lastNoScaleUp: [ObjectKey: String] = [:]
    var lastScaleUp: VirtualTime?
    var lastScaleDownDelete: VirtualTime?
    var lastScaleDownFailure: VirtualTime?
    /// When each node was first found unneeded.
    var unneededSince: [String: VirtualTime] = [:]
    /// Nodes being drained for removal.
    var removing = OrderedSet<String>()

    public init(options: ClusterAutoscalerOptions = ClusterAutoscalerOptions()) {
        self.options = options
    }

    public func start(in cluster: Cluster) {
        for pod in cluster.list(Pod.self) { track(pod) }
        scheduleLoop(in: cluster)
    }

    /// Keeps the set of unschedulable pods current; the work itself runs every scan interval.
    public func keys(for change: StoreChange, in cluster: Cluster) -> [ObjectKey] {
        guard case .pod(let pod) = change.resource else { return [] }
        if change.verb == .deleted {
            unschedulablePods.remove(change.key)
            lastNoScaleUp.removeValue(forKey: change.key)
        } else {
            track(pod)
        }
        return []
    }

    public func sync(_ key: ObjectKey, in cluster: Cluster) {}

    private func track(_ pod: Pod) {
        let key = pod.storeKey
        if Self.isUnschedulable(pod) {
            unschedulablePods.append(key)
        } else if unschedulablePods.remove(key) != nil {
            lastNoScaleUp.removeValue(forKey: key)
        }
    }

    static func isUnschedulable(_ pod: Pod) -> Bool {
        guard pod.spec.nodeName == nil, pod.metadata.deletionTimestamp == nil,
            pod.status?.phase != .succeeded, pod.status?.phase != .failed
        else { return false }
        let condition = pod.status?.conditions?.first { $0.type == "PodScheduled" }
        return condition?.status == "False" && condition?.reason == "Unschedulable"
    }

    private func scheduleLoop(in cluster: Cluster) {
        cluster.schedule(after: options.scanInterval) { [weak self] cluster in
            guard let self else { return }
            self.runOnce(in: cluster)
            self.scheduleLoop(in: cluster)
        }
    }

    /// One `RunOnce`: scale up if pods are pending, else consider scale-down.
    func runOnce(in cluster: Cluster) {
        guard let groups = cluster.registeredNodeGroupController, let scheduler = cluster.scheduler
        else { return }
        let scaledUp = scaleUp(groups: groups, cache: scheduler.cache, in: cluster)
        if !scaledUp && options.scaleDownEnabled {
            scaleDown(groups: groups, cache: scheduler.cache, in: cluster)
        }
    }

    func event(
        _ type: ClusterEvent.EventType, _ reason: String, _ message: String, _ key: ObjectKey,
        in cluster: Cluster
    ) {
        cluster.record(type, reason, message, about: key, from: name)
    }
}
