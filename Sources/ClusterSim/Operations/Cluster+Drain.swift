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
        let cordoned = try cordon(node: node)
        let run = DrainRun(node: node, options: options, start: now, completion: completion)
        run.emit(cordoned, in: self)
        schedule(after: .zero) { cluster in run.start(in: cluster) }
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
