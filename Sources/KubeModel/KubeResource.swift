/// Any object LabKit handles, as one closed set of cases the simulator can switch over.
///
/// autoscaling/v1 autoscalers become `.horizontalPodAutoscaler` through `converted()`.
public enum KubeResource: Sendable, Hashable {
    case pod(Pod)
    case deployment(Deployment)
    case replicaSet(ReplicaSet)
    case statefulSet(StatefulSet)
    case daemonSet(DaemonSet)
    case job(Job)
    case service(Service)
    case endpoints(Endpoints)
    case endpointSlice(EndpointSlice)
    case persistentVolumeClaim(PersistentVolumeClaim)
    case persistentVolume(PersistentVolume)
    case storageClass(StorageClass)
    case horizontalPodAutoscaler(HorizontalPodAutoscaler)
    case podDisruptionBudget(PodDisruptionBudget)
    case node(Node)
    case namespace(Namespace)
    case ingress(Ingress)

    /// Wraps a decoded object; nil only for a `KubeObject` type this enum does not know.
    public init?(_ object: any KubeObject) {
        if let value = object as? Pod {
            self = .pod(value)
        } else if let value = object as? Deployment {
            self = .deployment(value)
        } else if let value = object as? ReplicaSet {
            self = .replicaSet(value)
        } else if let value = object as? StatefulSet {
            self = .statefulSet(value)
        } else if let value = object as? DaemonSet {
            self = .daemonSet(value)
        } else if let value = object as? Job {
            self = .job(value)
        } else if let value = object as? Service {
            self = .service(value)
        } else if let value = object as? Endpoints {
            self = .endpoints(value)
        } else if let value = object as? EndpointSlice {
            self = .endpointSlice(value)
        } else if let value = object as? PersistentVolumeClaim {
            self = .persistentVolumeClaim(value)
        } else if let value = object as? PersistentVolume {
            self = .persistentVolume(value)
        } else if let value = object as? StorageClass {
            self = .storageClass(value)
        } else if let value = object as? HorizontalPodAutoscaler {
            self = .horizontalPodAutoscaler(value)
        } else if let value = object as? HorizontalPodAutoscalerV1 {
            self = .horizontalPodAutoscaler(value.converted())
        } else if let value = object as? PodDisruptionBudget {
            self = .podDisruptionBudget(value)
        } else if let value = object as? Node {
            self = .node(value)
        } else if let value = object as? Namespace {
            self = .namespace(value)
        } else if let value = object as? Ingress {
            self = .ingress(value)
        } else {
            return nil
        }
    }

    public var object: any KubeObject {
        switch self {
        case .pod(let value): value
        case .deployment(let value): value
        case .replicaSet(let value): value
        case .statefulSet(let value): value
        case .daemonSet(let value): value
        case .job(let value): value
        case .service(let value): value
        case .endpoints(let value): value
        case .endpointSlice(let value): value
        case .persistentVolumeClaim(let value): value
        case .persistentVolume(let value): value
        case .storageClass(let value): value
        case .horizontalPodAutoscaler(let value): value
        case .podDisruptionBudget(let value): value
        case .node(let value): value
        case .namespace(let value): value
        case .ingress(let value): value
        }
    }

    public var key: ObjectKey { object.key }
    public var kind: String { object.kind }
    /// The object's metadata, read without boxing the object in an existential (hot path: every
    /// controller looks at every change).
    public var metadata: ObjectMeta {
        switch self {
        case .pod(let value): value.metadata
        case .deployment(let value): value.metadata
        case .replicaSet(let value): value.metadata
        case .statefulSet(let value): value.metadata
        case .daemonSet(let value): value.metadata
        case .job(let value): value.metadata
        case .service(let value): value.metadata
        case .endpoints(let value): value.metadata
        case .endpointSlice(let value): value.metadata
        case .persistentVolumeClaim(let value): value.metadata
        case .persistentVolume(let value): value.metadata
        case .storageClass(let value): value.metadata
        case .horizontalPodAutoscaler(let value): value.metadata
        case .podDisruptionBudget(let value): value.metadata
        case .node(let value): value.metadata
        case .namespace(let value): value.metadata
        case .ingress(let value): value.metadata
        }
    }
}
