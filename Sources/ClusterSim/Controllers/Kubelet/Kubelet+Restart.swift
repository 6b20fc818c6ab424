import KubeModel

/// Killing a container and restarting it with the CrashLoopBackOff back-off
/// (pkg/kubelet/kuberuntime/kuberuntime_manager.go `doBackOff`): the first restart is at once,
/// later ones wait 10 s doubling to 300 s after the exit; ten quiet minutes reset the back-off.
extension Kubelet {
    /// Sends SIGTERM; the process exits per its shutdown profile, or at SIGKILL after `grace`.
    ///
    /// Returns when it exits, counted from now.
    @discardableResult
    func signal(_ key: ObjectKey, grace: Int, in cluster: Cluster) -> VirtualTime {
        guard let runtime = pods[key], runtime.stage == .running else { return .zero }
        let graceTime = VirtualTime.seconds(Double(grace))
        let shutdown = runtime.profile?.shutdown ?? .immediate
        switch shutdown.mode {
        case .graceful:
            let drain = VirtualTime.seconds(shutdown.drainSeconds ?? 0)
            pods[key]?.acceptsUntil = min(runtime.acceptsUntil ?? cluster.now, cluster.now)
            return min(drain, graceTime)
        case .ignoresSigterm:
            pods[key]?.acceptsUntil = min(
                runtime.acceptsUntil ?? .milliseconds(.max),
                cluster.now + graceTime)
            return graceTime
        }
    }

    /// A failed liveness or startup probe of `subject`: kill the container, then restart it
    /// (with the pod's one process lifecycle, a companion's failure restarts the application
    /// too; upstream restarts only that container).
    func killForRestart(
        _ key: ObjectKey, probe kind: ProbeKind, of subject: (any ProbedContainer)? = nil,
        in cluster: Cluster
    ) {
        guard let runtime = pods[key] else { return }
        let container = subject?.container ?? runtime.container
        let name = container.name
        let what = kind == .startup ? "startup" : "liveness"
        event(
            .normal, "Killing", "Container \(name) failed \(what) probe, will be restarted", key,
            in: cluster)
        let probeGrace = kind.probe(of: container)?.terminationGracePeriodSeconds
        let pod = cluster.get(Pod.self, key)
        let grace = probeGrace ?? pod?.spec.terminationGracePeriodSeconds ?? 30
        let ignores = runtime.profile?.shutdown?.mode == .ignoresSigterm
        let exit = signal(key, grace: grace, in: cluster)
        // Probes stop for the dying container: a new epoch.
        pods[key]?.epoch += 1
        schedule(key, after: exit, in: cluster) { [self] cluster in
            containerExited(key, exitCode: ignores ? 137 : 143, reason: "Error", in: cluster)
        }
    }

    /// The container ended: it restarts as the pod's restart policy says, after the back-off.
    ///
    /// One stopped for a new spec restarts whatever the policy, without back-off
    /// (computePodActions: "Restart regardless of the restart policy because the container spec
    /// changed").
    func containerExited(
        _ key: ObjectKey, exitCode: Int, reason: String, specChanged: Bool = false,
        in cluster: Cluster
    ) {
        guard let runtime = pods[key], !runtime.terminating else { return }
        var terminated = ContainerState.Terminated(exitCode: exitCode, reason: reason)
        terminated.startedAt = runtime.processStart?.timestamp
        terminated.finishedAt = cluster.nowTimestamp
        runtime.lastTerminated = terminated
        runtime.processStart = nil
        runtime.acceptsUntil = nil
        runtime.started = false
        for companion in runtime.companions { companion.started = false }
        runtime.epoch += 1
        let policy = cluster.get(Pod.self, key)?.spec.restartPolicy ?? .always
        guard specChanged || policy == .always || (policy == .onFailure && exitCode != 0) else {
            runtime.stage = .completed(exitCode: exitCode)
            publish(key, in: cluster)
            return
        }
        restart(key, exitedAt: cluster.now, backOff: !specChanged, in: cluster)
    }

    private func restart(
        _ key: ObjectKey, exitedAt: VirtualTime, backOff: Bool = true, in cluster: Cluster
    ) {
        guard let runtime = pods[key], let pod = cluster.get(Pod.self, key) else { return }
        if backOff, runtime.crashBackOff.isInBackOff(since: exitedAt, now: cluster.now) {
            let duration = runtime.crashBackOff.duration ?? BackOff.initial
            let name = runtime.container.name
            let podName = "\(key.name)_\(key.namespace)(\(pod.metadata.uid ?? ""))"
            runtime.stage = .crashBackOff(
                message: "back-off \(duration) restarting failed container=\(name) pod=\(podName)")
            event(
                .warning, "BackOff",
                "Back-off restarting failed container \(name) in pod \(podName)", key, in: cluster)
            publish(key, in: cluster)
            schedule(key, after: exitedAt + duration - cluster.now, in: cluster) {
                [self] cluster in
                restart(key, exitedAt: exitedAt, in: cluster)
            }
            return
        }
        runtime.crashBackOff.next(at: cluster.now)
        runtime.stage = .creating
        publish(key, in: cluster)
        pull(key, in: cluster)
    }
}
