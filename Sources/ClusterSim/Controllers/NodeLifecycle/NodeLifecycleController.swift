public import KubeModel

/// The node lifecycle controller with its taint-based eviction (pkg/controller/nodelifecycle/
/// node_lifecycle_controller.go, pkg/controller/tainteviction/taint_eviction.go).
///
/// It keeps the condition and `unschedulable` taints of every node in sync, notices nodes
/// whose kubelet stopped posting status (`Cluster.failNode`) after the 40 s grace period, marks
/// them and their pods not ready, and deletes pods that do not tolerate a NoExecute taint,
/// after their `tolerationSeconds` (300 s by default).
public final class NodeLifecycleController: Controller {
    public let name = "node-lifecycle-controller"
    /// The source of the events upstream's node controller records.
    static let eventSource = "node-controller"
    static let taintEvictionSource = "taint-eviction-controller"
    /// `--node-monitor-period` and `--node-monitor-grace-period`.
    public static let monitorPeriod = VirtualTime.seconds(5)
    public static let gracePeriod = VirtualTime.seconds(40)

    /// Nodes whose kubelet stopped posting status, and since when.
    var stoppedHeartbeats: [String: VirtualTime] = [:]
    var monitorScheduled = false
    /// The next taint-eviction wake-up scheduled per node.
    var evictionTimers: [String: VirtualTime] = [:]

    public init() {}

    public func keys(for change: StoreChange, in cluster: Cluster) -> [ObjectKey] {
        switch change.resource {
        case .node:
            return change.verb == .deleted ? [] : [change.key]
        case .pod(let pod):
            guard change.verb != .deleted, pod.metadata.deletionTimestamp == nil,
                let nodeName = pod.spec.nodeName
            else { return [] }
            let key = cluster.key(Node.self, nodeName)
            if stoppedHeartbeats[nodeName] != nil { return [key] }
            let tainted = cluster.read(Node.self, key) { node in
                node.spec?.taints?.contains { $0.effect == .noExecute } == true
            }
            return tainted == true ? [key] : []
        default:
            return []
        }
    }

    public func sync(_ key: ObjectKey, in cluster: Cluster) {
        guard let node = cluster.get(Node.self, key) else {
            stoppedHeartbeats[key.name] = nil
            evictionTimers[key.name] = nil
            return
        }
        let taints = NodeTaints.reconciled(node, now: cluster.now)
        if taints != (node.spec?.taints ?? []) {
            _ = try? cluster.modify(Node.self, key) { node in
                var spec = node.spec ?? NodeSpec()
                spec.taints = taints.isEmpty ? nil : taints
                node.spec = spec
            }
        }
        if stoppedHeartbeats[key.name] != nil, let kubelet = cluster.kubelet {
            for pod in cluster.list(Pod.self) where pod.spec.nodeName == key.name {
                kubelet.freeze(pod.storeKey, in: cluster)
            }
        }
        evictUntolerating(on: key.name, in: cluster)
    }

    /// Starts the node monitor if it is not running.
    func startMonitor(in cluster: Cluster) {
        guard !monitorScheduled else { return }
        monitorScheduled = true
        let period = Self.monitorPeriod.milliseconds
        let next = (cluster.now.milliseconds / period + 1) * period
        cluster.schedule(at: .milliseconds(next)) { [self] cluster in
            monitorScheduled = false
            monitorNodeHealth(in: cluster)
        }
    }
}
