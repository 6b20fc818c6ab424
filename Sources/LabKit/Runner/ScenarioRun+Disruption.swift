import ClusterSim
import KubeModel

extension ScenarioRun {
    /// `kubectl cordon` / `uncordon`.
    func setSchedulable(_ node: String, _ schedulable: Bool) throws(APIError) {
        let line =
            schedulable ? try cluster.uncordon(node: node) : try cluster.cordon(node: node)
        say("  " + line, about: Self.nodeKey(node))
    }

    /// `kubectl drain`: runs in the background over virtual time (its lines go to the timeline
    /// as kubectl prints them); the outcome is recorded for `wait: {drain: NODE}`.
    func drain(
        _ node: String, options: KubectlCommand.DrainOptions, step: Step,
        then next: ((Bool) -> Void)? = nil
    ) {
        if next == nil, drains.running(node) {
            fail("a drain of node/\(node) is already running", at: step)
            return
        }
        let clusterOptions = DrainOptions(
            ignoreDaemonSets: options.ignoreDaemonSets, force: options.force,
            deleteEmptyDirData: options.deleteEmptyDirData,
            gracePeriodSeconds: options.gracePeriodSeconds, timeout: options.timeout?.time,
            disableEviction: options.disableEviction)
        let tracker = drains
        do {
            tracker.start(node, at: cluster.now)
            try cluster.drain(node: node, options: clusterOptions) { cluster, result in
                tracker.finish(
                    node, at: cluster.now, succeeded: result.succeeded, error: result.error)
                next?(result.succeeded)
            }
        } catch {
            tracker.finish(node, at: cluster.now, succeeded: false, error: error.description)
            fail(error.description, at: step)
            next?(false)
        }
    }

    /// `drain -l SELECTOR`: kubectl cordons every selected node first, then drains them one
    /// after another; a failed drain stops the rest.
    func drainInTurn(_ nodes: [String], options: KubectlCommand.DrainOptions, step: Step) {
        guard let first = nodes.first else {
            say("  No resources found")
            return
        }
        do {
            for node in nodes { try setSchedulable(node, false) }
        } catch {
            fail(error.description, at: step)
            return
        }
        for node in nodes { drains.start(node, at: cluster.now) }
        drainNext(first, then: Array(nodes.dropFirst()), options: options, step: step)
    }

    private func drainNext(
        _ node: String, then rest: [String], options: KubectlCommand.DrainOptions, step: Step
    ) {
        drain(node, options: options, step: step) { [weak self] succeeded in
            guard let self else { return }
            guard succeeded else {
                for skipped in rest {
                    drains.finish(
                        skipped, at: cluster.now, succeeded: false,
                        error: "not drained: an earlier node failed")
                }
                return
            }
            guard let next = rest.first else { return }
            drainNext(next, then: Array(rest.dropFirst()), options: options, step: step)
        }
    }

    /// The names of the nodes a kubectl `-l` selector matches, oldest first.
    func nodes(selectedBy text: String) -> [String] {
        guard let selector = LabelSelectorText.parse(text) else { return [] }
        return cluster.list(Node.self, selector: selector).compactMap(\.metadata.name)
    }

    /// `failNode`: the node stops answering (its kubelet stops posting status); the node
    /// lifecycle controller marks it NotReady and evicts its pods after the toleration.
    func failNode(_ node: String, step: Step) {
        do {
            try cluster.failNode(node)
            say("  node/\(node) failed", about: Self.nodeKey(node))
        } catch {
            fail(error.description, at: step)
        }
    }

    func recoverNode(_ node: String, step: Step) {
        do {
            try cluster.recoverNode(node)
            say("  node/\(node) recovered", about: Self.nodeKey(node))
        } catch {
            fail(error.description, at: step)
        }
    }

    static func nodeKey(_ name: String) -> ObjectKey {
        ObjectKey(kind: Node.kind, namespace: "", name: name)
    }
}
