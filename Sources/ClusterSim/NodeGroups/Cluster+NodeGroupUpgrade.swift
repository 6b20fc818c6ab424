import KubeModel
import OrderedCollections

/// `aws eks update-nodegroup-version`: the managed node group's in-place rolling update
/// (docs.aws.amazon.com/eks/latest/userguide/managed-node-update-behavior.html).
///
/// With `maxUnavailable` 1 (EKS's default), each round surges one node at the new version,
/// waits for it to be Ready, picks an old node at random, drains it (evictions respect
/// PodDisruptionBudgets; EKS gives up after 15 minutes with `PodEvictionFailure` unless the
/// update is forced), waits 60 s, then terminates it and lowers the desired size again. EKS
/// surges up to twice the number of zones at once; one node per round keeps the timeline
/// readable and never runs more than one extra node.
extension Cluster {
    /// EKS's eviction limit per node during an update.
    public static let nodeGroupEvictionTimeout = VirtualTime.seconds(15 * 60)
    /// The wait after a node is drained, before its instance is terminated.
    static let nodeGroupPostDrainWait = VirtualTime.seconds(60)

    /// Starts a version update; returns its id (`aws eks describe-update --update-id`).
    @discardableResult
    public func upgradeNodeGroup(
        name: String, version: String? = nil, force: Bool = false
    ) throws(APIError) -> String {
        let state = try nodeGroupState(name)
        guard state.status == .active else {
            throw NodeGroupErrors.inUse(
                "Nodegroup \(name) is currently in \(state.status.rawValue) state; "
                    + "updates require ACTIVE")
        }
        let target = try checkNodeVersion(version ?? controlPlaneVersion)
        guard
            let from = KubernetesVersion(state.version), let to = KubernetesVersion(target),
            to >= from
        else {
            throw NodeGroupErrors.invalidParameter(
                "Requested Nodegroup version \(target) is older than the current version "
                    + "\(state.version)")
        }
        let controller = nodeGroupController
        controller.updateCounter += 1
        let id = "\(name)-update-\(controller.updateCounter)"
        state.updates.append(
            NodeGroupUpdate(
                id: id, kind: .versionUpdate, status: .inProgress, startedAt: now,
                finishedAt: nil, parameters: ["Version=\(target)", "Force=\(force)"],
                errors: []))
        state.status = .updating
        state.launchVersion = target
        state.upgrade = NodeGroupUpgrade(
            updateIndex: state.updates.count - 1, targetVersion: target, force: force)
        controller.note(
            state, "NodegroupUpdate",
            "UPDATE \(id) VersionUpdate \(state.version) -> \(target) InProgress", in: self)
        schedule(after: .zero) { cluster in controller.nextUpgradeRound(state, in: cluster) }
        return id
    }
}

extension NodeGroupController {
    /// Surges a node if an old one is left; finishes the update otherwise.
    func nextUpgradeRound(_ state: NodeGroupState, in cluster: Cluster) {
        guard groups[state.name] === state, var upgrade = state.upgrade else { return }
        let old = state.nodes.filter {
            $0.value.version != upgrade.targetVersion && !state.terminating.contains($0.key)
        }
        guard !old.isEmpty else {
            finishUpgrade(state, status: .successful, error: nil, in: cluster)
            return
        }
        upgrade.phase = .waitingForSurge
        state.upgrade = upgrade
        state.maxSize += 1
        state.desiredSize += 1
        state.onNodeJoined = { [weak self] cluster, node in
            guard state.nodes[node]?.version == upgrade.targetVersion else { return }
            state.onNodeJoined = nil
            self?.drainOldNode(state, in: cluster)
        }
        reconcile(state, in: cluster)
    }

    /// Picks an old node at random (as EKS does) and drains it.
    private func drainOldNode(_ state: NodeGroupState, in cluster: Cluster) {
        guard var upgrade = state.upgrade else { return }
        let old = state.nodes.keys.filter {
            state.nodes[$0]?.version != upgrade.targetVersion && !state.terminating.contains($0)
        }
        guard !old.isEmpty else {
            restoreSurge(state)
            finishUpgrade(state, status: .successful, error: nil, in: cluster)
            return
        }
        let victim = old[Int(cluster.random.next() % UInt64(old.count))]
        upgrade.phase = .draining(victim)
        state.upgrade = upgrade
        state.terminating.append(victim)
        state.desiredSize -= 1
        note(
            state, "NodegroupUpdate", "draining node \(victim) (update \(updateID(state)))",
            in: cluster)
        cluster.drainForNodeGroup(
            node: victim, timeout: Cluster.nodeGroupEvictionTimeout, force: false
        ) { [weak self] cluster, succeeded, error in
            self?.oldNodeDrained(victim, of: state, succeeded: succeeded, error: error, in: cluster)
        }
    }

    private func oldNodeDrained(
        _ node: String, of state: NodeGroupState, succeeded: Bool, error: String?,
        in cluster: Cluster
    ) {
        guard let upgrade = state.upgrade else { return }
        if !succeeded && !upgrade.force {
            // EKS leaves the node cordoned and the surge node running; the update fails.
            state.terminating.remove(node)
            state.desiredSize += 1
            restoreSurge(state)
            let message =
                "Reached max retries while trying to evict pods from nodes in node "
                + "group \(state.name)"
            finishUpgrade(
                state, status: .failed,
                error: NodeGroupUpdateError(
                    errorCode: "PodEvictionFailure", errorMessage: message, resourceIds: [node]),
                in: cluster)
            return
        }
        cluster.schedule(after: Cluster.nodeGroupPostDrainWait) { [weak self] cluster in
            guard let self else { return }
            self.terminate(node, of: state, in: cluster)
            self.restoreSurge(state)
            self.nextUpgradeRound(state, in: cluster)
        }
    }

    /// The scale-down phase: the maximum size goes back to what it was.
    private func restoreSurge(_ state: NodeGroupState) {
        state.maxSize = max(state.maxSize - 1, state.desiredSize, 1)
    }

    private func updateID(_ state: NodeGroupState) -> String {
        guard let index = state.upgrade?.updateIndex else { return "" }
        return state.updates[index].id
    }

    private func finishUpgrade(
        _ state: NodeGroupState, status: NodeGroupUpdate.Status, error: NodeGroupUpdateError?,
        in cluster: Cluster
    ) {
        guard let upgrade = state.upgrade else { return }
        let index = upgrade.updateIndex
        state.updates[index].status = status
        state.updates[index].finishedAt = cluster.now
        if let error { state.updates[index].errors.append(error) }
        let from = state.version
        if status == .successful {
            state.version = upgrade.targetVersion
        } else {
            state.launchVersion = state.version
        }
        state.upgrade = nil
        state.onNodeJoined = nil
        state.status = .active
        let id = state.updates[index].id
        var line =
            "UPDATE \(id) VersionUpdate \(from) -> \(upgrade.targetVersion) "
            + status.rawValue
        if let error { line += ": \(error.errorCode): \(error.errorMessage)" }
        note(state, "NodegroupUpdate", line, in: cluster, warning: status == .failed)
    }
}
