import KubeModel

/// Writing pod status as the kubelet's status manager does (pkg/kubelet/status,
/// `generateAPIPodStatus`): phase, IPs, QoS class, conditions with their transition times, and
/// container statuses. Nothing is written when nothing changed.
extension Kubelet {
    /// Writes the status of the pod at `key` when it differs from the stored one.
    ///
    /// The status is a function of the stored pod and a few runtime fields; when neither
    /// changed since the last write or check, it would come out equal to the stored one, so it
    /// is not computed again (a Ready pod's readiness probe reports every period).
    func publish(_ key: ObjectKey, in cluster: Cluster) {
        guard let runtime = pods[key],
            let version = cluster.read(Pod.self, key, { $0.metadata.resourceVersion })
        else { return }
        let inputs = PublishedStatus(runtime, resourceVersion: version)
        guard runtime.published != inputs, let pod = cluster.get(Pod.self, key) else { return }
        let status = Self.status(of: pod, runtime: runtime, now: cluster.nowTimestamp)
        guard status != pod.status else {
            pods[key]?.published = inputs
            return
        }
        guard let written = try? cluster.modify(Pod.self, key, { $0.status = status }) else {
            return
        }
        pods[key]?.published = PublishedStatus(
            runtime, resourceVersion: written.metadata.resourceVersion)
    }

    static func status(of pod: Pod, runtime: PodRuntime, now: String) -> PodStatus {
        let old = pod.status
        var status = PodStatus(phase: phase(runtime))
        status.hostIP = runtime.hostIP
        status.podIP = runtime.podIP
        status.startTime = runtime.startTime
        status.qosClass = pod.spec.qosClass
        status.nominatedNodeName = old?.nominatedNodeName
        let containersReady = containersReadyCondition(runtime)
        let ready = readyCondition(pod, containersReady: containersReady, old: old)
        let scheduled = old?.conditions?.first { $0.type == "PodScheduled" }
        status.conditions =
            [
                condition("PodReadyToStartContainers", true, old: old, now: now),
                condition("Initialized", true, old: old, now: now),
                condition(
                    "Ready", ready.status, reason: ready.reason, message: ready.message, old: old,
                    now: now),
                condition(
                    "ContainersReady", containersReady.status, reason: containersReady.reason,
                    message: containersReady.message, old: old, now: now),
                scheduled ?? condition("PodScheduled", true, old: old, now: now),
            ] + (old?.conditions ?? []).filter { !Self.kubeletConditions.contains($0.type) }
        let running = runtime.stage == .running
        let state = state(runtime)
        let lastState = runtime.lastTerminated.map { ContainerState(terminated: $0) }
        let entry = { (container: Container, ready: Bool, started: Bool) in
            var entry = ContainerStatus(
                name: container.name, ready: ready, restartCount: runtime.restarts,
                image: container.image)
            entry.started = running && started
            entry.state = state
            entry.lastState = lastState
            return entry
        }
        let companions =
            runtime.companions.isEmpty
            ? [:]
            : Dictionary(
                runtime.companions.map { ($0.container.name, $0) },
                uniquingKeysWith: { first, _ in first })
        status.containerStatuses = pod.spec.containers.enumerated().map { index, container in
            if index == 0 { return entry(container, runtime.containerReady, runtime.started) }
            let companion = companions[container.name]
            return entry(
                container, companion?.isReady(running: running) ?? false,
                companion?.started ?? false)
        }
        if let initContainers = pod.spec.initContainers, !initContainers.isEmpty {
            status.initContainerStatuses = initContainers.map { container in
                if container.isSidecar, let companion = companions[container.name] {
                    return entry(container, companion.isReady(running: running), companion.started)
                }
                // An init container ran to completion before the application started.
                var done = ContainerStatus(
                    name: container.name, ready: false, restartCount: 0, image: container.image)
                done.started = false
                done.state = ContainerState(
                    terminated: .init(exitCode: 0, reason: "Completed"))
                return done
            }
        }
        return status
    }

    /// The conditions the kubelet owns; others (a readiness gate's, set by a controller) are
    /// kept as they are.
    static let kubeletConditions: Set<String> = [
        "PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled",
    ]

    /// status/generate.go GenerateContainersReadyCondition; a pod in a terminal phase gets
    /// `generateContainersReadyConditionForTerminalPhase`'s reason and no message.
    private static func containersReadyCondition(_ runtime: PodRuntime)
        -> (status: Bool, reason: String?, message: String?)
    {
        if case .completed(let code) = runtime.stage {
            return (false, code == 0 ? "PodCompleted" : "PodFailed", nil)
        }
        let unready = runtime.unreadyContainers
        guard !unready.isEmpty else { return (true, nil, nil) }
        return (
            false, "ContainersNotReady",
            "containers with unready status: [\(unready.joined(separator: " "))]"
        )
    }

    /// status/generate.go GeneratePodReadyCondition: the containers, then the readiness gates.
    private static func readyCondition(
        _ pod: Pod, containersReady: (status: Bool, reason: String?, message: String?),
        old: PodStatus?
    ) -> (status: Bool, reason: String?, message: String?) {
        guard containersReady.status else { return containersReady }
        var messages: [String] = []
        for gate in pod.spec.readinessGates ?? [] {
            let type = gate.conditionType
            guard let found = old?.conditions?.first(where: { $0.type == type }) else {
                messages.append(
                    "corresponding condition of pod readiness gate \"\(type)\" does not exist.")
                continue
            }
            if found.status != "True" {
                messages.append(
                    "the status of pod readiness gate \"\(type)\" is not \"True\", but "
                        + found.status)
            }
        }
        guard messages.isEmpty else {
            return (false, "ReadinessGatesNotReady", messages.joined(separator: ", "))
        }
        return (true, nil, nil)
    }

    private static func phase(_ runtime: PodRuntime) -> PodPhase {
        switch runtime.stage {
        case .completed(let code): code == 0 ? .succeeded : .failed
        case .running: .running
        default: runtime.everRan ? .running : .pending
        }
    }

    private static func state(_ runtime: PodRuntime) -> ContainerState {
        switch runtime.stage {
        case .pulling, .creating:
            if runtime.everRan, let terminated = runtime.lastTerminated {
                return ContainerState(terminated: terminated)
            }
            return ContainerState(waiting: .init(reason: "ContainerCreating"))
        case .pullFailed(let reason, let message):
            return ContainerState(waiting: .init(reason: reason, message: message))
        case .running:
            return ContainerState(running: .init(startedAt: runtime.processStart?.timestamp))
        case .crashBackOff(let message):
            return ContainerState(waiting: .init(reason: "CrashLoopBackOff", message: message))
        case .completed:
            return ContainerState(terminated: runtime.lastTerminated)
        }
    }

    /// A condition whose `lastTransitionTime` moves only when its status changes.
    private static func condition(
        _ type: String, _ value: Bool, reason: String? = nil, message: String? = nil,
        old: PodStatus?, now: String
    ) -> Condition {
        let status = value ? "True" : "False"
        let previous = old?.conditions?.first { $0.type == type }
        let time = previous?.status == status ? previous?.lastTransitionTime : now
        return Condition(
            type: type, status: status, reason: reason, message: message, lastTransitionTime: time)
    }
}
