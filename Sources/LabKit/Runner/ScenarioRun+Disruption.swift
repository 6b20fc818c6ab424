import ClusterSim
import KubeModel

extension ScenarioRun {
    /// `kubectl cordon` / `uncordon`.
    func setSchedulable(_ node: String, _ schedulable: Bool) throws(APIError) {
        let line =
            schedulable ? try cluster.uncordon(node: node) : try cluster.cordon(node: node)
        say("  " + line, about: Self.nodeKey(node))
    }

    /// `kubectl cordon NODE NODE...`: kubectl looks every node up before changing any (a
    /// missing one is a 404 and nothing is cordoned), then prints a line per node.
    func setSchedulable(_ nodes: [String], _ schedulable: Bool) throws(APIError) {
        for node in nodes where cluster.get(Node.self, Self.nodeKey(node)) == nil {
            throw .notFound(Node.resourceName, node)
        }
        for node in nodes { try setSchedulable(node, schedulable) }
    }

    /// `kubectl drain NODE...` (or `-l`), run in the background over virtual time.
    ///
    /// Its lines go to the timeline as kubectl prints them; every node is cordoned first, then
    /// drained one after another, a failed node not stopping the next (current kubectl's
    /// `RunDrain`). Each node's outcome is recorded for `wait: {drain: NODE}`.
    func drain(_ nodes: [String], options: KubectlCommand.DrainOptions, step: Step) {
        for warning in options.warnings { say("  " + warning) }
        guard !nodes.isEmpty else {
            say("  No resources found")
            return
        }
        if let busy = nodes.first(where: { drains.running($0) }) {
            fail("a drain of node/\(busy) is already running", at: step)
            return
        }
        let clusterOptions = DrainOptions(
            ignoreDaemonSets: options.ignoreDaemonSets, force: options.force,
            deleteEmptyDirData: options.deleteEmptyDirData,
            gracePeriodSeconds: options.gracePeriodSeconds, timeout: options.timeout?.time,
            disableEviction: options.disableEviction,
            skipWaitForDeleteTimeoutSeconds: options.skipWaitForDeleteTimeoutSeconds)
        let tracker = drains
        do {
            try cluster.drain(
                nodes: nodes, options: clusterOptions,
                nodeFinished: { cluster, node, result in
                    tracker.finish(
                        node, at: cluster.now, succeeded: result.succeeded, error: result.error)
                }, completion: { _, _ in })
            for node in nodes { tracker.start(node, at: cluster.now) }
        } catch {
            fail(error.description, at: step)
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
