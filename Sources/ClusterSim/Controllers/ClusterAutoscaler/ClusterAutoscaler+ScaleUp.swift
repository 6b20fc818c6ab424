import KubeModel
import OrderedCollections

/// Scale-up (cluster-autoscaler/core/scaleup/orchestrator): pods that would fit on nodes still
/// booting wait for them; for the rest each node group's template node is tested with the
/// scheduler's filters, the binpacking estimator counts the nodes needed (capped at the
/// group's max), the expander picks one group, and its desired size goes up.
extension ClusterAutoscaler {
    /// The scheduler filters a template node is checked with (resources, ports, taints,
    /// nodeSelector and required node affinity; topology and volume rules are not simulated).
    static var templateFilters: [any FilterPlugin] {
        [TaintToleration(), NodeAffinityFilter(), NodePorts(), NodeResourcesFit()]
    }

    /// Returns whether a group was scaled up.
    func scaleUp(groups: NodeGroupController, cache: SchedulerCache, in cluster: Cluster) -> Bool {
        var pending: [Pod] = []
        for key in unschedulablePods {
            if let pod = cluster.get(Pod.self, key), Self.isUnschedulable(pod) {
                pending.append(pod)
            }
        }
        guard !pending.isEmpty else { return false }
        // filterOutSchedulable: pods the scheduler has not yet placed on room that exists.
        let fits = placeOnExistingNodes(
            pending, excluding: Set(removing), cache: cache,
            in: cluster)
        pending = zip(pending, fits).filter { !$0.1 }.map(\.0)
        guard !pending.isEmpty else { return false }
        let candidates = groups.groups.values.filter {
            $0.status == .active || $0.status == .creating
        }
        // Pods that fit on upcoming (launching) nodes wait for them.
        var upcoming: [NodeInfo] = []
        for group in candidates {
            for _ in group.launching {
                upcoming.append(templateInfo(group, groups: groups, in: cluster))
            }
        }
        pending = pending.filter { pod in
            !place(pod, onto: upcoming, cache: cache, in: cluster)
        }
        guard !pending.isEmpty else { return false }
        var options: [ScaleUpOption] = []
        var noScaleUp: [ObjectKey: [String]] = [:]
        for group in candidates {
            let option = estimate(
                pending, for: group, groups: groups, cache: cache, noScaleUp: &noScaleUp,
                in: cluster)
            if let option { options.append(option) }
        }
        var helped = Set<ObjectKey>()
        if let chosen = expand(options, in: cluster) {
            let group = chosen.group
            let from = group.desiredSize
            group.desiredSize = from + chosen.nodeCount
            groups.reconcile(group, in: cluster)
            lastScaleUp = cluster.now
            groups.note(
                group, "ScaledUpGroup",
                "Scale-up: setting group \(group.name) size to \(group.desiredSize) "
                    + "instead of \(from) (max: \(group.maxSize))", in: cluster)
            let info = "[{\(group.name) \(from)->\(group.desiredSize) (max: \(group.maxSize))}]"
            for key in chosen.pods {
                helped.insert(key)
                lastNoScaleUp.removeValue(forKey: key)
                event(
                    .normal, "TriggeredScaleUp", "pod triggered scale-up: \(info)", key,
                    in: cluster)
            }
        }
        for pod in pending where !helped.contains(pod.storeKey) {
            let key = pod.storeKey
            let reasons = noScaleUp[key] ?? []
            let message = "pod didn't trigger scale-up: " + Self.histogram(reasons)
            guard lastNoScaleUp[key] != message else { continue }
            lastNoScaleUp[key] = message
            event(.normal, "NotTriggerScaleUp", message, key, in: cluster)
        }
        return !helped.isEmpty
    }

