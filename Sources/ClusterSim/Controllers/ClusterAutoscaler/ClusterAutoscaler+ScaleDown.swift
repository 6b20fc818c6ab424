import KubeModel
import OrderedCollections

/// Scale-down (cluster-autoscaler/core/scaledown): a node of a managed group is unneeded
/// while its requests are under the utilization threshold and every pod on it could move to
/// another node; after `scaleDownUnneededTime` it is tainted, drained (evictions respect
/// PodDisruptionBudgets) and its instance terminated with the group's desired size lowered.
/// Empty nodes go up to `maxEmptyBulkDelete` at once, others one at a time.
extension ClusterAutoscaler {
    func scaleDown(groups: NodeGroupController, cache: SchedulerCache, in cluster: Cluster) {
        let now = cluster.now
        if let last = lastScaleUp, now < last + options.scaleDownDelayAfterAdd { return }
        if let last = lastScaleDownDelete, now < last + options.scaleDownDelayAfterDelete {
            return
        }
        if let last = lastScaleDownFailure, now < last + options.scaleDownDelayAfterFailure {
            return
        }
        var stillUnneeded: [String: VirtualTime] = [:]
        var ready: [(node: String, group: NodeGroupState, empty: Bool)] = []
        var planned = Set<String>(removing)
        for group in groups.groups.values where group.status == .active {
            var size = group.desiredSize
            for name in group.nodes.keys where !group.terminating.contains(name) {
                guard size > group.minSize, !removing.contains(name),
                    let movable = movablePods(of: name, cache: cache, planned: planned, in: cluster)
                else { continue }
                let since = unneededSince[name] ?? now
                stillUnneeded[name] = since
                guard now >= since + options.scaleDownUnneededTime else { continue }
                ready.append((name, group, movable.isEmpty))
                planned.insert(name)
                size -= 1
            }
        }
        unneededSince = stillUnneeded
        let empty = ready.filter(\.empty).prefix(options.maxEmptyBulkDelete)
        if !empty.isEmpty {
            for candidate in empty { remove(candidate.node, of: candidate.group, groups, cluster) }
            return
        }
        if removing.isEmpty, let candidate = ready.first {
            remove(candidate.node, of: candidate.group, groups, cluster)
        }
    }

    /// The pods that would have to move, or nil when the node is not unneeded: too busy, not
    /// Ready, cordoned, or holding a pod that cannot move (no controller, kube-system without
    /// a budget, a budget allowing no disruption, or no other node to take it).
    private func movablePods(
        of name: String, cache: SchedulerCache, planned: Set<String>, in cluster: Cluster
    ) -> [Pod]? {
        guard let info = cache.info(name), let node = info.node, node.isReady,
            !info.unschedulable
        else { return nil }
        let cpu = Double(info.requested.milliCPU) / Double(max(1, info.allocatable.milliCPU))
        let memory = Double(info.requested.memory) / Double(max(1, info.allocatable.memory))
        guard max(cpu, memory) < options.scaleDownUtilizationThreshold else { return nil }
        var pods: [Pod] = []
        for key in info.pods {
            guard let pod = cluster.get(Pod.self, key) else { continue }
            if PodKinds.isDaemonSetPod(pod) || PodKinds.isMirrorPod(pod) { continue }
            if pod.metadata.deletionTimestamp != nil { continue }
            guard PodKinds.controller(of: pod) != nil else { return nil }
            let budgets = budgets(for: pod, in: cluster)
            if pod.metadata.namespace == "kube-system", budgets.isEmpty { return nil }
            if budgets.contains(where: { ($0.status?.disruptionsAllowed ?? 0) < 1 }) {
                return nil
            }
            pods.append(pod)
        }
        let placed = placeOnExistingNodes(
            pods, excluding: planned.union([name]), cache: cache, in: cluster)
        guard !placed.contains(false) else { return nil }
        return pods
    }

    private func budgets(for pod: Pod, in cluster: Cluster) -> [PodDisruptionBudget] {
        let labels = pod.metadata.labels ?? [:]
        let namespace = pod.metadata.namespace ?? "default"
        return cluster.list(PodDisruptionBudget.self, namespace: namespace)
            .filter { $0.spec?.selector?.matches(labels) ?? false }
    }

    /// Taints, drains and terminates `node`, lowering its group's desired size.
    private func remove(
        _ node: String, of group: NodeGroupState, _ groups: NodeGroupController,
        _ cluster: Cluster
    ) {
        removing.append(node)
        unneededSince.removeValue(forKey: node)
        lastScaleDownDelete = cluster.now
        let key = cluster.key(Node.self, node)
        let taint = Taint(
            key: Self.toBeDeletedTaint, value: String(cluster.now.milliseconds / 1000),
            effect: .noSchedule)
        _ = try? cluster.modify(Node.self, key) { node in
            var spec = node.spec ?? NodeSpec()
            spec.taints = (spec.taints ?? []) + [taint]
            node.spec = spec
        }
        event(
            .normal, "ScaleDown", "marked the node as toBeDeleted/unschedulable", key,
            in: cluster)
        groups.note(
            group, "NodegroupScaleDown", "Scale-down: removing node \(node) of group \(group.name)",
            in: cluster)
        cluster.drainForNodeGroup(node: node, timeout: options.maxPodEvictionTime, force: false) {
            [weak self] cluster, succeeded, _ in
            guard let self else { return }
            self.removing.remove(node)
            if succeeded {
                groups.beginTermination(node, of: group, decrementDesired: true, in: cluster)
                return
            }
            self.lastScaleDownFailure = cluster.now
            _ = try? cluster.uncordon(node: node)
            _ = try? cluster.modify(Node.self, key) { node in
                node.spec?.taints?.removeAll { $0.key == Self.toBeDeletedTaint }
            }
            self.event(
                .warning, "ScaleDownFailed", "failed to drain the node, aborting ScaleDown",
                key, in: cluster)
        }
    }
}
