import ClusterSim
import KubeModel
import Testing

/// Cases of upstream's pkg/controller/podautoscaler/replica_calculator_test.go, with its numbers,
/// replayed through the whole simulated pipeline: pods of a ReplicaSet, each given its own level
/// (usage through metrics-server, or a published custom metric), and an HPA over them.
@Suite struct ReplicaCalculatorTableTests {
    /// `TestReplicaCalcScaleUpContainer`: one container's utilisation.
    ///
    /// container1 at 300m, 500m and 700m of 1000m requested against 30 % is 50 %, so 3 pods
    /// become 5. A second container in each pod, busy and requesting little, must not count.
    @Test func containerResourceMeasuresOneContainer() throws {
        let lab = try LevelledPods(count: 3, sidecar: false)
        for (index, level) in ["300m", "500m", "700m"].enumerated() {
            lab.setUsage(pod: index, container: "container1", cpu: level)
            lab.setUsage(pod: index, container: "container2", cpu: "2")
        }
        try lab.autoscale([
            MetricSpec(
                type: .containerResource,
                containerResource: ContainerResourceMetricSource(
                    name: "cpu", container: "container1",
                    target: MetricTarget(type: .utilization, averageUtilization: 30)))
        ])
        #expect(lab.replicas == 5)
        let status = try #require(lab.hpa?.status?.currentMetrics?.first?.containerResource)
        #expect(status.current.averageUtilization == 50)
        #expect(status.current.averageValue == Quantity("500m"))
        #expect(lab.hpa?.targetsColumn() == "50%/30%")
    }

    /// `TestCalculatePodRequests`: a sidecar's request and usage count.
    ///
    /// A restartable init container adds its request to the pod's, and its usage to the pod's
    /// usage: (300m + 100m) / (1000m + 1000m) = 20 % of each pod against 10 % doubles 3 pods to
    /// 6. Counting the app container alone would say 30 %, and 9.
    @Test func sidecarRequestsAndUsageCount() throws {
        let lab = try LevelledPods(count: 3, sidecar: true)
        for index in 0..<3 {
            lab.setUsage(pod: index, container: "container1", cpu: "300m")
            lab.setUsage(pod: index, container: "sidecar", cpu: "100m")
        }
        try lab.autoscale([.cpuUtilization(10)], max: 20)
        #expect(lab.hpa?.status?.currentMetrics?.first?.resource?.current.averageUtilization == 20)
        #expect(lab.replicas == 6)
    }

    /// `TestReplicaCalcScaleUpCM`: qps 20, 10 and 30 against an average of 15 is 20, so 3 pods
    /// become 4.
    @Test func podsMetricAverages() throws {
        let lab = try LevelledPods(count: 3, sidecar: false)
        for (index, level) in ["20", "10", "30"].enumerated() {
            lab.cluster.publishPodMetric(
                "qps", selector: lab.podSelector(index), value: try #require(Quantity(level)))
        }
        try lab.autoscale([
            MetricSpec.pods(
                "qps", target: MetricTarget(type: .averageValue, averageValue: Quantity("15")))
        ])
        #expect(lab.replicas == 4)
        #expect(
            lab.hpa?.status?.currentMetrics?.first?.pods?.current.averageValue == Quantity("20"))
        #expect(lab.hpa?.targetsColumn() == "20/15")
    }

    /// `TestReplicaCalcScaleUpCMObject`: one object at 20 against a value of 15, over 3 ready
    /// pods, wants ceil(4/3 x 3) = 4.
    @Test func objectMetricValue() throws {
        let lab = try LevelledPods(count: 3, sidecar: false)
        lab.cluster.publishObjectMetric(
            "qps", kind: "Deployment", name: "some-deployment", value: try #require(Quantity("20")))
        try lab.autoscale([
            MetricSpec.object(
                "qps", on: CrossVersionObjectReference(kind: "Deployment", name: "some-deployment"),
                target: MetricTarget(type: .value, value: Quantity("15")))
        ])
        #expect(lab.replicas == 4)
        #expect(lab.hpa?.status?.currentMetrics?.first?.object?.current.value == Quantity("20"))
    }

    /// `TestReplicaCalcScaleUpCMExternal`: 8600m against a value of 4400m from 1 pod wants 2.
    @Test func externalMetricValue() throws {
        let lab = try LevelledPods(count: 1, sidecar: false)
        lab.cluster.publishExternalMetric(
            "qps", labels: ["label": "value"], value: try #require(Quantity("8600m")))
        try lab.autoscale([
            MetricSpec.external(
                "qps", selector: LabelSelector(matchLabels: ["label": "value"]),
                target: MetricTarget(type: .value, value: Quantity("4400m")))
        ])
        #expect(lab.replicas == 2)
    }

    /// `TestReplicaCalcScaleUpPerPodCMExternal`: an external total spread over the pods.
    ///
    /// 8600m over 3 pods against an average of 2150m wants ceil(8600 / 2150) = 4, and reports
    /// ceil(8600 / 3) = 2867m per pod. A series the selector does not match is not added.
    @Test func externalMetricPerPod() throws {
        let lab = try LevelledPods(count: 3, sidecar: false)
        lab.cluster.publishExternalMetric(
            "qps", labels: ["queue": "a"], value: try #require(Quantity("8600m")))
        lab.cluster.publishExternalMetric(
            "qps", labels: ["queue": "b"], value: try #require(Quantity("100")))
        try lab.autoscale([
            MetricSpec.external(
                "qps", selector: LabelSelector(matchLabels: ["queue": "a"]),
                target: MetricTarget(type: .averageValue, averageValue: Quantity("2150m")))
        ])
        #expect(lab.replicas == 4)
        #expect(
            lab.hpa?.status?.currentMetrics?.first?.external?.current.averageValue
                == Quantity("2867m"))
    }

    /// Without an adapter the custom metrics API does not exist: upstream's wording, wrapped
    /// as computeReplicasForMetric wraps it.
    @Test func noCustomMetricsAPI() throws {
        let lab = try LevelledPods(count: 2, sidecar: false)
        try lab.autoscale([
            MetricSpec.pods(
                "qps", target: MetricTarget(type: .averageValue, averageValue: Quantity("15")))
        ])
        let message =
            "unable to get metric qps: unable to fetch metrics from custom metrics API: no custom"
            + " metrics API (custom.metrics.k8s.io) registered"
        #expect(lab.events("FailedGetPodsMetric").first?.message == message)
        #expect(
            lab.events("FailedComputeMetricsReplicas").first?.message
                == "invalid metrics (1 invalid out of 1), first error is: failed to get pods"
                + " metric value: " + message)
        #expect(lab.replicas == 2)
        #expect(lab.hpa?.targetsColumn() == "<unknown>/15")
    }

    /// getContainerMetrics: a container the pods do not run is an error, not a zero.
    @Test func containerResourceOfAMissingContainer() throws {
        let lab = try LevelledPods(count: 1, sidecar: false)
        try lab.autoscale([
            MetricSpec(
                type: .containerResource,
                containerResource: ContainerResourceMetricSource(
                    name: "cpu", container: "nope",
                    target: MetricTarget(type: .utilization, averageUtilization: 30)))
        ])
        let event = try #require(lab.events("FailedGetContainerResourceMetric").first)
        #expect(
            event.message
                == "failed to get cpu utilization: unable to get metrics for resource cpu: failed"
                + " to get container metrics: container nope not present in metrics for pod"
                + " default/order-0")
    }
}

/// Bare pods `order-N` labelled `n: N`, adopted by the ReplicaSet `order`, each running
/// `container1` (1000m requested) and `container2` (100m), or a sidecar `sidecar` (1000m);
/// started long enough ago that no CPU initialisation rule applies.
private final class LevelledPods {
    let lab = AutoscalingLab()
    var cluster: Cluster { lab.cluster }

