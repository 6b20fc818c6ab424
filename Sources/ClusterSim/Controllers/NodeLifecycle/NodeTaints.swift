public import KubeModel

/// The taints the node lifecycle controller manages, from the node's spec and conditions
/// (k8s.io/api/core/v1/well_known_taints.go; pkg/controller/nodelifecycle
/// `doNoScheduleTaintingPass`, `doNoExecuteTaintingPass`).
enum NodeTaints {
    static let notReady = "node.kubernetes.io/not-ready"
    static let unreachable = "node.kubernetes.io/unreachable"
    static let unschedulable = WellKnownLabels.unschedulableTaint
    static let memoryPressure = "node.kubernetes.io/memory-pressure"
    static let diskPressure = "node.kubernetes.io/disk-pressure"
    static let pidPressure = "node.kubernetes.io/pid-pressure"
    static let networkUnavailable = "node.kubernetes.io/network-unavailable"

    /// Every key the controller adds or removes.
    static let managedKeys = [
        notReady, unreachable, unschedulable, memoryPressure, diskPressure, pidPressure,
        networkUnavailable,
    ]

    /// The managed taints the node should carry now, in a fixed order.
    static func desired(for node: Node) -> [Taint] {
        var taints: [Taint] = []
        let conditions = node.status?.conditions ?? []
        func status(_ type: String) -> String? { conditions.first { $0.type == type }?.status }
        switch status("Ready") {
        case "False":
            taints.append(Taint(key: notReady, effect: .noSchedule))
            taints.append(Taint(key: notReady, effect: .noExecute))
        case "Unknown":
            taints.append(Taint(key: unreachable, effect: .noSchedule))
            taints.append(Taint(key: unreachable, effect: .noExecute))
        default:
            break
        }
        let pressures = [
            ("MemoryPressure", memoryPressure), ("DiskPressure", diskPressure),
            ("PIDPressure", pidPressure), ("NetworkUnavailable", networkUnavailable),
        ]
        for (type, key) in pressures where status(type) == "True" {
            taints.append(Taint(key: key, effect: .noSchedule))
        }
        if node.spec?.unschedulable == true {
            taints.append(Taint(key: unschedulable, effect: .noSchedule))
        }
        return taints
    }

    /// The node's taints with the managed ones brought in line: others kept in place, kept
    /// managed taints keep their `timeAdded`, new NoExecute taints get `now`.
    static func reconciled(_ node: Node, now: VirtualTime) -> [Taint] {
        let current = node.spec?.taints ?? []
        let desired = desired(for: node)
        func same(_ a: Taint, _ b: Taint) -> Bool { a.key == b.key && a.effect == b.effect }
        var result = current.filter { taint in
            !managedKeys.contains(taint.key) || desired.contains { same($0, taint) }
        }
        for taint in desired where !result.contains(where: { same($0, taint) }) {
            var added = taint
            if taint.effect == .noExecute { added.timeAdded = now.timestamp }
            result.append(added)
        }
        return result
    }

    /// upstream DefaultTolerationSeconds admission: pods tolerate not-ready and unreachable
    /// for 300 s unless they say otherwise.
    static let defaultTolerationSeconds = 300

    /// The pod's tolerations as the API server stores them after admission.
    static func effectiveTolerations(of pod: Pod) -> [Toleration] {
        var tolerations = pod.spec.tolerations ?? []
        for key in [notReady, unreachable] {
            let taint = Taint(key: key, effect: .noExecute)
            guard !tolerations.contains(where: { $0.tolerates(taint) }) else { continue }
            var toleration = Toleration(key: key, operator: .exists, effect: .noExecute)
            toleration.tolerationSeconds = defaultTolerationSeconds
            tolerations.append(toleration)
        }
        return tolerations
    }
}

extension Pod {
    /// The tolerations as the API server stores them after admission: the pod's own plus
    /// DefaultTolerationSeconds' not-ready and unreachable ones, as `kubectl describe` lists them.
    public var admittedTolerations: [Toleration] {
        NodeTaints.effectiveTolerations(of: self)
    }
}
