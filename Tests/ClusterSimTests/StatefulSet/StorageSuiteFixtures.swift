import ClusterSim
import KubeModel

/// Clusters and objects for the StatefulSet, storage and DaemonSet suites.
enum StorageSuiteFixtures {
    /// A cluster with `zones.count` Ready nodes (`node-1` in `zones[0]`, ...), the storage and
    /// workload controllers, the garbage collector and the test node agent.
    static func cluster(
        zones: [String?] = ["zone-a", "zone-b", "zone-c"], classes: [StorageClass] = []
    ) throws -> (Cluster, StorageSuiteNodeAgent) {
        let cluster = Cluster()
        for (index, zone) in zones.enumerated() {
            try cluster.create(node("node-\(index + 1)", zone: zone))
        }
        for storageClass in classes { try cluster.create(storageClass) }
        let agent = StorageSuiteNodeAgent()
        cluster.register(StatefulSetController())
        cluster.register(DaemonSetController())
        cluster.register(PersistentVolumeController())
        cluster.register(PVCProtectionController())
        cluster.register(GarbageCollector())
        cluster.register(agent)
        return (cluster, agent)
    }

    static func node(_ name: String, zone: String?, taints: [Taint]? = nil) -> Node {
        var labels = ["kubernetes.io/hostname": name]
        if let zone { labels["topology.kubernetes.io/zone"] = zone }
        var status = NodeStatus()
        status.conditions = [Condition(type: "Ready", status: "True")]
        return Node(
            metadata: ObjectMeta(name: name, labels: labels),
            spec: taints.map { NodeSpec(taints: $0) }, status: status)
    }

    static func storageClass(
        _ name: String, mode: VolumeBindingMode = .immediate, isDefault: Bool = false,
        reclaim: PersistentVolumeReclaimPolicy? = nil, provisioner: String = "driver.longhorn.io"
    ) -> StorageClass {
        var storageClass = StorageClass(
            metadata: ObjectMeta(
                name: name,
                annotations: isDefault ? [StorageClass.defaultClassAnnotation: "true"] : nil),
            provisioner: provisioner)
        storageClass.volumeBindingMode = mode
        storageClass.reclaimPolicy = reclaim
        return storageClass
    }

    static func claimSpec(_ size: String, className: String?) -> PersistentVolumeClaimSpec {
        PersistentVolumeClaimSpec(
            accessModes: [.readWriteOnce],
            resources: VolumeResourceRequirements(requests: [
                "storage": Quantity(size) ?? Quantity(units: 0)
            ]),
            storageClassName: className)
    }

    /// Seed 002's `stateful-pvc`, with `replicas` and an optional claim template of `className`.
    static func statefulSet(
        _ name: String = "web", replicas: Int = 3, claimClass: String?? = .some("fast"),
        serviceName: String? = "stateful-headless", image: String = "kubetm/app"
    ) -> StatefulSet {
        let container = Container(name: "container", image: image)
        let template = PodTemplateSpec(
            metadata: ObjectMeta(labels: ["type": "db2"]),
            spec: PodSpec(containers: [container]))
        var set = StatefulSet(
            metadata: ObjectMeta(name: name),
            spec: StatefulSetSpec(
                replicas: replicas, selector: LabelSelector(matchLabels: ["type": "db2"]),
                template: template, serviceName: serviceName))
        if case .some(let className) = claimClass {
            set.spec.volumeClaimTemplates = [
                PersistentVolumeClaimTemplate(
                    metadata: ObjectMeta(name: "volume"),
                    spec: claimSpec("1G", className: className))
            ]
        }
        return set
    }

    /// Events with `reason`, in order.
    static func events(_ cluster: Cluster, _ reason: String) -> [ClusterEvent] {
        cluster.events.filter { $0.reason == reason }
    }

    static func setReplicas(_ cluster: Cluster, _ name: String, _ replicas: Int) throws {
        try cluster.modify(StatefulSet.self, cluster.key(StatefulSet.self, name)) {
            $0.spec.replicas = replicas
        }
    }
}
