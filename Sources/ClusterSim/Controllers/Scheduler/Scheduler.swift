public import KubeModel
import OrderedCollections

/// The default scheduler (pkg/scheduler/): places pending pods whose `schedulerName` is
/// `default-scheduler` on nodes, one at a time from a priority queue, through upstream's
/// filter and score plugins, and says why in a `FailedScheduling` event when no node fits.
///
/// Its cache (requests per node) is updated from every store change, so a placement costs a
/// pass over a sample of the nodes, as upstream's `percentageOfNodesToScore` makes it.
public final class Scheduler: Controller {
    public let name = Scheduler.schedulerName
    /// `default-scheduler`: the `spec.schedulerName` this scheduler serves, and its event source.
    public static let schedulerName = "default-scheduler"

    let cache = SchedulerCache()
    let queue = SchedulingQueue()
    /// Where the next attempt starts in the node list (upstream `nextStartNodeIndex`).
    var nextStartNodeIndex = 0
    /// Pods assumed on a node while their WaitForFirstConsumer claims are provisioned.
    var waitingOnVolumes = OrderedDictionary<ObjectKey, VolumeWait>()
    var startTime = VirtualTime.zero
    private var runScheduled = false
    var scheduledBackoffTicks: Set<Int64> = []
    var leftoverFlushScheduled = false

    let filters: [any FilterPlugin] = [
        NodeUnschedulable(), TaintToleration(), NodeAffinityFilter(), NodePorts(),
        NodeResourcesFit(), VolumeBinding(), VolumeZone(), PodTopologySpread(), InterPodAffinity(),
    ]
    let scorers: [any ScorePlugin] = [
        TaintTolerationScore(), NodeAffinityScore(), LeastAllocated(), PodTopologySpreadScore(),
        InterPodAffinityScore(), BalancedAllocation(),
    ]

    public init() {}

    /// Reads the nodes and pods already in the store, as the informers' initial list does.
    public func start(in cluster: Cluster) {
        startTime = cluster.now
        for node in cluster.list(Node.self) { cache.upsertNode(node) }
        for pod in cluster.list(Pod.self) { podChanged(pod, old: nil, in: cluster) }
    }

    /// Updates the cache and the queue at once (upstream's informer event handlers); the
    /// scheduling itself runs as a separate event at the same instant.
    public func keys(for change: StoreChange, in cluster: Cluster) -> [ObjectKey] {
        switch change.resource {
        case .pod(let pod):
            if change.verb == .deleted {
                podDeleted(pod.storeKey, in: cluster)
            } else {
                podChanged(pod, old: change.old, in: cluster)
            }
        case .node(let node):
            nodeChanged(node, change, in: cluster)
        case .persistentVolumeClaim, .persistentVolume, .storageClass:
            guard change.verb != .deleted else { break }
            queue.moveAll(interestedIn: QueueEvents.volumeChanged, at: cluster.now)
            if case .persistentVolumeClaim(let claim) = change.resource {
                claimChanged(claim, in: cluster)
            }
            wake(cluster)
        default:
            break
        }
        return []
    }

    /// Schedules every pod in the active queue.
    public func sync(_ key: ObjectKey, in cluster: Cluster) {
        scheduleActivePods(in: cluster)
    }

    // MARK: pods

    private func podChanged(_ pod: Pod, old: KubeResource?, in cluster: Cluster) {
        let key = pod.storeKey
        if case .pod(let oldPod)? = old, Self.sameCachedFacts(oldPod, pod),
            cache.pods[key]?.assumed == false
        {
            // A bound pod's status write: the cache holds the same entry, the queue nothing.
            return
        }
        if let nodeName = pod.spec.nodeName, !nodeName.isEmpty {
            queue.remove(key)
            waitingOnVolumes.removeValue(forKey: key)
            if pod.isTerminal {
                // Terminal pods hold nothing (the informer's field selector drops them).
                if cache.removePod(key) != nil { assignedPodDeleted(in: cluster) }
                return
            }
            let known = cache.pods[key]
            cache.upsertPod(pod, nodeName: nodeName, assumed: false)
            if known == nil || known?.assumed == true || known?.nodeName != nodeName {
                queue.moveAll(interestedIn: QueueEvents.assignedPodAdded, at: cluster.now)
                wake(cluster)
            }
            return
        }
        guard pod.spec.schedulerName ?? Self.schedulerName == Self.schedulerName,
            pod.metadata.deletionTimestamp == nil,
            pod.status?.phase != .succeeded, pod.status?.phase != .failed
        else {
            podDeleted(key, in: cluster)
            return
        }
        if queue.pods[key] == nil {
            queue.add(pod, at: cluster.now)
            wake(cluster)
        } else if queue.pods[key]?.location == .unschedulable, case .pod(let oldPod) = old,
            oldPod.spec != pod.spec || oldPod.metadata.labels != pod.metadata.labels
        {
            queue.podUpdated(pod, at: cluster.now)
            wake(cluster)
            armTimers(cluster)
        }
    }

