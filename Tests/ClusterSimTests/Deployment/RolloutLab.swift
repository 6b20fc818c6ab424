import ClusterSim
import KubeModel
import Testing

/// A cluster with the ReplicaSet, Deployment and garbage collector controllers, where the test
/// plays the scheduler and the kubelet: it binds pods, marks them Running and Ready (or not),
/// and finishes graceful deletions.
final class RolloutLab {
    let cluster: Cluster
    let node = "node-1"

    init(seed: UInt64 = 1) {
        cluster = Cluster(configuration: ClusterConfiguration(seed: seed))
        cluster.register(ReplicaSetController())
        cluster.register(DeploymentController())
        cluster.register(GarbageCollector())
    }

    /// Runs every controller until nothing more happens at this instant.
    func settle() {
        cluster.advance(by: .zero)
    }

    func advance(seconds: Double) {
        cluster.advance(by: .seconds(seconds))
    }

    static func deployment(
        _ name: String = "order", replicas: Int = 4, image: String = "order:v1"
    ) -> Deployment {
        let labels = ["app": name]
        var spec = PodSpec(containers: [Container(name: "app", image: image)])
        spec.terminationGracePeriodSeconds = 30
        return Deployment(
            metadata: ObjectMeta(name: name, namespace: "default"),
            spec: DeploymentSpec(
                replicas: replicas, selector: LabelSelector(matchLabels: labels),
                template: PodTemplateSpec(metadata: ObjectMeta(labels: labels), spec: spec)))
    }

    @discardableResult
    func create(_ deployment: Deployment) throws -> Deployment {
        let created = try cluster.create(deployment)
        settle()
        return created
    }

    var pods: [Pod] { cluster.list(Pod.self) }
    var livePods: [Pod] { pods.filter { $0.metadata.deletionTimestamp == nil } }
    var replicaSets: [ReplicaSet] { cluster.list(ReplicaSet.self) }

    func deployment(_ name: String = "order") throws -> Deployment {
        try #require(cluster.get(Deployment.self, name))
    }

    static func isReady(_ pod: Pod) -> Bool {
        pod.status?.conditions?.contains { $0.type == "Ready" && $0.status == "True" } == true
    }

    /// Binds a pending pod to the node and makes it Running and Ready now.
    func start(_ pod: Pod) throws {
        let now = cluster.now
        try cluster.modify(Pod.self, pod.storeKey) { pod in
            if pod.spec.nodeName == nil { pod.spec.nodeName = "node-1" }
            var status = pod.status ?? PodStatus()
            status.phase = .running
            status.containerStatuses = pod.spec.containers.map { container in
                var containerStatus = ContainerStatus(
                    name: container.name, ready: true, restartCount: 0, image: container.image)
                containerStatus.state = ContainerState(running: .init(startedAt: now.timestamp))
                return containerStatus
            }
            status.conditions = [
                Condition(type: "Ready", status: "True", lastTransitionTime: now.timestamp)
            ]
            pod.status = status
        }
    }

    /// Binds a pod and leaves it Running but not Ready (a failing readiness probe).
    func startUnready(_ pod: Pod) throws {
        try start(pod)
        try markUnready(pod)
    }

    func markUnready(_ pod: Pod) throws {
        let now = cluster.now
        try cluster.modify(Pod.self, pod.storeKey) { pod in
            for index in (pod.status?.containerStatuses ?? []).indices {
                pod.status?.containerStatuses?[index].ready = false
            }
            pod.status?.conditions = [
                Condition(type: "Ready", status: "False", lastTransitionTime: now.timestamp)
            ]
        }
    }

    /// Starts every pod not yet Running (and not terminating), then settles.
    func startAllPending() throws {
        for pod in livePods where pod.status?.phase != .running { try start(pod) }
        settle()
    }

    /// The kubelet's part of a graceful deletion: terminating pods go away.
    func finishTerminations() {
        for pod in pods where pod.metadata.deletionTimestamp != nil {
            cluster.remove(Pod.self, pod.storeKey)
        }
        settle()
    }

    func pods(of replicaSet: ReplicaSet) -> [Pod] {
        pods.filter { pod in
            pod.metadata.ownerReferences?.contains { $0.uid == replicaSet.metadata.uid } == true
        }
    }

    /// Messages of the events about `object`, in order.
    func events(about object: String, reason: String? = nil) -> [String] {
        cluster.events.filter { event in
            event.object.description == object && (reason == nil || event.reason == reason)
        }.map(\.message)
    }

    func condition(_ type: String, of name: String = "order") -> Condition? {
        cluster.get(Deployment.self, name)?.status?.conditions?.first { $0.type == type }
    }
}
