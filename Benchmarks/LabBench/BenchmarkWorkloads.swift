import ClusterSim
import Foundation
import KubeModel

/// The objects the benchmarks create: a catalogue with one fast image, node fleets, deployments.
enum BenchmarkWorkloads {
    static let catalog: ImageCatalog = {
        let json = """
            {"images": [{"repository": "bench/app", "tags": ["*"], "profile": {
              "pullSeconds": 2, "startSeconds": 1, "listenAfterSeconds": 5, "ports": [8080],
              "cpuMillicoresPerRequest": 2, "idleCpuMillicores": 1, "memoryMiB": 32,
              "shutdown": {"mode": "graceful", "drainSeconds": 1}}}]}
            """
        return (try? JSONDecoder().decode(ImageCatalog.self, from: Data(json.utf8)))
            ?? ImageCatalog()
    }()

    static func configuration(nodes: Int, cpu: Int, memoryGiB: Int, zones: Int, timeline: Bool)
        -> ClusterConfiguration
    {
        let size = NodeTemplate(
            name: "", cpu: Quantity(units: Int64(cpu)),
            memory: Quantity(units: Int64(memoryGiB) << 30, format: .binarySI))
        let fleet = NodeTemplate.fleet(
            count: nodes, zones: (0..<zones).map { "zone-\($0)" }, size: size)
        var standard = StorageClass(
            metadata: ObjectMeta(name: "standard"), provisioner: "ebs.csi.aws.com")
        standard.metadata.annotations = ["storageclass.kubernetes.io/is-default-class": "true"]
        return ClusterConfiguration(
            seed: 7, nodes: fleet.map { $0.makeNode() }, storageClasses: [standard],
            recordsTimeline: timeline)
    }

    static func deployment(
        _ name: String, replicas: Int, image: String = "bench/app:v1", readiness: Bool
    )
        -> Deployment
    {
        var container = Container(name: "app", image: image)
        container.ports = [ContainerPort(containerPort: 8080)]
        container.resources = ResourceRequirements(requests: ["cpu": Quantity(milliValue: 10)])
        if readiness {
            var probe = Probe(httpGet: HTTPGetAction(path: "/", port: .int(8080)))
            probe.periodSeconds = 5
            container.readinessProbe = probe
        }
        let labels = ["app": name]
        return Deployment(
            metadata: ObjectMeta(name: name, labels: labels),
            spec: DeploymentSpec(
                replicas: replicas, selector: LabelSelector(matchLabels: labels),
                template: PodTemplateSpec(
                    metadata: ObjectMeta(labels: labels), spec: PodSpec(containers: [container]))))
    }
}
