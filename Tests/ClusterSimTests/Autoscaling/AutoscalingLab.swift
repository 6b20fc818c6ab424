import ClusterSim
import KubeModel
import Testing

/// A standard cluster plus metrics-server and the HPA controller, with one image in its
/// catalogue, and helpers to deploy `order` and autoscale it.
final class AutoscalingLab {
    let cluster: Cluster
    let metricsServer = MetricsServer()
    let autoscaler = HorizontalPodAutoscalerController()

    static let order = ImageProfile(
        pullSeconds: 1, startSeconds: 1, listenAfterSeconds: 2, ports: [8080],
        cpuMillicoresPerRequest: 5, idleCpuMillicores: 3, memoryMiB: 288)

    init(nodes: Int = 2, withMetrics: Bool = true) {
        let size = NodeTemplate(name: "", cpu: Quantity(units: 16))
        let configuration = ClusterConfiguration(
            nodes: NodeTemplate.fleet(count: nodes, size: size).map { $0.makeNode() })
        let images = ImageCatalog(images: [
            ImageEntry(repository: "jinyoung/order", tags: ["*"], profile: Self.order)
        ])
        // The standard set with this lab's own metrics-server and autoscaler (or none).
        let others = Cluster.standardControllers(images: images).filter {
            !($0 is MetricsServer) && !($0 is HorizontalPodAutoscalerController)
        }
        let autoscaling: [any Controller] =
            withMetrics ? [metricsServer, autoscaler] : [autoscaler]
        cluster = Cluster.booted(configuration: configuration, controllers: others + autoscaling)
    }

    static let labels = ["app": "order"]
    static let selector = LabelSelector(matchLabels: labels)

    func deploy(replicas: Int, cpuRequest: String? = "200m") throws {
        var container = Container(name: "order", image: "jinyoung/order:stable")
        container.ports = [ContainerPort(containerPort: 8080)]
        if let cpuRequest {
            container.resources = ResourceRequirements(
                requests: ["cpu": try #require(Quantity(cpuRequest))])
        }
        try cluster.create(
            Deployment(
                metadata: ObjectMeta(name: "order"),
                spec: DeploymentSpec(
                    replicas: replicas, selector: Self.selector,
                    template: PodTemplateSpec(
                        metadata: ObjectMeta(labels: Self.labels),
                        spec: PodSpec(containers: [container])))))
        try cluster.create(
            Service(
                metadata: ObjectMeta(name: "order"),
                spec: ServiceSpec(ports: [ServicePort(port: 8080)], selector: Self.labels)))
    }

    /// `kubectl autoscale deployment order --cpu-percent=... --min=... --max=...`.
    func autoscale(
        min: Int, max: Int, cpuPercent: Int, behavior: HorizontalPodAutoscalerBehavior? = nil
    ) throws {
        var spec = HorizontalPodAutoscalerSpec(
            scaleTargetRef: CrossVersionObjectReference(
                kind: "Deployment", name: "order", apiVersion: "apps/v1"),
            minReplicas: min, maxReplicas: max, metrics: [.cpuUtilization(cpuPercent)])
        spec.behavior = behavior
        try cluster.create(HorizontalPodAutoscaler(metadata: ObjectMeta(name: "order"), spec: spec))
    }

    func setCPU(_ text: String) {
        cluster.setUsage(
            selector: Self.selector, namespace: "default", cpu: Quantity(text), memory: nil)
    }

    var replicas: Int { cluster.get(Deployment.self, "order")?.spec.replicas ?? 0 }

    var hpa: HorizontalPodAutoscaler? { cluster.get(HorizontalPodAutoscaler.self, "order") }

    func condition(_ type: String) -> Condition? {
        hpa?.status?.conditions?.first { $0.type == type }
    }

    /// (seconds, new size) of every SuccessfulRescale so far.
    var rescales: [(Double, String)] {
        cluster.events.filter { $0.reason == "SuccessfulRescale" }.map {
            ($0.time.seconds, $0.message)
        }
    }

    func events(_ reason: String) -> [ClusterEvent] {
        cluster.events.filter { $0.reason == reason }
    }

    /// Runs until `condition` holds (or `limit` seconds pass); the time it held.
    func time(until condition: () -> Bool, limit: Double = 1200) -> Double? {
        cluster.run(until: { _ in condition() }, timeout: .seconds(limit))
            ? cluster.now.seconds : nil
    }
}
