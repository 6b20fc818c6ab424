import KubeModel

/// Failing and recovering a node's kubelet, for labs on node failure (EKS reliability).
extension Cluster {
    /// The node lifecycle controller, when registered.
    public var nodeLifecycle: NodeLifecycleController? {
        registered(NodeLifecycleController.self)
    }

    /// The node's kubelet stops: its pods stop serving and it posts no more status.
    ///
    /// After the
    /// 40 s grace period the node lifecycle controller marks the node `Unknown` (NotReady) and
    /// taints it `node.kubernetes.io/unreachable`; pods are deleted 300 s later and stay
    /// Terminating until the node comes back, while their controllers replace them elsewhere.
    ///
    /// Throws 404 for an unknown node, 500 when no node lifecycle controller is registered.
    public func failNode(_ name: String) throws(APIError) {
        let key = key(Node.self, name)
        guard get(Node.self, key) != nil else { throw .notFound(Node.resourceName, name) }
        guard let controller = nodeLifecycle else {
            throw APIError(
                code: 500, reason: .internalError,
                message: "node-lifecycle-controller is not running")
        }
        guard controller.stoppedHeartbeats[name] == nil else { return }
        controller.stoppedHeartbeats[name] = now
        kubelet?.stopNode(name, in: self)
        controller.startMonitor(in: self)
        enqueue(key, for: controller)
    }

    /// The node's kubelet is back, as after a reboot: it reports Ready, the controller removes
    /// the unreachable taints, pods deleted meanwhile go, the others start again.
    public func recoverNode(_ name: String) throws(APIError) {
        let key = key(Node.self, name)
        guard get(Node.self, key) != nil else { throw .notFound(Node.resourceName, name) }
        guard let controller = nodeLifecycle, controller.stoppedHeartbeats[name] != nil else {
            return
        }
        controller.stoppedHeartbeats[name] = nil
        kubelet?.restartNode(name, in: self)
        let time = nowTimestamp
        try modify(Node.self, key) { node in
            var status = node.status ?? NodeStatus()
            status.conditions = (status.conditions ?? []).map { condition in
                Self.healthy(condition, since: time)
            }
            node.status = status
        }
        record(
            .normal, "NodeReady", "Node \(name) status is now: NodeReady", about: key,
            from: "kubelet")
    }

    /// What a healthy kubelet reports for one condition type.
    private static func healthy(_ condition: Condition, since time: String) -> Condition {
        let reports: [String: (String, String, String)] = [
            "Ready": ("True", "KubeletReady", "kubelet is posting ready status"),
            "MemoryPressure": (
                "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"
            ),
            "DiskPressure": ("False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
            "PIDPressure": (
                "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"
            ),
        ]
        guard let (status, reason, message) = reports[condition.type] else { return condition }
        var result = condition
        if result.status != status { result.lastTransitionTime = time }
        result.status = status
        result.reason = reason
        result.message = message
        return result
    }
}
