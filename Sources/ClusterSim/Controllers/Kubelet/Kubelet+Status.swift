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
        let ready = runtime.containerReady
        let names = pod.spec.containers.map(\.name).joined(separator: " ")
        let unready = ready ? nil : "containers with unready status: [\(names)]"
        let completed: Bool
        if case .completed = runtime.stage { completed = true } else { completed = false }
        let reason = ready ? nil : (completed ? "PodCompleted" : "ContainersNotReady")
        let scheduled = old?.conditions?.first { $0.type == "PodScheduled" }
        status.conditions = [
            condition("PodReadyToStartContainers", true, old: old, now: now),
            condition("Initialized", true, old: old, now: now),
            condition("Ready", ready, reason: reason, message: unready, old: old, now: now),
            condition(
                "ContainersReady", ready, reason: reason, message: unready, old: old,
                now: now),
            scheduled ?? condition("PodScheduled", true, old: old, now: now),
        ]
        status.containerStatuses = pod.spec.containers.map { container in
            var entry = ContainerStatus(
                name: container.name, ready: ready, restartCount: runtime.restarts,
                image: container.image)
            entry.started = runtime.stage == .running && runtime.started
            entry.state = state(runtime)
            entry.lastState = runtime.lastTerminated.map { ContainerState(terminated: $0) }
            return entry
        }
        return status
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
