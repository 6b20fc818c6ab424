import ClusterSim
import KubeModel

/// A cluster with one node, a kubelet with a small catalogue, and helpers to run pods.
struct KubeletFixture {
    let cluster = Cluster()
    let kubelet: Kubelet

    static let order = ImageProfile(
        pullSeconds: 4.5, startSeconds: 1.5, listenAfterSeconds: 16, ports: [8080],
        healthPaths: ["/orders", "/actuator/health"], cpuMillicoresPerRequest: 5,
        idleCpuMillicores: 3, memoryMiB: 288,
        shutdown: ShutdownProfile(mode: .graceful, drainSeconds: 1))

    static let catalog = ImageCatalog(images: [
        ImageEntry(repository: "jinyoung/order", tags: ["stable", "canary"], profile: order),
        ImageEntry(
            repository: "gcr.io/google-samples/kubernetes-bootcamp", tags: ["v1"],
            missingTags: ["v10"],
            profile: ImageProfile(pullSeconds: 5, startSeconds: 1, listenAfterSeconds: 1)),
        ImageEntry(
            repository: "leaky", tags: ["*"],
            profile: ImageProfile(
                pullSeconds: 1, startSeconds: 1, listenAfterSeconds: 2,
                healthPaths: ["/health"], liveness: LivenessProfile(unhealthyAfterSeconds: 60))),
        ImageEntry(
            repository: "stubborn", tags: ["*"],
            profile: ImageProfile(
                pullSeconds: 1, startSeconds: 1, listenAfterSeconds: 1,
                shutdown: ShutdownProfile(mode: .ignoresSigterm))),
    ])

    init() throws {
        kubelet = Kubelet(catalog: Self.catalog)
        cluster.register(kubelet)
        try cluster.create(Node(metadata: ObjectMeta(name: "node-1")))
    }

    /// Creates a pod and binds it to node-1 at once, as the scheduler would.
    @discardableResult
    func run(
        _ name: String, image: String, labels: [String: String] = ["app": "order"],
        configure: (inout Container) -> Void = { _ in }
    ) throws -> ObjectKey {
        var container = Container(name: "order", image: image)
        container.ports = [ContainerPort(containerPort: 8080, name: "http")]
        configure(&container)
        let pod = Pod(
            metadata: ObjectMeta(name: name, labels: labels),
            spec: PodSpec(containers: [container]))
        let key = try cluster.create(pod).storeKey
        try cluster.modify(Pod.self, key) { $0.spec.nodeName = "node-1" }
        return key
    }

    func pod(_ key: ObjectKey) -> Pod? { cluster.get(Pod.self, key) }

    func isReady(_ key: ObjectKey) -> Bool {
        pod(key)?.status?.conditions?.contains { $0.type == "Ready" && $0.status == "True" }
            ?? false
    }

    func waiting(_ key: ObjectKey) -> String? {
        pod(key)?.status?.containerStatuses?.first?.state?.waiting?.reason
    }

    func events(_ key: ObjectKey, _ reason: String) -> [ClusterEvent] {
        cluster.events.filter { $0.object == key && $0.reason == reason }
    }

    /// Advances until `condition` holds; returns the time it first held.
    func time(until condition: () -> Bool, limit: Double = 600) -> VirtualTime? {
        cluster.run(until: { _ in condition() }, timeout: .seconds(limit)) ? cluster.now : nil
    }

    static let seedReadinessProbe: Probe = {
        var probe = Probe(httpGet: HTTPGetAction(path: "/orders", port: 8080))
        probe.initialDelaySeconds = 10
        probe.timeoutSeconds = 2
        probe.periodSeconds = 5
        probe.failureThreshold = 10
        return probe
    }()
}
