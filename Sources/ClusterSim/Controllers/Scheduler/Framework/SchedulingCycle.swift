import KubeModel

/// Everything one scheduling attempt knows about the pod being placed (upstream `CycleState`
/// plus `PodInfo`): computed once, read for every node.
final class SchedulingCycle {
    let pod: Pod
    let key: ObjectKey
    let namespace: String
    let labels: [String: String]
    let requests: PodRequests
    let hostPorts: [HostPort]
    let tolerations: [Toleration]
    let cluster: Cluster
    let cache: SchedulerCache

    /// Per-plugin state from PreFilter, set by the plugins that need it.
    var topologySpread: TopologySpreadState?
    var podAffinity: InterPodAffinityState?
    var volumes: VolumeState?

    init(pod: Pod, cluster: Cluster, cache: SchedulerCache) {
        self.pod = pod
        self.key = pod.storeKey
        self.namespace = pod.metadata.namespace ?? "default"
        self.labels = pod.metadata.labels ?? [:]
        self.requests = PodRequests(pod.spec)
        self.hostPorts = HostPort.of(pod.spec)
        self.tolerations = pod.spec.tolerations ?? []
        self.cluster = cluster
        self.cache = cache
    }

    /// Whether `nodeSelector` and required node affinity both accept the labels
    /// (upstream `nodeaffinity.GetRequiredNodeAffinity(pod).Match`).
    func matchesNodeSelectorAndAffinity(_ nodeLabels: [String: String], nodeName: String) -> Bool {
        if let selector = pod.spec.nodeSelector {
            for (key, value) in selector where nodeLabels[key] != value { return false }
        }
        if let required = pod.spec.affinity?.nodeAffinity?
            .requiredDuringSchedulingIgnoredDuringExecution
        {
            return required.matches(nodeLabels: nodeLabels, nodeName: nodeName)
        }
        return true
    }
}
