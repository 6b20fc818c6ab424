import KubeModel

/// A pod update that changed a container's image (pkg/kubelet/kuberuntime
/// `computePodActions`: the container's spec hash changed): the running container is killed
/// and started again from the new image, whatever the restart policy. The crash back-off is
/// keyed by the spec's hash, so the new container starts at once; a container not running
/// pulls the new image at once.
extension Kubelet {
    func imagesChanged(_ key: ObjectKey, pod: Pod, in cluster: Cluster) {
        guard let runtime = pods[key], !runtime.terminating else { return }
        runtime.replaceContainers(pod.spec.containers)
        // Image pulls back off per image: the new one starts afresh.
        runtime.pullBackOff = BackOff()
        switch runtime.stage {
        case .completed:
            // An exited container of a pod that does not restart stays exited.
            return
        case .running:
            let name = runtime.container.name
            event(
                .normal, "Killing", "Container \(name) definition changed, will be restarted",
                key, in: cluster)
            let ignores = runtime.profile?.shutdown?.mode == .ignoresSigterm
            let exit = signal(key, grace: pod.spec.terminationGracePeriodSeconds ?? 30, in: cluster)
            // Probes and pending work belong to the old container: a new epoch.
            runtime.epoch += 1
            schedule(key, after: exit, in: cluster) { [self] cluster in
                containerExited(
                    key, exitCode: ignores ? 137 : 143, reason: "Error", specChanged: true,
                    in: cluster)
            }
        case .pulling, .pullFailed, .creating, .crashBackOff:
            runtime.epoch += 1
            runtime.stage = .pulling
            publish(key, in: cluster)
            pull(key, in: cluster)
        }
    }
}
