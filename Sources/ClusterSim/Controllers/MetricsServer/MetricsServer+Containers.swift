import KubeModel

/// What each container of a pod consumes when nothing is served: its image's idle CPU and
/// memory, or what a scenario's `setUsage` fixed for it.
extension MetricsServer {
    /// The containers the kubelet reports for `pod`: its app containers and its sidecars
    /// (init containers with `restartPolicy: Always`, which keep running beside them; the
    /// kubelet's summary lists every running container), the application first.
    func containerUsage(of pod: borrowing Pod, runtime: PodRuntime?, kubelet: Kubelet?)
        -> [ContainerUsage]
    {
        var usage: [ContainerUsage] = []
        for container in pod.spec.containersWithSidecars {
            let profile: ImageProfile?
            if usage.isEmpty {
                profile = runtime?.profile
            } else if case .found(let found) = kubelet?.lookup(container.image) {
                profile = found
            } else {
                profile = nil
            }
            let fixed = fixedUsage(
                for: pod, container: container.name, isApplication: usage.isEmpty)
            usage.append(
                ContainerUsage(
                    name: container.name,
                    steadyMillicores: fixed.cpu.map(Double.init) ?? profile?.idleCpuMillicores ?? 0,
                    countsRequests: fixed.cpu == nil,
                    memoryBytes: fixed.memory ?? Int64((profile?.memoryMiB ?? 0) * 1_048_576),
                    cpuLimit: container.resources?.limits?["cpu"]?.milliValue))
        }
        return usage
    }

    /// The scenario's fixed cpu (millicores) and memory (bytes) for one container of `pod`.
    ///
    /// The last rule wins; a rule without a container is the application's (the first).
    func fixedUsage(for pod: borrowing Pod, container: String, isApplication: Bool)
        -> (cpu: Int64?, memory: Int64?)
    {
        var cpu: Int64?
        var memory: Int64?
        for rule in rules where rule.applies(to: pod) {
            guard rule.container.map({ $0 == container }) ?? isApplication else { continue }
            if let value = rule.cpuMillicores { cpu = value }
            if let value = rule.memoryBytes { memory = value }
        }
        return (cpu, memory)
    }

    /// The pod's working set in bytes, as the eviction manager and metrics-server both see it.
    func workingSet(of pod: borrowing Pod, runtime: PodRuntime?, kubelet: Kubelet?) -> Int64 {
        containerUsage(of: pod, runtime: runtime, kubelet: kubelet).reduce(0) {
            $0 + $1.memoryBytes
        }
    }
}
