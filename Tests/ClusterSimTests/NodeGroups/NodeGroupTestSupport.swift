import ClusterSim
import KubeModel
import Testing

/// A standard cluster with no static nodes, the node group controller and (optionally) the
/// cluster autoscaler registered as in the standard cluster (the autoscaler only when asked).
func nodeGroupCluster(autoscaler: Bool = false, version: String = "1.29") -> Cluster {
    let controllers = Cluster.standardControllers(images: ImageCatalog()).filter {
        autoscaler || !($0 is ClusterAutoscaler)
    }
    return Cluster.booted(
        configuration: ClusterConfiguration(controlPlaneVersion: version), controllers: controllers)
}

func webDeployment(_ name: String = "web", replicas: Int, cpu: String) -> Deployment {
    let labels = ["app": name]
    var container = Container(name: "app", image: "nginx:1.25")
    container.resources = ResourceRequirements(requests: ["cpu": Quantity(cpu) ?? .zero])
    return Deployment(
        metadata: ObjectMeta(name: name, namespace: "default"),
        spec: DeploymentSpec(
            replicas: replicas, selector: LabelSelector(matchLabels: labels),
            template: PodTemplateSpec(
                metadata: ObjectMeta(labels: labels), spec: PodSpec(containers: [container]))))
}

extension Cluster {
    /// The workload's pods (kube-system's add-ons left out).
    var livePods: [Pod] {
        list(Pod.self, namespace: "default").filter { $0.metadata.deletionTimestamp == nil }
    }
    var boundPods: [Pod] { livePods.filter { $0.spec.nodeName != nil } }
    var pendingPods: [Pod] { livePods.filter { $0.spec.nodeName == nil } }

    func nodes(inGroup group: String) -> [Node] {
        list(Node.self).filter { $0.metadata.labels?["eks.amazonaws.com/nodegroup"] == group }
    }

    func eventMessages(_ reason: String) -> [String] {
        events.filter { $0.reason == reason }.map(\.message)
    }
}
