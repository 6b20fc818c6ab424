import KubeModel

/// Creating and starting the container (pkg/kubelet/kuberuntime/kuberuntime_container.go
/// `startContainer`): `Created`, `Started`, then the process runs; a pod without a readiness
/// probe is Ready from here, whether or not the application listens yet.
extension Kubelet {
    func create(_ key: ObjectKey, in cluster: Cluster) {
        guard let runtime = pods[key], let profile = runtime.profile else { return }
        pods[key]?.stage = .creating
        schedule(key, after: .seconds(profile.startSeconds), in: cluster) { [self] cluster in
            start(key, in: cluster)
        }
    }

    private func start(_ key: ObjectKey, in cluster: Cluster) {
        guard let runtime = pods[key] else { return }
        let name = runtime.container.name
        event(.normal, "Created", "Created container \(name)", key, in: cluster)
        event(.normal, "Started", "Started container \(name)", key, in: cluster)
        if runtime.everRan { runtime.restarts += 1 }
        runtime.everRan = true
        runtime.stage = .running
        runtime.processStart = cluster.now
        runtime.acceptsUntil = nil
        runtime.broken = false
        runtime.resetProbes()
        for companion in runtime.companions { companion.resetProbes() }
        publish(key, in: cluster)
        startProbes(key, in: cluster)
        if let seconds = runtime.profile?.exitsAfterSeconds {
            let code = runtime.profile?.exitCode ?? 0
            schedule(key, after: .seconds(seconds), in: cluster) { [self] cluster in
                containerExited(
                    key, exitCode: code, reason: code == 0 ? "Completed" : "Error",
                    in: cluster)
            }
        }
    }
}
