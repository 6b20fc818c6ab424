public import KubeModel

/// One sample of a pod's resource use, as the Metrics API (`metrics.k8s.io/v1beta1`
/// `PodMetrics`) serves it: each container's average over `window` ending at `timestamp`.
public struct PodMetrics: Sendable, Hashable {
    public var pod: ObjectKey
    /// The node the pod runs on.
    public var node: String
    /// The running containers (app containers, then sidecars), as `containers[]` lists them.
    public var containers: [ContainerMetrics]
    /// When the window ended.
    public var timestamp: VirtualTime
    /// How long the sample averages over (metrics-server's `--metric-resolution`, 15 s).
    public var window: VirtualTime

    public init(
        pod: ObjectKey, node: String, containers: [ContainerMetrics], timestamp: VirtualTime,
        window: VirtualTime
    ) {
        self.pod = pod
        self.node = node
        self.containers = containers
        self.timestamp = timestamp
        self.window = window
    }

    /// CPU of all containers in millicores (`3m`), as `kubectl top pod` sums it.
    public var cpu: Quantity {
        Quantity(milliValue: containers.reduce(0) { $0 + $1.cpu.milliValue })
    }

    /// Working-set memory of all containers (`288Mi`).
    public var memory: Quantity {
        Quantity(units: containers.reduce(0) { $0 + $1.memory.value }, format: .binarySI)
    }

    /// The named container's sample, nil when it does not run.
    public func container(_ name: String) -> ContainerMetrics? {
        containers.first { $0.name == name }
    }
}

/// One container's part of a `PodMetrics` sample.
public struct ContainerMetrics: Sendable, Hashable {
    public var name: String
    /// CPU in millicores, averaged over the window.
    public var cpu: Quantity
    /// Working-set memory in bytes, at the end of the window.
    public var memory: Quantity

    public init(name: String, cpu: Quantity, memory: Quantity) {
        self.name = name
        self.cpu = cpu
        self.memory = memory
    }
}
