import ClusterSim
import KubeModel
import Testing

/// What the API server refuses to change once an object exists, in kubectl's words.
@Suite("Update validation")
struct UpdateValidationTests {
    static func statefulSet(replicas: Int = 1, serviceName: String = "web") -> StatefulSet {
        let labels = ["app": "web"]
        var spec = StatefulSetSpec(
            replicas: replicas, selector: LabelSelector(matchLabels: labels),
            template: PodTemplateSpec(
                metadata: ObjectMeta(labels: labels),
                spec: PodSpec(containers: [Container(name: "web", image: "nginx:1.25")])))
        spec.serviceName = serviceName
        // As a manifest arrives: defaulted, like the stored object it is compared with.
        var set = StatefulSet(metadata: ObjectMeta(name: "web"), spec: spec)
        set.applyDefaults()
        return set
    }

    @Test func aStatefulSetChangesOnlyItsAllowedFields() throws {
        let cluster = Cluster.standard()
        try cluster.create(Self.statefulSet())
        try cluster.update(Self.statefulSet(replicas: 3))
        #expect(
            throws: APIError.self,
            performing: { try cluster.update(Self.statefulSet(replicas: 3, serviceName: "db")) })
        let error = #expect(throws: APIError.self) {
            try cluster.update(Self.statefulSet(serviceName: "db"))
        }
        #expect(
            error?.description
                == "The StatefulSet \"web\" is invalid: spec: Forbidden: updates to "
                + "statefulset spec for fields other than 'replicas', 'ordinals', 'template', "
                + "'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and "
                + "'minReadySeconds' are forbidden")
        #expect(cluster.get(StatefulSet.self, "web")?.spec.serviceName == "web")
    }

    @Test func aDeploymentsSelectorIsImmutable() throws {
        let cluster = Cluster.standard()
        var deployment = Deployment(
            metadata: ObjectMeta(name: "order"),
            spec: DeploymentSpec(
                replicas: 1, selector: LabelSelector(matchLabels: ["app": "order"]),
                template: PodTemplateSpec(
                    metadata: ObjectMeta(labels: ["app": "order"]),
                    spec: PodSpec(containers: [Container(name: "order", image: "nginx")]))))
        try cluster.create(deployment)
        deployment.spec.selector = LabelSelector(
            matchLabels: ["tier": "web", "app": "order"],
            matchExpressions: [LabelSelectorRequirement(key: "env", operator: .in, values: ["a"])])
        do {
            try cluster.update(deployment)
            Issue.record("the selector changed")
        } catch {
            #expect(
                error.description
                    == "The Deployment \"order\" is invalid: spec.selector: Invalid value: "
                    + "v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"order\", "
                    + "\"tier\":\"web\"}, MatchExpressions:[]v1.LabelSelectorRequirement{"
                    + "v1.LabelSelectorRequirement{Key:\"env\", Operator:\"In\", "
                    + "Values:[]string{\"a\"}}}}: field is immutable")
        }
    }

    @Test func aServicesClusterIPMayNotChangeOnceSet() throws {
        let cluster = Cluster.standard()
        var service = Service(
            metadata: ObjectMeta(name: "web"),
            spec: ServiceSpec(ports: [ServicePort(port: 80)], selector: ["app": "web"]))
        try cluster.create(service)
        service.spec.clusterIP = "None"
        do {
            try cluster.update(service)
            Issue.record("the cluster IP changed")
        } catch {
            #expect(
                error.description
                    == "The Service \"web\" is invalid: spec.clusterIPs[0]: Invalid value: "
                    + "[]string{\"None\"}: may not change once set")
        }
        service.spec.clusterIP = nil
        service.spec.ports = [ServicePort(port: 8080)]
        #expect(try cluster.update(service).spec.ports?.first?.port == 8080)
    }

    static func pod(image: String = "nginx:1.25", cpu: String? = nil) -> Pod {
        var container = Container(name: "web", image: image)
        if let cpu, let quantity = Quantity(cpu) {
            container.resources = ResourceRequirements(requests: ["cpu": quantity])
        }
        var pod = Pod(metadata: ObjectMeta(name: "web"), spec: PodSpec(containers: [container]))
        pod.applyDefaults()
        return pod
    }

    /// ValidatePodUpdate: an image may change, resources may not; a manifest that leaves out
    /// the node keeps the binding.
    @Test func aPodsSpecIsFixedButForItsImages() throws {
        let cluster = Cluster.standard(
            configuration: ClusterConfiguration(nodes: [NodeTemplate(name: "node-1").makeNode()]))
        try cluster.create(Self.pod())
        cluster.advance(by: .seconds(5))
        let node = try #require(cluster.get(Pod.self, "web")?.spec.nodeName)
        try cluster.update(Self.pod(image: "nginx:1.26"))
        #expect(cluster.get(Pod.self, "web")?.spec.nodeName == node)
        #expect(cluster.get(Pod.self, "web")?.spec.containers[0].image == "nginx:1.26")
        do {
            try cluster.update(Self.pod(image: "nginx:1.26", cpu: "100m"))
            Issue.record("the pod's resources changed")
        } catch {
            #expect(
                error.description
                    == "The Pod \"web\" is invalid: spec: Forbidden: pod updates may not change "
                    + "fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,"
                    + "`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing "
                    + "tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 "
                    + "if it was previously negative)")
        }
        #expect(cluster.get(Pod.self, "web")?.spec.containers[0].resources?.requests == nil)
    }

    @Test func aPodMayGainTolerationsButNotLoseThem() throws {
        let cluster = Cluster.standard()
        var pod = Self.pod()
        let first = Toleration(key: "a", operator: .exists, effect: .noSchedule)
        pod.spec.tolerations = [first]
        try cluster.create(pod)
        pod.spec.tolerations = [first, Toleration(key: "b", operator: .exists)]
        try cluster.update(pod)
        pod.spec.tolerations = []
        #expect(throws: APIError.self, performing: { try cluster.update(pod) })
    }
}
