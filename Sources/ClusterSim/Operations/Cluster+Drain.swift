import KubeModel

/// `kubectl cordon`, `uncordon` and `drain` (staging/src/k8s.io/kubectl/pkg/drain/cordon.go,
/// drain.go; staging/src/k8s.io/kubectl/pkg/cmd/drain/drain.go).
extension Cluster {
    /// Marks the node unschedulable; the node lifecycle controller then taints it
    /// `node.kubernetes.io/unschedulable:NoSchedule`.
    ///
    /// Returns what kubectl prints.
    @discardableResult
    public func cordon(node: String) throws(APIError) -> String {
        try setUnschedulable(node, true)
    }

    /// Makes the node schedulable again.
    @discardableResult
    public func uncordon(node: String) throws(APIError) -> String {
        try setUnschedulable(node, false)
    }

    /// Cordons the node, then evicts its pods as `kubectl drain` does, over virtual time:
    /// refusals by a PodDisruptionBudget (429) are retried every 5 s until `options.timeout`.
    ///
    /// `completion` is called from the event loop when the node is drained or the drain failed,
    /// with every line kubectl prints; the lines are also added to the timeline.
    public func drain(
        node: String, options: DrainOptions,
        completion: @escaping (Cluster, DrainResult) -> Void
    ) throws(APIError) {
        try drain(
            nodes: [node], options: options, nodeFinished: { _, _, _ in }, completion: completion)
    }

    /// `kubectl drain NODE...` or `drain -l SELECTOR`: cordons every node, then drains them one
    /// after another; a failed node does not stop the others (current kubectl), and the nodes
    /// left undrained and the aggregated error are printed once at the end.
    ///
    /// Throws kubectl's 404 before anything is cordoned when a node does not exist.
    /// `nodeFinished` is called as each node's drain ends (its own lines and error), and
    /// `completion` once, when every node has been tried, with every line printed.
    public func drain(
        nodes: [String], options: DrainOptions,
        nodeFinished: @escaping (Cluster, String, DrainResult) -> Void,
        completion: @escaping (Cluster, DrainResult) -> Void
    ) throws(APIError) {
        for node in nodes where get(Node.self, key(Node.self, node)) == nil {
            throw .notFound(Node.resourceName, node)
        }
        var cordoned: [String] = []
        for node in nodes { cordoned.append(try cordon(node: node)) }
        let command = DrainCommand(
            nodes: nodes, options: options, nodeFinished: nodeFinished, completion: completion)
        command.start(cordoned: cordoned, in: self)
    }

    private func setUnschedulable(_ name: String, _ desired: Bool) throws(APIError) -> String {
        guard let node = get(Node.self, key(Node.self, name)) else {
            throw .notFound(Node.resourceName, name)
        }
        let verb = desired ? "cordoned" : "uncordoned"
        if (node.spec?.unschedulable ?? false) == desired {
            return "node/\(name) already \(verb)"
        }
        try modify(Node.self, node.storeKey) { node in
            var spec = node.spec ?? NodeSpec()
            spec.unschedulable = desired ? true : nil
            node.spec = spec
        }
        return "node/\(name) \(verb)"
    }
}
