import ClusterSim
import KubeModel
import Testing

@Suite struct AutoscalingMetricsTests {
    @Test func topPodsShowsIdleUsageLikeKubectl() throws {
        let lab = AutoscalingLab()
        try lab.deploy(replicas: 1)
        lab.cluster.advance(by: .seconds(1))
        let error = #expect(throws: APIError.self) { try lab.cluster.topPods() }
        #expect(error?.message == "metrics not available yet")
        lab.cluster.advance(by: .seconds(30))
        let lines = try lab.cluster.topPods()
        let name = try #require(lab.cluster.list(Pod.self).first?.metadata.name)
        let pad = String(repeating: " ", count: name.count + 3 - 4)
        #expect(
            lines == [
                "NAME" + pad + "CPU(cores)   MEMORY(bytes)",
                name + "   3m           288Mi",
            ])
        let nodes = try lab.cluster.topNodes()
        #expect(nodes.first == "NAME     CPU(cores)   CPU%   MEMORY(bytes)   MEMORY%")
        #expect(nodes.count == 3)
    }

    @Test func withoutMetricsServerTheAPIIsNotAvailable() throws {
        let lab = AutoscalingLab(withMetrics: false)
        try lab.deploy(replicas: 1)
        lab.cluster.advance(by: .seconds(30))
        do {
            _ = try lab.cluster.topPods()
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "Metrics API not available")
        }
        #expect(
            lab.cluster.podMetrics(try #require(lab.cluster.list(Pod.self).first).storeKey)
                == nil)
    }

    /// Load through the Service raises CPU: idle 3m + requests/s × 5 m·s.
    @Test func loadRaisesCPUAndTheAutoscalerScalesOut() throws {
        let lab = AutoscalingLab()
        try lab.deploy(replicas: 1)
        lab.cluster.advance(by: .seconds(30))
        try lab.autoscale(min: 1, max: 3, cpuPercent: 50)
        let spec = LoadSpec(
            name: "siege", concurrency: 20, duration: .seconds(40),
            target: try #require(LoadTarget(url: "http://order:8080/orders")))
        _ = LoadGenerator(spec, in: lab.cluster)
        lab.cluster.advance(by: .seconds(45))
        #expect(lab.replicas == 3)
        let utilization =
            lab.hpa?.status?.currentMetrics?.first?.resource?.current
            .averageUtilization ?? 0
        #expect(utilization > 50)
    }

    /// A day of virtual time with load on and off keeps every internal list bounded.
    @Test func aLongRunKeepsMemoryFlat() throws {
        let lab = AutoscalingLab()
        try lab.deploy(replicas: 1)
        try lab.autoscale(min: 1, max: 5, cpuPercent: 50)
        for hour in 0..<24 {
            lab.setCPU(hour % 2 == 0 ? "400m" : "20m")
            if hour % 6 == 0 {
                let spec = LoadSpec(
                    name: "siege", concurrency: 5, duration: .seconds(60), delay: .seconds(1),
                    target: try #require(LoadTarget(url: "http://order:8080/orders")))
                _ = LoadGenerator(spec, in: lab.cluster)
            }
            lab.cluster.advance(by: .seconds(3600))
            let pods = lab.cluster.list(Pod.self).count
            let metrics = lab.metricsServer.retainedCounts
            #expect(metrics.ledgers <= pods && metrics.podSamples <= pods)
            #expect(metrics.rules == 1)
            let history = lab.autoscaler.retainedCounts
            #expect(history.autoscalers == 1)
            #expect(history.recommendations <= 22)
            #expect(history.scaleEvents == 0)
        }
        #expect(lab.rescales.count >= 20)
    }
}
