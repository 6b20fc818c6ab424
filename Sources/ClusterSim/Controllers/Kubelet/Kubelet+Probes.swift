import KubeModel

/// Probe workers (pkg/kubelet/prober/worker.go): each probe of a running container runs first at
/// container start + `initialDelaySeconds`, then every `periodSeconds`. Upstream also adds a
/// random jitter up to one period to the first run after a kubelet restart; the simulated
/// kubelet never restarts, so there is none. Readiness and liveness wait for the startup probe.
extension Kubelet {
    func startProbes(_ key: ObjectKey, in cluster: Cluster) {
        guard let runtime = pods[key] else { return }
        for kind in ProbeKind.allCases {
            guard let probe = kind.probe(of: runtime.container) else { continue }
            let delay = VirtualTime.seconds(Double(probe.initialDelaySeconds ?? 0))
            scheduleProbe(kind, key, runtime, after: delay, in: cluster)
        }
    }

    /// Probes hold their runtime: a probe every few seconds of every pod looks nothing up.
    private func scheduleProbe(
        _ kind: ProbeKind, _ key: ObjectKey, _ runtime: PodRuntime, after delay: VirtualTime,
        in cluster: Cluster
    ) {
        let epoch = runtime.epoch
        cluster.schedule(after: delay) { [self] cluster in
            guard runtime.epoch == epoch else { return }
            runProbe(kind, key, runtime, in: cluster)
        }
    }

    private func runProbe(
        _ kind: ProbeKind, _ key: ObjectKey, _ runtime: PodRuntime, in cluster: Cluster
    ) {
        guard runtime.stage == .running, let probe = kind.probe(of: runtime.container) else {
            return
        }
        let period = VirtualTime.seconds(Double(probe.periodSeconds ?? 10))
        if kind == .startup, runtime.started { return }
        scheduleProbe(kind, key, runtime, after: period, in: cluster)
        if kind != .startup, !runtime.started { return }
        let succeeded: Bool
        switch ProbeCheck(runtime: runtime, now: cluster.now).answer(to: probe) {
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
        var worker = runtime.worker(kind)
        let result = worker.observe(succeeded, probe: probe)
        runtime.setWorker(kind, worker)
        guard let result else { return }
        switch kind {
        case .readiness:
            publish(key, in: cluster)
        case .startup where result:
            runtime.started = true
            publish(key, in: cluster)
        case .startup, .liveness:
            if !result { killForRestart(key, probe: kind, in: cluster) }
        }
    }
}
