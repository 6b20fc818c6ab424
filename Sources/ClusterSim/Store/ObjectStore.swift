public import KubeModel

/// What the API server stores: one table per kind.
public struct ObjectStore: Sendable {
    public internal(set) var pods = Table<Pod>()
    public internal(set) var deployments = Table<Deployment>()
    public internal(set) var replicaSets = Table<ReplicaSet>()
    public internal(set) var statefulSets = Table<StatefulSet>()
    public internal(set) var daemonSets = Table<DaemonSet>()
    public internal(set) var jobs = Table<Job>()
    public internal(set) var services = Table<Service>()
    public internal(set) var endpoints = Table<Endpoints>()
    public internal(set) var endpointSlices = Table<EndpointSlice>()
    public internal(set) var persistentVolumeClaims = Table<PersistentVolumeClaim>()
    public internal(set) var persistentVolumes = Table<PersistentVolume>()
    public internal(set) var storageClasses = Table<StorageClass>()
    public internal(set) var horizontalPodAutoscalers = Table<HorizontalPodAutoscaler>()
    public internal(set) var podDisruptionBudgets = Table<PodDisruptionBudget>()
    public internal(set) var nodes = Table<Node>()
    public internal(set) var namespaces = Table<Namespace>()
    public internal(set) var ingresses = Table<Ingress>()

    public init() {}

    /// The object stored under `key`, whatever its kind.
    public func resource(_ key: ObjectKey) -> KubeResource? {
        switch key.kind {
        case Pod.kind: pods[key].map(KubeResource.pod)
        case Deployment.kind: deployments[key].map(KubeResource.deployment)
        case ReplicaSet.kind: replicaSets[key].map(KubeResource.replicaSet)
        case StatefulSet.kind: statefulSets[key].map(KubeResource.statefulSet)
        case DaemonSet.kind: daemonSets[key].map(KubeResource.daemonSet)
        case Job.kind: jobs[key].map(KubeResource.job)
        case Service.kind: services[key].map(KubeResource.service)
        case Endpoints.kind: endpoints[key].map(KubeResource.endpoints)
        case EndpointSlice.kind: endpointSlices[key].map(KubeResource.endpointSlice)
        case PersistentVolumeClaim.kind:
            persistentVolumeClaims[key].map(KubeResource.persistentVolumeClaim)
        case PersistentVolume.kind: persistentVolumes[key].map(KubeResource.persistentVolume)
        case StorageClass.kind: storageClasses[key].map(KubeResource.storageClass)
        case HorizontalPodAutoscaler.kind:
            horizontalPodAutoscalers[key].map(KubeResource.horizontalPodAutoscaler)
        case PodDisruptionBudget.kind:
            podDisruptionBudgets[key].map(KubeResource.podDisruptionBudget)
        case Node.kind: nodes[key].map(KubeResource.node)
        case Namespace.kind: namespaces[key].map(KubeResource.namespace)
        case Ingress.kind: ingresses[key].map(KubeResource.ingress)
        default: nil
        }
    }
}
