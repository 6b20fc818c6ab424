import ClusterSim
import KubeModel

/// Plays the scheduler and the kubelet for the StatefulSet, storage and DaemonSet suites until
/// the real ones are registered: binds pending pods to a node once their claims are bound
/// (setting `volume.kubernetes.io/selected-node` on WaitForFirstConsumer claims), marks them
/// Running and Ready after `startupDelay`, and removes terminating pods after
/// `terminationDelay`.
final class StorageSuiteNodeAgent: Controller {
    let name = "test-node-agent"
    var startupDelay = VirtualTime.seconds(5)
    var terminationDelay = VirtualTime.seconds(2)
    /// Pods by name that start but never become Ready.
    var neverReady: Set<String> = []
    private var nextNode = 0
    private var chosenNode: [ObjectKey: String] = [:]
    private var finishing: Set<ObjectKey> = []

    func keys(for change: StoreChange, in cluster: Cluster) -> [ObjectKey] {
        switch change.resource {
        case .pod(let pod) where change.verb != .deleted:
            return [pod.storeKey]
        case .persistentVolumeClaim(let claim):
            return cluster.list(Pod.self, namespace: claim.storeKey.namespace).filter { pod in
                pod.spec.nodeName == nil
                    && (pod.spec.volumes ?? []).contains {
                        $0.persistentVolumeClaim?.claimName == claim.metadata.name
                    }
            }.map(\.storeKey)
        default:
            return []
        }
    }

    func sync(_ key: ObjectKey, in cluster: Cluster) {
        guard let pod = cluster.get(Pod.self, key) else { return }
        if pod.metadata.deletionTimestamp != nil {
            guard !finishing.contains(key) else { return }
            finishing.insert(key)
            let uid = pod.metadata.uid
            cluster.schedule(after: terminationDelay) { cluster in
                if cluster.get(Pod.self, key)?.metadata.uid == uid { cluster.remove(Pod.self, key) }
            }
            return
        }
        guard pod.spec.nodeName == nil, let node = node(for: pod, in: cluster) else { return }
        guard claimsReady(pod, node: node, in: cluster) else { return }
        _ = try? cluster.modify(Pod.self, key) {
            $0.spec.nodeName = node
            $0.status = PodStatus(phase: .pending)
        }
        let uid = pod.metadata.uid
        let ready = !neverReady.contains(pod.metadata.name ?? "")
        cluster.schedule(after: startupDelay) { cluster in
            guard cluster.get(Pod.self, key)?.metadata.uid == uid else { return }
            _ = try? cluster.modify(Pod.self, key) { pod in
                Self.markRunning(&pod, ready: ready, at: cluster.now)
            }
        }
    }

    static func markRunning(_ pod: inout Pod, ready: Bool, at time: VirtualTime) {
        var status = pod.status ?? PodStatus()
        status.phase = .running
        status.containerStatuses = pod.spec.containers.map {
            ContainerStatus(name: $0.name, ready: ready, restartCount: 0, image: $0.image)
        }
        status.conditions = [
            Condition(
                type: "Ready", status: ready ? "True" : "False",
                lastTransitionTime: time.timestamp)
        ]
        pod.status = status
    }

    private func node(for pod: Pod, in cluster: Cluster) -> String? {
        if let chosen = chosenNode[pod.storeKey] { return chosen }
        let pinned = pod.spec.affinity?.nodeAffinity?
            .requiredDuringSchedulingIgnoredDuringExecution?
            .nodeSelectorTerms.first?.matchFields?.first?.values?.first
        let candidates = cluster.list(Node.self).filter { node in
            if let pinned { return node.metadata.name == pinned }
            let labels = node.metadata.labels ?? [:]
            return (pod.spec.nodeSelector ?? [:]).allSatisfy { labels[$0.key] == $0.value }
        }
        guard !candidates.isEmpty else { return nil }
        let chosen = candidates[nextNode % candidates.count].metadata.name ?? ""
        nextNode += 1
        chosenNode[pod.storeKey] = chosen
        return chosen
    }

    /// True when every claim is Bound; asks WaitForFirstConsumer claims for `node`.
    private func claimsReady(_ pod: Pod, node: String, in cluster: Cluster) -> Bool {
        var ready = true
        for volume in pod.spec.volumes ?? [] {
            guard let source = volume.persistentVolumeClaim else { continue }
            let claimKey = cluster.key(
                PersistentVolumeClaim.self, source.claimName, namespace: pod.storeKey.namespace)
            guard let claim = cluster.get(PersistentVolumeClaim.self, claimKey) else {
                return false
            }
            if claim.status?.phase == .bound { continue }
            ready = false
            let className = claim.spec.storageClassName ?? ""
            let delayed =
                cluster.get(StorageClass.self, className)?.volumeBindingMode
                == .waitForFirstConsumer
            let selected = "volume.kubernetes.io/selected-node"
            if delayed, claim.metadata.annotations?[selected] == nil {
                _ = try? cluster.modify(PersistentVolumeClaim.self, claimKey) {
                    $0.metadata.annotations = ($0.metadata.annotations ?? [:])
                        .merging([selected: node]) { $1 }
                }
            }
        }
        return ready
    }
}
