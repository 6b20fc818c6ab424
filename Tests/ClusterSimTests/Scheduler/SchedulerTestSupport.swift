import ClusterSim
import Foundation
import KubeModel

/// A cluster with the garbage collector and the scheduler registered and `nodes` booted.
func schedulerCluster(
    _ nodes: [NodeTemplate], seed: UInt64 = 1, storageClasses: [StorageClass] = []
) -> Cluster {
    let cluster = Cluster(
        configuration: ClusterConfiguration(
            seed: seed, nodes: nodes.map { $0.makeNode() }, storageClasses: storageClasses))
    cluster.register(GarbageCollector())
    cluster.register(Scheduler())
    cluster.bootNodesAndStorage()
    return cluster
}

/// A one-container pod requesting `cpu` and `memory`.
func testPod(
    _ name: String, cpu: String? = nil, memory: String? = nil, labels: [String: String] = [:]
) -> Pod {
    var container = Container(name: "app", image: "nginx:1.25")
    var requests: [String: Quantity] = [:]
    if let cpu { requests["cpu"] = Quantity(cpu) }
    if let memory { requests["memory"] = Quantity(memory) }
    if !requests.isEmpty { container.resources = ResourceRequirements(requests: requests) }
    return Pod(
        metadata: ObjectMeta(name: name, namespace: "default", labels: labels),
        spec: PodSpec(containers: [container]))
}

func node(_ name: String, cpu: String = "2", zone: String? = nil) -> NodeTemplate {
    NodeTemplate(
        name: name, cpu: Quantity(cpu) ?? .zero,
        memory: Quantity("8Gi") ?? .zero, zone: zone)
}

extension Cluster {
    func nodeName(of pod: String) -> String? {
        get(Pod.self, pod)?.spec.nodeName
    }

    func failedScheduling(_ pod: String) -> [String] {
        events.filter { $0.reason == "FailedScheduling" && $0.object.name == pod }.map(\.message)
    }

    func settle() {
        advance(by: .seconds(1))
    }
}

/// KubeModel's `PodAffinity` has no public initializer: build it as the YAML loader would.
func decodePodAffinity(_ json: String) throws -> PodAffinity {
    try JSONDecoder().decode(PodAffinity.self, from: Data(json.utf8))
}