    /// The binpacking estimator: first-fit of the pods on new template nodes, as many as the
    /// group's max allows; records per pod why this group could not help.
    private func estimate(
        _ pods: [Pod], for group: NodeGroupState, groups: NodeGroupController,
        cache: SchedulerCache, noScaleUp: inout [ObjectKey: [String]], in cluster: Cluster
    ) -> ScaleUpOption? {
        let room = group.maxSize - group.desiredSize
        let empty = templateInfo(group, groups: groups, in: cluster)
        var nodes: [NodeInfo] = []
        var placed: [ObjectKey] = []
        for pod in pods {
            let cycle = SchedulingCycle(pod: pod, cluster: cluster, cache: cache)
            if let failure = Self.firstFailure(cycle, empty) {
                noScaleUp[pod.storeKey, default: []].append(contentsOf: failure.reasons.prefix(1))
                continue
            }
            if place(pod, onto: nodes, cache: cache, in: cluster) {
                placed.append(pod.storeKey)
                continue
            }
            guard nodes.count < room else {
                noScaleUp[pod.storeKey, default: []].append("max node group size reached")
                continue
            }
            let node = templateInfo(group, groups: groups, in: cluster)
            node.add(CachedPod(pod, nodeName: node.name, assumed: true))
            nodes.append(node)
            placed.append(pod.storeKey)
        }
        guard !nodes.isEmpty else { return nil }
        var wasted = 0.0
        for node in nodes {
            let free = node.allocatable - node.requested
            let cpu = Double(free.milliCPU) / Double(max(1, node.allocatable.milliCPU))
            let memory = Double(free.memory) / Double(max(1, node.allocatable.memory))
            wasted += (cpu + memory) / 2
        }
        return ScaleUpOption(
            group: group, nodeCount: nodes.count, pods: placed,
            wastedFraction: wasted / Double(nodes.count))
    }

    /// Upstream's `random` or `least-waste` expander; ties broken with `cluster.random`.
    private func expand(_ options: [ScaleUpOption], in cluster: Cluster) -> ScaleUpOption? {
        guard !options.isEmpty else { return nil }
        var best = options
        if self.options.expander == .leastWaste {
            let least = options.map(\.wastedFraction).min() ?? 0
            best = options.filter { $0.wastedFraction <= least + 1e-9 }
        }
        if best.count == 1 { return best[0] }
        return best[Int(cluster.random.next() % UInt64(best.count))]
    }

    /// Places `pod` on the first node of `nodes` that passes the filters; true if it did.
    func place(
        _ pod: Pod, onto nodes: [NodeInfo], cache: SchedulerCache, in cluster: Cluster
    ) -> Bool {
        guard !nodes.isEmpty else { return false }
        let cycle = SchedulingCycle(pod: pod, cluster: cluster, cache: cache)
        for node in nodes where Self.firstFailure(cycle, node) == nil {
            node.add(CachedPod(pod, nodeName: node.name, assumed: true))
            return true
        }
        return false
    }

    static func firstFailure(_ cycle: SchedulingCycle, _ node: NodeInfo) -> FilterFailure? {
        for plugin in templateFilters {
            if let failure = plugin.filter(cycle, node) { return failure }
        }
        return nil
    }

    /// A node as the group would launch it now (upstream `TemplateNodeInfo`), not in the cache,
    /// with the pods the DaemonSets would run on it already counted (aws-node, kube-proxy).
    func templateInfo(_ group: NodeGroupState, groups: NodeGroupController, in cluster: Cluster)
        -> NodeInfo
    {
        let name = "template-node-for-\(group.name)"
        let info = NodeGroupState.InstanceInfo(
            zone: group.spec.effectiveZones[0], version: group.launchVersion,
            launchedAt: .zero)
        let node = groups.makeNode(name, info: info, of: group, instance: 0)
        let template = NodeInfo(name: name)
        template.setNode(node)
        cluster.forEach(DaemonSet.self) { daemonSet in
            guard let spec = daemonSet.spec.template.spec,
                DaemonSetPlacement.shouldRun(spec, on: node)
            else { return }
            let pod = Pod(
                metadata: ObjectMeta(
                    name: "\(daemonSet.metadata.name ?? "")-\(name)",
                    namespace: daemonSet.metadata.namespace),
                spec: spec)
            template.add(CachedPod(pod, nodeName: name, assumed: true))
        }
        return template
    }

    /// Reasons counted over node groups, as upstream words NotTriggerScaleUp:
    /// `1 Insufficient cpu, 1 max node group size reached`.
    static func histogram(_ reasons: [String]) -> String {
        var counts: [String: Int] = [:]
        for reason in reasons { counts[reason, default: 0] += 1 }
        return counts.map { "\($0.value) \($0.key)" }.sorted().joined(separator: ", ")
    }
}