    init(count: Int, sidecar: Bool) throws {
        func container(_ name: String, cpu: String) throws -> Container {
            var container = Container(name: name, image: "jinyoung/order:stable")
            container.resources = ResourceRequirements(
                requests: ["cpu": try #require(Quantity(cpu))])
            return container
        }
        var spec = PodSpec(containers: [try container("container1", cpu: "1")])
        if sidecar {
            var shipper = try container("sidecar", cpu: "1")
            shipper.restartPolicy = .always
            spec.initContainers = [shipper]
        } else {
            spec.containers.append(try container("container2", cpu: "100m"))
        }
        for index in 0..<count {
            var labels = AutoscalingLab.labels
            labels["n"] = String(index)
            try cluster.create(
                Pod(metadata: ObjectMeta(name: "order-\(index)", labels: labels), spec: spec))
        }
        try cluster.create(
            ReplicaSet(
                metadata: ObjectMeta(name: "order"),
                spec: ReplicaSetSpec(
                    replicas: count, selector: AutoscalingLab.selector,
                    template: PodTemplateSpec(
                        metadata: ObjectMeta(labels: AutoscalingLab.labels), spec: spec))))
        cluster.advance(by: .seconds(330))
    }

    func podSelector(_ index: Int) -> LabelSelector {
        LabelSelector(matchLabels: ["n": String(index)])
    }

    func setUsage(pod index: Int, container: String, cpu: String) {
        cluster.setUsage(
            selector: podSelector(index), container: container, cpu: Quantity(cpu), memory: nil)
    }

    /// An HPA over the ReplicaSet, reconciled once after a full metrics window.
    func autoscale(_ metrics: [MetricSpec], max: Int = 10) throws {
        cluster.advance(by: .seconds(30))
        try cluster.create(
            HorizontalPodAutoscaler(
                metadata: ObjectMeta(name: "order"),
                spec: HorizontalPodAutoscalerSpec(
                    scaleTargetRef: CrossVersionObjectReference(
                        kind: "ReplicaSet", name: "order", apiVersion: "apps/v1"),
                    minReplicas: 1, maxReplicas: max, metrics: metrics)))
        cluster.advance(by: .zero)
    }

    var replicas: Int { cluster.get(ReplicaSet.self, "order")?.spec.replicas ?? 0 }
    var hpa: HorizontalPodAutoscaler? { lab.hpa }
    func events(_ reason: String) -> [ClusterEvent] { lab.events(reason) }
}

extension MetricSpec {
    fileprivate static func pods(_ name: String, target: MetricTarget) -> MetricSpec {
        var spec = MetricSpec(type: .pods)
        spec.pods = PodsMetricSource(metric: MetricIdentifier(name: name), target: target)
        return spec
    }

    fileprivate static func object(
        _ name: String, on object: CrossVersionObjectReference, target: MetricTarget
    ) -> MetricSpec {
        var spec = MetricSpec(type: .object)
        spec.object = ObjectMetricSource(
            describedObject: object, target: target, metric: MetricIdentifier(name: name))
        return spec
    }

    fileprivate static func external(
        _ name: String, selector: LabelSelector, target: MetricTarget
    ) -> MetricSpec {
        var spec = MetricSpec(type: .external)
        spec.external = ExternalMetricSource(
            metric: MetricIdentifier(name: name, selector: selector), target: target)
        return spec
    }
}
