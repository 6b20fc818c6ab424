import KubeModel

/// Probe workers (pkg/kubelet/prober/worker.go): each probe of a running container runs first at
/// container start + `initialDelaySeconds`, then every `periodSeconds`. Upstream also adds a
/// random jitter up to one period to the first run after a kubelet restart; the simulated
/// kubelet never restarts, so there is none. Readiness and liveness wait for the startup probe.
extension Kubelet {
    func startProbes(_ key: ObjectKey, in cluster: Cluster) {
        guard let container = pods[key]?.container else { return }
        for kind in ProbeKind.allCases {
            guard let probe = kind.probe(of: container) else { continue }
            let delay = VirtualTime.seconds(Double(probe.initialDelaySeconds ?? 0))
            schedule(key, after: delay, in: cluster) { [self] cluster in
                runProbe(kind, key, in: cluster)
            }
        }
    }

    private func runProbe(_ kind: ProbeKind, _ key: ObjectKey, in cluster: Cluster) {
        guard let runtime = pods[key], runtime.stage == .running,
            let probe = kind.probe(of: runtime.container)
        else { return }
        let period = VirtualTime.seconds(Double(probe.periodSeconds ?? 10))
        if kind == .startup, runtime.started { return }
        schedule(key, after: period, in: cluster) { [self] cluster in
            runProbe(kind, key, in: cluster)
        }
        if kind != .startup, !runtime.started { return }
        let failure = ProbeCheck(runtime: runtime, now: cluster.now).failure(of: probe)
        if let failure {
            event(
                .warning, "Unhealthy", "\(kind.title) probe failed: \(failure)", key,
                in: cluster)
        }
        var worker = runtime.worker(kind)
        let result = worker.observe(failure == nil, probe: probe)
        pods[key]?.setWorker(kind, worker)
        guard let result else { return }
        switch kind {
        case .readiness:
            publish(key, in: cluster)
        case .startup where result:
            pods[key]?.started = true
            publish(key, in: cluster)
        case .startup, .liveness:
            if !result { killForRestart(key, probe: kind, in: cluster) }
        }
    }
}
