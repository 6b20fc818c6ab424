import KubeModel

/// Probe workers (pkg/kubelet/prober/worker.go): each probe of a running container runs first at
/// container start + `initialDelaySeconds`, then every `periodSeconds`. Upstream also adds a
/// random jitter up to one period to the first run after a kubelet restart; the simulated
/// kubelet never restarts, so there is none. Readiness and liveness wait for the startup probe.
/// Every container of the pod (the application, its companions) has its own workers.
extension Kubelet {
    func startProbes(_ key: ObjectKey, in cluster: Cluster) {
        guard let runtime = pods[key] else { return }
        let subjects: [any ProbedContainer] = [runtime] + runtime.companions
        for subject in subjects {
            for kind in ProbeKind.allCases {
                guard let probe = kind.probe(of: subject.container) else { continue }
                let delay = VirtualTime.seconds(Double(probe.initialDelaySeconds ?? 0))
                scheduleProbe(kind, of: subject, key, runtime, after: delay, in: cluster)
            }
        }
    }

    /// Probes hold their runtime: a probe every few seconds of every pod looks nothing up.
    private func scheduleProbe(
        _ kind: ProbeKind, of subject: any ProbedContainer, _ key: ObjectKey,
        _ runtime: PodRuntime, after delay: VirtualTime, in cluster: Cluster
    ) {
        let epoch = runtime.epoch
        cluster.schedule(after: delay) { [self] cluster in
            guard runtime.epoch == epoch else { return }
            runProbe(kind, of: subject, key, runtime, in: cluster)
        }
    }

    private func runProbe(
        _ kind: ProbeKind, of subject: any ProbedContainer, _ key: ObjectKey,
        _ runtime: PodRuntime, in cluster: Cluster
    ) {
        guard runtime.stage == .running, let probe = kind.probe(of: subject.container) else {
            return
        }
        let period = VirtualTime.seconds(Double(probe.periodSeconds ?? 10))
        if kind == .startup, subject.started { return }
        scheduleProbe(kind, of: subject, key, runtime, after: period, in: cluster)
        if kind != .startup, !subject.started { return }
        let succeeded: Bool
        let check = ProbeCheck(runtime: runtime, subject: subject, now: cluster.now)
        switch check.answer(to: probe) {
        case .success:
            succeeded = true
        case .failure(let message):
            event(.warning, "Unhealthy", "\(kind.title) probe failed: \(message)", key, in: cluster)
            succeeded = false
        case .error(let message):
            // prober.go records the error; worker.go throws the result away.
            event(
                .warning, "Unhealthy",
                "\(kind.title) probe errored and resulted in unknown state: \(message)", key,
                in: cluster)
            return
        }
        runtime.probeCounts.record(kind, succeeded: succeeded)
        var worker = subject.worker(kind)
        let result = worker.observe(succeeded, probe: probe)
        subject.setWorker(kind, worker)
        guard let result else { return }
        switch kind {
        case .readiness:
            publish(key, in: cluster)
        case .startup where result:
            subject.started = true
            publish(key, in: cluster)
        case .startup, .liveness:
            if !result { killForRestart(key, probe: kind, of: subject, in: cluster) }
        }
    }
}
