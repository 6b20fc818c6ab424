import KubeModel

/// A pod as the scheduler's cache remembers it: where it is and what it holds there.
struct CachedPod {
    let key: ObjectKey
    var nodeName: String
    var requests: PodRequests
    var hostPorts: [HostPort]
    var namespace: String
    var labels: [String: String]
    var affinity: Affinity?
    /// Being deleted: topology spreading ignores it, as upstream does.
    var terminating: Bool
    /// Assumed by the scheduler while its volumes bind; not yet bound in the store.
    var assumed: Bool

    init(_ pod: Pod, nodeName: String, assumed: Bool) {
        key = pod.storeKey
        self.nodeName = nodeName
        requests = PodRequests(pod.spec)
        hostPorts = HostPort.of(pod.spec)
        namespace = pod.metadata.namespace ?? "default"
        labels = pod.metadata.labels ?? [:]
        affinity = pod.spec.affinity
        terminating = pod.metadata.deletionTimestamp != nil
        self.assumed = assumed
    }

    /// Has required or preferred pod (anti-)affinity terms that other pods must respect.
    var hasPodAffinityTerms: Bool {
        affinity?.podAffinity != nil || affinity?.podAntiAffinity != nil
    }
}