    /// Whether a change of a bound pod kept all the cache reads of it: its node, labels,
    /// deletion and whether it finished.
    private static func sameCachedFacts(_ old: Pod, _ new: Pod) -> Bool {
        guard let node = new.spec.nodeName, !node.isEmpty, old.spec.nodeName == node else {
            return false
        }
        return (old.metadata.deletionTimestamp == nil) == (new.metadata.deletionTimestamp == nil)
            && old.isTerminal == new.isTerminal && old.metadata.labels == new.metadata.labels
    }

    private func podDeleted(_ key: ObjectKey, in cluster: Cluster) {
        queue.remove(key)
        waitingOnVolumes.removeValue(forKey: key)
        if cache.removePod(key) != nil { assignedPodDeleted(in: cluster) }
    }

    private func assignedPodDeleted(in cluster: Cluster) {
        queue.moveAll(interestedIn: QueueEvents.assignedPodDeleted, at: cluster.now)
        wake(cluster)
        armTimers(cluster)
    }

    // MARK: nodes

    private func nodeChanged(_ node: Node, _ change: StoreChange, in cluster: Cluster) {
        let name = node.metadata.name ?? ""
        if change.verb == .deleted {
            cache.removeNode(name)
            return
        }
        var interest = PluginSet()
        if change.verb == .added {
            interest = QueueEvents.nodeAdded
        } else if case .node(let old) = change.old, Self.schedulingPropertiesChanged(old, node) {
            interest = QueueEvents.nodeUpdated
        }
        cache.upsertNode(node)
        guard !interest.isEmpty, let info = cache.info(name) else { return }
        queue.moveAll(interestedIn: interest, at: cluster.now) { key in
            self.admits(key, on: info, in: cluster)
        }
        wake(cluster)
        armTimers(cluster)
    }

    /// Upstream `nodeSchedulingPropertiesChange`: status heartbeats move no pod.
    private static func schedulingPropertiesChanged(_ old: Node, _ new: Node) -> Bool {
        old.spec?.unschedulable != new.spec?.unschedulable
            || old.spec?.taints != new.spec?.taints
            || old.metadata.labels != new.metadata.labels
            || old.status?.allocatable != new.status?.allocatable
            || old.status?.conditions?.map(\.status) != new.status?.conditions?.map(\.status)
    }

    /// Upstream `preCheckForNode` (`AdmissionCheck`): could the pod pass the basic filters on
    /// this node? Pods that could not stay where they are.
    private func admits(_ key: ObjectKey, on node: NodeInfo, in cluster: Cluster) -> Bool {
        guard let pod = cluster.get(Pod.self, key) else { return false }
        let cycle = SchedulingCycle(pod: pod, cluster: cluster, cache: cache)
        let checks: [any FilterPlugin] = [
            NodeResourcesFit(), NodeAffinityFilter(), NodePorts(), TaintToleration(),
        ]
        return checks.allSatisfy { $0.filter(cycle, node) == nil }
    }

    // MARK: running

    /// Schedules the active queue as a separate event at the current instant.
    func wake(_ cluster: Cluster) {
        guard !runScheduled, queue.hasActive else { return }
        runScheduled = true
        cluster.schedule(after: .zero) { [weak self] cluster in
            guard let self else { return }
            self.runScheduled = false
            self.scheduleActivePods(in: cluster)
        }
    }

    func scheduleActivePods(in cluster: Cluster) {
        while let (queued, cycle) = queue.pop(at: cluster.now) {
            scheduleOne(queued, cycle: cycle, in: cluster)
        }
        armTimers(cluster)
    }
}
