import KubeModel

/// Taint-based eviction (pkg/controller/tainteviction/taint_eviction.go `processPodOnNode`):
/// a pod that does not tolerate every NoExecute taint of its node is deleted at once; one
/// that tolerates them all for a while is deleted when the shortest `tolerationSeconds`,
/// counted from when the taint was added, has passed.
extension NodeLifecycleController {
    func evictUntolerating(on nodeName: String, in cluster: Cluster) {
        let key = cluster.key(Node.self, nodeName)
        let taints = (cluster.get(Node.self, key)?.spec?.taints ?? []).filter {
            $0.effect == .noExecute
        }
        guard !taints.isEmpty else {
            evictionTimers[nodeName] = nil
            return
        }
        var wakeUp: VirtualTime?
        for pod in cluster.list(Pod.self)
        where pod.spec.nodeName == nodeName && pod.metadata.deletionTimestamp == nil {
            guard let due = evictionTime(of: pod, taints: taints) else { continue }
            if due <= cluster.now {
                evict(pod, in: cluster)
            } else {
                wakeUp = min(wakeUp ?? due, due)
            }
        }
        guard let wakeUp else { return }
        if let scheduled = evictionTimers[nodeName], scheduled <= wakeUp, scheduled > cluster.now {
            return
        }
        evictionTimers[nodeName] = wakeUp
        cluster.schedule(at: wakeUp) { [self] cluster in
            guard evictionTimers[nodeName] == wakeUp else { return }
            evictionTimers[nodeName] = nil
            cluster.enqueue(key, for: self)
        }
    }

    /// When the pod must go: now if a taint is not tolerated, nil if all are tolerated for
    /// ever, else the earliest taint time plus the shortest matching `tolerationSeconds`.
    private func evictionTime(of pod: Pod, taints: [Taint]) -> VirtualTime? {
        let tolerations = NodeTaints.effectiveTolerations(of: pod)
        var seconds: Int?
        var since: VirtualTime?
        for taint in taints {
            let matching = tolerations.filter { $0.tolerates(taint) }
            if matching.isEmpty { return .zero }
            let added = taint.timeAdded.flatMap(VirtualTime.init(timestamp:)) ?? .zero
            since = min(since ?? added, added)
            for toleration in matching {
                guard let value = toleration.tolerationSeconds else { continue }
                seconds = min(seconds ?? value, max(0, value))
            }
        }
        guard let seconds, let since else { return nil }
        return since + .seconds(Double(seconds))
    }

    private func evict(_ pod: Pod, in cluster: Cluster) {
        let key = pod.storeKey
        cluster.record(
            .normal, "TaintManagerEviction",
            "Marking for deletion Pod \(key.namespace)/\(key.name)", about: key,
            from: Self.taintEvictionSource)
        try? cluster.delete(Pod.self, key)
    }
}
