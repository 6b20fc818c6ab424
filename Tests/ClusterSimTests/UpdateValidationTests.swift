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
        do {
            try cluster.update(Self.statefulSet(serviceName: "db"))
        } catch {
            #expect(
                error.description
                    == "The StatefulSet \"web\" is invalid: spec: Forbidden: updates to "
                    + "statefulset spec for fields other than 'replicas', 'ordinals', 'template', "
                    + "'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and "
                    + "'minReadySeconds' are forbidden")
        }
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
}
