import KubeModel

/// Where a DaemonSet runs and how its pods are pinned (pkg/controller/daemon/daemon_controller.go
/// `nodeShouldRunDaemonPod`, pkg/controller/daemon/util/daemonset_util.go).
enum DaemonSetPlacement {
    /// The tolerations every daemon pod gets (`AddOrUpdateDaemonPodTolerations`).
    static func automaticTolerations(hostNetwork: Bool) -> [Toleration] {
        var tolerations = [
            Toleration(key: "node.kubernetes.io/not-ready", operator: .exists, effect: .noExecute),
            Toleration(
                key: "node.kubernetes.io/unreachable", operator: .exists, effect: .noExecute),
            Toleration(
                key: "node.kubernetes.io/disk-pressure", operator: .exists, effect: .noSchedule),
            Toleration(
                key: "node.kubernetes.io/memory-pressure", operator: .exists, effect: .noSchedule),
            Toleration(
                key: "node.kubernetes.io/pid-pressure", operator: .exists, effect: .noSchedule),
            Toleration(
                key: "node.kubernetes.io/unschedulable", operator: .exists, effect: .noSchedule),
        ]
        if hostNetwork {
            tolerations.append(
                Toleration(
                    key: "node.kubernetes.io/network-unavailable", operator: .exists,
                    effect: .noSchedule))
        }
        return tolerations
    }

    /// The template's tolerations plus the automatic ones it does not already have.
    static func tolerations(for spec: PodSpec) -> [Toleration] {
        var tolerations = spec.tolerations ?? []
        for automatic in automaticTolerations(hostNetwork: spec.hostNetwork == true)
        where !tolerations.contains(where: {
            $0.key == automatic.key && $0.effect == automatic.effect
        }) {
            tolerations.append(automatic)
        }
        return tolerations
    }

    /// Node name, node selector, required node affinity, and NoSchedule/NoExecute taints.
    static func shouldRun(_ spec: PodSpec, on node: Node) -> Bool {
        let labels = node.metadata.labels ?? [:]
        if let nodeName = spec.nodeName, !nodeName.isEmpty, nodeName != node.metadata.name {
            return false
        }
        for (key, value) in spec.nodeSelector ?? [:] where labels[key] != value { return false }
        if let required = spec.affinity?.nodeAffinity?
            .requiredDuringSchedulingIgnoredDuringExecution,
            !VolumeTopology.matches(required, node: node)
        {
            return false
        }
        let tolerations = tolerations(for: spec)
        return (node.spec?.taints ?? []).allSatisfy { taint in
            taint.effect == .preferNoSchedule || tolerations.contains { $0.tolerates(taint) }
        }
    }

    /// Pins a pod to a node: required affinity `matchFields metadata.name In [node]`
    /// (`ReplaceDaemonSetPodNodeNameNodeAffinity`).
    static func pin(_ spec: inout PodSpec, to nodeName: String) {
        var term = NodeSelectorTerm()
        term.matchFields = [
            NodeSelectorRequirement(key: "metadata.name", operator: .in, values: [nodeName])
        ]
        let selector = NodeSelector(nodeSelectorTerms: [term])
        var affinity = spec.affinity ?? Affinity()
        var nodeAffinity = affinity.nodeAffinity ?? NodeAffinity()
        nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution = selector
        affinity.nodeAffinity = nodeAffinity
        spec.affinity = affinity
    }

    /// The node a daemon pod is for: its node, or the name its affinity pins it to.
    static func targetNode(of pod: Pod) -> String? {
        if let nodeName = pod.spec.nodeName, !nodeName.isEmpty { return nodeName }
        let terms =
            pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?
            .nodeSelectorTerms ?? []
        for term in terms {
            for field in term.matchFields ?? []
            where field.key == "metadata.name" && field.operator == .in && field.values?.count == 1
            {
                return field.values?.first
            }
        }
        return nil
    }
}
