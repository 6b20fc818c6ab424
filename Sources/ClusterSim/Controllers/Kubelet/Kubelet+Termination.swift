import KubeModel

/// A pod with a deletion timestamp (pkg/kubelet/kuberuntime `killContainer`): `Killing`, SIGTERM,
/// the application stops per its shutdown profile, and when it has exited, or at SIGKILL at the
/// end of the grace period, the pod is removed from the store.
extension Kubelet {
    func terminate(_ key: ObjectKey, pod: Pod, in cluster: Cluster) {
        guard let runtime = pods[key], !runtime.terminating else { return }
        runtime.terminating = true
        guard runtime.stage == .running else {
            // No process runs (pulling, back-off, exited): nothing to stop.
            finish(key, in: cluster)
            return
        }
        event(
            .normal, "Killing", "Stopping container \(runtime.container.name)", key,
            in: cluster)
        let grace =
            pod.metadata.deletionGracePeriodSeconds
            ?? pod.spec.terminationGracePeriodSeconds ?? 30
        let exit = signal(key, grace: grace, in: cluster)
        // Probes and earlier kills stop: a new epoch.
        pods[key]?.epoch += 1
        schedule(key, after: exit, in: cluster) { [self] cluster in
            finish(key, in: cluster)
        }
    }

    private func finish(_ key: ObjectKey, in cluster: Cluster) {
        forget(key)
        cluster.remove(Pod.self, key)
    }
}
