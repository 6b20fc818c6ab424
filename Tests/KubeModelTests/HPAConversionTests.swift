import KubeModel
import Testing

@Suite struct HPAConversionTests {
    static func v1(_ target: String) -> String {
        #"{"apiVersion":"autoscaling/v1","kind":"HorizontalPodAutoscaler","metadata":{"name":"h"},"spec":{"scaleTargetRef":{"apiVersion":"apps/v1","kind":"Deployment","name":"order"},"maxReplicas":10\#(target)}}"#
    }

    @Test func explicitTargetBecomesOneCPUMetric() throws {
        let v1 = try defaulted(
            HorizontalPodAutoscalerV1.self, Self.v1(#","targetCPUUtilizationPercentage":50"#))
        #expect(v1.spec.minReplicas == 1)
        let v2 = v1.converted()
        #expect(v2.apiVersion == "autoscaling/v1")
        #expect(v2.spec.metrics == [.cpuUtilization(50)])
        #expect(v2.spec.metrics?[0].resource?.target.type == .utilization)
        #expect(v2.spec.minReplicas == 1)
        #expect(v2.spec.maxReplicas == 10)
        #expect(v2.spec.scaleTargetRef.name == "order")
        #expect(v2.spec.behavior == nil)
    }

    @Test func absentTargetDefaultsTo80() throws {
        let v1 = try defaulted(HorizontalPodAutoscalerV1.self, Self.v1(""))
        #expect(v1.spec.targetCPUUtilizationPercentage == nil)
        #expect(v1.converted().spec.metrics == [.cpuUtilization(80)])
    }

    @Test func kubeResourceConvertsV1() throws {
        let v1 = try decode(HorizontalPodAutoscalerV1.self, Self.v1(""))
        let resource = try #require(KubeResource(v1))
        guard case .horizontalPodAutoscaler(let hpa) = resource else {
            Issue.record("expected an autoscaler, got \(resource)")
            return
        }
        #expect(hpa.spec.metrics?.count == 1)
        #expect(resource.key == ObjectKey(kind: "HorizontalPodAutoscaler", name: "h"))
    }
}

@Suite struct QoSTests {
    static func spec(_ resources: [String]) throws -> PodSpec {
        let containers = resources.enumerated().map { index, json in
            #"{"name":"c\#(index)","image":"x:1"\#(json.isEmpty ? "" : ",\"resources\":" + json)}"#
        }
        var pod = try decode(
            Pod.self,
            #"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"containers":[\#(containers.joined(separator: ","))]}}"#
        )
        pod.applyDefaults()
        return pod.spec
    }

    @Test func guaranteedWhenLimitsEqualRequests() throws {
        let full = #"{"limits":{"cpu":"500m","memory":"1Gi"}}"#
        #expect(try Self.spec([full, full]).qosClass == .guaranteed)
        let explicit =
            #"{"limits":{"cpu":"1","memory":"1Gi"},"requests":{"cpu":"1000m","memory":"1024Mi"}}"#
        #expect(try Self.spec([explicit]).qosClass == .guaranteed)
    }

    @Test func burstableCases() throws {
        #expect(try Self.spec([#"{"requests":{"cpu":"100m"}}"#]).qosClass == .burstable)
        #expect(try Self.spec([#"{"limits":{"cpu":"1"}}"#]).qosClass == .burstable)
        let lower = #"{"limits":{"cpu":"1","memory":"1Gi"},"requests":{"cpu":"500m"}}"#
        #expect(try Self.spec([lower]).qosClass == .burstable)
        let full = #"{"limits":{"cpu":"1","memory":"1Gi"}}"#
        #expect(try Self.spec([full, ""]).qosClass == .burstable)
    }

    @Test func bestEffortWithoutResources() throws {
        #expect(try Self.spec(["", ""]).qosClass == .bestEffort)
        #expect(
            try Self.spec([#"{"requests":{"ephemeral-storage":"1Gi"}}"#]).qosClass == .bestEffort)
    }
}
