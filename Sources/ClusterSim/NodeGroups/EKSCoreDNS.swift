public import KubeModel

/// The cluster DNS every EKS cluster runs as an add-on: the `coredns` Deployment (two
/// replicas, 100m cpu and 70Mi requested), its PodDisruptionBudget (one pod at a time) and the
/// `kube-dns` Service, all in kube-system.
///
/// A drain on EKS evicts its pods like any other; the budget keeps one answering. Its
/// preferred anti-affinity (one replica per node) is left to the scheduler's default spreading.
enum EKSCoreDNS {
    static let name = "coredns"
    static let labels = ["k8s-app": "kube-dns", "eks.amazonaws.com/component": "coredns"]
    static let image = "\(EKSAddons.registry)/eks/coredns"
    /// The tenth address of the service range, as kubeadm and EKS give `kube-dns`.
    static let clusterIP = "10.96.0.10"

    static var deployment: Deployment {
        var container = Container(name: name, image: "\(image):v1.11.1-eksbuild.4")
        container.resources = ResourceRequirements(
            limits: ["memory": Quantity(units: 170 << 20, format: .binarySI)],
            requests: [
                "cpu": Quantity(milliValue: 100),
                "memory": Quantity(units: 70 << 20, format: .binarySI),
            ])
        container.ports = [
            ContainerPort(containerPort: 53, name: "dns", protocol: .udp),
            ContainerPort(containerPort: 53, name: "dns-tcp", protocol: .tcp),
            ContainerPort(containerPort: 9153, name: "metrics", protocol: .tcp),
        ]
        var liveness = Probe(httpGet: HTTPGetAction(path: "/health", port: .int(8080)))
        liveness.initialDelaySeconds = 60
        liveness.timeoutSeconds = 5
        liveness.failureThreshold = 5
        container.livenessProbe = liveness
        container.readinessProbe = Probe(httpGet: HTTPGetAction(path: "/ready", port: .int(8181)))
        var pod = PodSpec(containers: [container])
        pod.priorityClassName = "system-cluster-critical"
        pod.tolerations = [
            Toleration(key: "CriticalAddonsOnly", operator: .exists),
            Toleration(key: "node-role.kubernetes.io/control-plane", effect: .noSchedule),
        ]
        var spec = DeploymentSpec(
            replicas: 2, selector: LabelSelector(matchLabels: labels),
            template: PodTemplateSpec(metadata: ObjectMeta(labels: labels), spec: pod))
        spec.strategy = DeploymentStrategy(
            type: .rollingUpdate, rollingUpdate: RollingUpdateDeployment(maxUnavailable: .int(1)))
        return Deployment(
            metadata: ObjectMeta(name: name, namespace: EKSAddons.namespace, labels: labels),
            spec: spec)
    }

    static var budget: PodDisruptionBudget {
        PodDisruptionBudget(
            metadata: ObjectMeta(name: name, namespace: EKSAddons.namespace, labels: labels),
            spec: PodDisruptionBudgetSpec(
                maxUnavailable: .int(1), selector: LabelSelector(matchLabels: labels)))
    }

    static var service: Service {
        var spec = ServiceSpec(
            type: .clusterIP,
            ports: [
                ServicePort(name: "dns", port: 53, targetPort: .int(53)),
                ServicePort(name: "dns-tcp", port: 53, targetPort: .int(53)),
                ServicePort(name: "metrics", port: 9153, targetPort: .int(9153)),
            ],
            selector: ["k8s-app": "kube-dns"])
        spec.ports?[0].protocol = .udp
        spec.clusterIP = clusterIP
        return Service(
            metadata: ObjectMeta(
                name: "kube-dns", namespace: EKSAddons.namespace, labels: labels),
            spec: spec)
    }

    /// CoreDNS answers its health on /health (8080) and readiness on /ready (8181) a moment
    /// after it starts; the EKS AMI does not cache its image.
    static let imageEntry = ImageEntry(
        repository: image, tags: ["*"],
        profile: ImageProfile(
            pullSeconds: 3, startSeconds: 1, listenAfterSeconds: 1, ports: [53, 8080, 8181, 9153],
            healthPaths: ["/health", "/ready"], idleCpuMillicores: 2, memoryMiB: 15))
}
