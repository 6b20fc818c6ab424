import ClusterSim
import KubeModel

/// A standard cluster of three nodes with the disruption, node lifecycle and eviction
/// controllers registered, and helpers to run workloads on it.
enum DisruptionFixtures {
    static let catalog = ImageCatalog(images: [
        ImageEntry(
            repository: "web", tags: ["*"],
            profile: ImageProfile(
                pullSeconds: 1, startSeconds: 1, listenAfterSeconds: 1, memoryMiB: 100))
    ])

    static func cluster(nodes: Int = 3, memoryMiB: Int64 = 8192) -> Cluster {
        let size = NodeTemplate(
            name: "", memory: Quantity(units: memoryMiB * 1024 * 1024, format: .binarySI))
        let templates = NodeTemplate.fleet(count: nodes, size: size)
        let configuration = ClusterConfiguration(nodes: templates.map { $0.makeNode() })
        return Cluster.standard(configuration: configuration, images: catalog)
    }

    static func template(_ app: String) -> PodTemplateSpec {
        PodTemplateSpec(
            metadata: ObjectMeta(labels: ["app": app]),
            spec: PodSpec(containers: [Container(name: app, image: "web:1")]))
    }

    static func deployment(_ name: String, replicas: Int) -> Deployment {
        Deployment(
            metadata: ObjectMeta(name: name),
            spec: DeploymentSpec(
                replicas: replicas, selector: LabelSelector(matchLabels: ["app": name]),
                template: template(name)))
    }

    static func budget(
        _ name: String, app: String, minAvailable: IntOrString? = nil,
        maxUnavailable: IntOrString? = nil
    ) -> PodDisruptionBudget {
        PodDisruptionBudget(
            metadata: ObjectMeta(name: name),
            spec: PodDisruptionBudgetSpec(
                minAvailable: minAvailable, maxUnavailable: maxUnavailable,
                selector: LabelSelector(matchLabels: ["app": app])))
    }

    /// A bare pod pinned to `node`.
    static func pod(_ name: String, node: String, configure: (inout PodSpec) -> Void = { _ in })
        -> Pod
    {
        var spec = PodSpec(containers: [Container(name: name, image: "web:1")])
        spec.nodeName = node
        configure(&spec)
        return Pod(metadata: ObjectMeta(name: name, labels: ["app": name]), spec: spec)
    }

    static func livePods(_ cluster: Cluster, app: String) -> [Pod] {
        cluster.list(Pod.self).filter {
            $0.metadata.labels?["app"] == app && $0.metadata.deletionTimestamp == nil
                && $0.status?.phase != .failed
        }
    }

    static func isReady(_ pod: Pod) -> Bool {
        pod.status?.conditions?.contains { $0.type == "Ready" && $0.status == "True" } ?? false
    }

    static func events(_ cluster: Cluster, _ reason: String) -> [ClusterEvent] {
        cluster.events.filter { $0.reason == reason }
    }
}
