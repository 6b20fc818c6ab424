import KubeModel
import OrderedCollections

/// The Auto Scaling group: launches toward `desiredSize`, terminates past it.
extension NodeGroupController {
    /// How long EKS lets a node drain on scale-in or group deletion before Auto Scaling
    /// terminates it anyway ("waits a few minutes", EKS user guide, managed node groups).
    static let scaleInDrainTimeout = VirtualTime.seconds(300)
    /// Upstream PodGC `gcOrphaned` quarantine before pods of a vanished node are deleted.
    static let orphanedPodQuarantine = VirtualTime.seconds(40)

    /// Launches or terminates instances until the group has `desiredSize` in service.
    func reconcile(_ state: NodeGroupState, in cluster: Cluster) {
        guard groups[state.name] === state else { return }
        while state.inService < state.desiredSize {
            launch(state, in: cluster)
        }
        while state.inService > state.desiredSize {
            if let newest = state.launching.keys.last {
                // An instance that has not joined yet is terminated first.
                state.launching.removeValue(forKey: newest)
                continue
            }
            guard let victim = scaleInVictim(state) else { break }
            beginTermination(victim, of: state, decrementDesired: false, in: cluster)
        }
        finishIfSettled(state, in: cluster)
    }

    /// Auto Scaling's default termination policy: the zone with the most instances, then
    /// instances from an older launch template (version), then the oldest instance.
    func scaleInVictim(_ state: NodeGroupState) -> String? {
        let candidates = state.nodes.filter { !state.terminating.contains($0.key) }
        var zoneCounts: [String: Int] = [:]
        for (_, info) in candidates { zoneCounts[info.zone, default: 0] += 1 }
        let best = candidates.min { lhs, rhs in
            let lhsZone = zoneCounts[lhs.value.zone] ?? 0
            let rhsZone = zoneCounts[rhs.value.zone] ?? 0
            if lhsZone != rhsZone { return lhsZone > rhsZone }
            let lhsOld = lhs.value.version != state.launchVersion
            let rhsOld = rhs.value.version != state.launchVersion
            if lhsOld != rhsOld { return lhsOld }
            return lhs.value.launchedAt < rhs.value.launchedAt
        }
        return best?.key
    }

    /// Starts an instance in the zone with the fewest; its node registers after the boot time.
    func launch(_ state: NodeGroupState, in cluster: Cluster) {
        let zones = state.spec.effectiveZones
        var zone = zones[0]
        var fewest = Int.max
        for candidate in zones {
            let count = state.count(in: candidate)
            if count < fewest {
                fewest = count
                zone = candidate
            }
        }
        let nodeName = nextNodeName(zone: zone)
        let info = NodeGroupState.InstanceInfo(
            zone: zone, version: state.launchVersion, launchedAt: cluster.now)
        state.launching[nodeName] = info
        cluster.schedule(after: state.spec.bootTime) { [weak self] cluster in
            self?.join(nodeName, of: state, in: cluster)
        }
    }

    /// The instance booted: its kubelet registers the node, Ready.
    private func join(_ nodeName: String, of state: NodeGroupState, in cluster: Cluster) {
        guard groups[state.name] === state,
            let info = state.launching.removeValue(forKey: nodeName)
        else { return }
        instanceCounter += 1
        let node = makeNode(nodeName, info: info, of: state, instance: instanceCounter)
        guard (try? cluster.create(node)) != nil else { return }
        state.nodes[nodeName] = info
        if state.status == .creating, state.nodes.count >= state.desiredSize {
            state.status = .active
            note(state, "NodegroupActive", "node group \(state.name) is ACTIVE", in: cluster)
        }
        state.onNodeJoined?(cluster, nodeName)
        finishIfSettled(state, in: cluster)
    }

    /// Drains `nodeName`, then terminates its instance (managed node groups drain before
    /// terminating, and terminate anyway when the drain does not finish in time).
    func beginTermination(
        _ nodeName: String, of state: NodeGroupState, decrementDesired: Bool,
        drainTimeout: VirtualTime? = NodeGroupController.scaleInDrainTimeout,
        in cluster: Cluster
    ) {
        guard state.nodes[nodeName] != nil, !state.terminating.contains(nodeName) else { return }
        if decrementDesired { state.desiredSize = max(0, state.desiredSize - 1) }
        state.terminating.append(nodeName)
        cluster.drainForNodeGroup(node: nodeName, timeout: drainTimeout, force: false) {
            [weak self] cluster, _, _ in
            self?.terminate(nodeName, of: state, in: cluster)
        }
    }

    /// Terminates the instance: the node object goes, and PodGC removes what was left on it.
    func terminate(_ nodeName: String, of state: NodeGroupState, in cluster: Cluster) {
        state.terminating.remove(nodeName)
        guard state.nodes.removeValue(forKey: nodeName) != nil else { return }
        let leftovers = cluster.podsOnNode(nodeName)
        try? cluster.delete(Node.self, cluster.key(Node.self, nodeName))
        if !leftovers.isEmpty {
            cluster.schedule(after: Self.orphanedPodQuarantine) { cluster in
                for key in leftovers {
                    guard let pod = cluster.get(Pod.self, key), pod.spec.nodeName == nodeName,
                        cluster.get(Node.self, nodeName) == nil
                    else { continue }
                    cluster.remove(Pod.self, key)
                }
            }
        }
        reconcile(state, in: cluster)
    }

    /// A deleting group with no instances left is gone.
    func finishIfSettled(_ state: NodeGroupState, in cluster: Cluster) {
        guard state.status == .deleting, state.nodes.isEmpty, state.launching.isEmpty,
            groups[state.name] === state
        else { return }
        groups.removeValue(forKey: state.name)
        note(state, "NodegroupDeleted", "node group \(state.name) deleted", in: cluster)
    }
}
