import ClusterSim
import Foundation
import KubeModel

/// A long HPA run: one Deployment under an HPA, siege load that rises and falls every hour,
/// until about 10^8 events are processed (or the wall budget is spent), with the resident
/// memory sampled along the way: it must stay flat (nothing grows with virtual time).
enum HPALongBenchmark {
    static let targetEvents: UInt64 = 100_000_000
    static let wallBudget = 240.0

    static func run() {
        let clock = WallClock()
        let cluster = Cluster.standard(
            configuration: BenchmarkWorkloads.configuration(
                nodes: 10, cpu: 8, memoryGiB: 32, zones: 3, timeline: false),
            images: BenchmarkWorkloads.catalog)
        _ = try? cluster.create(
            BenchmarkWorkloads.deployment("order", replicas: 2, readiness: true))
        _ = try? cluster.create(BlueGreenBenchmark.service("order"))
        let metric = MetricSpec(
            type: .resource,
            resource: ResourceMetricSource(
                name: "cpu", target: MetricTarget(type: .utilization, averageUtilization: 50)))
        _ = try? cluster.create(
            HorizontalPodAutoscaler(
                metadata: ObjectMeta(name: "order"),
                spec: HorizontalPodAutoscalerSpec(
                    scaleTargetRef: CrossVersionObjectReference(
                        kind: "Deployment", name: "order", apiVersion: "apps/v1"),
                    minReplicas: 1, maxReplicas: 20, metrics: [metric])))
        var hour = 0
        var samples: [String] = []
        var maxReplicas = 0
        while cluster.processedEvents < targetEvents, clock.seconds < wallBudget {
            // Busy half-hours with 40 users, quiet half-hours with 2.
            for (users, minutes) in [(40, 30), (2, 30)] {
                let spec = LoadSpec(
                    name: "siege", concurrency: users, duration: .seconds(Double(minutes * 60)),
                    target: LoadTarget(service: "order", port: 8080))
                _ = LoadGenerator(spec, in: cluster)
                cluster.advance(by: .seconds(Double(minutes * 60)))
                let replicas = cluster.get(Deployment.self, "order")?.spec.replicas ?? 0
                maxReplicas = max(maxReplicas, replicas)
            }
            hour += 1
            if hour == 1 || hour % 2 == 0 {
                samples.append(
                    String(
                        format: "h%d: %.1fM ev, %.0f MB", hour,
                        Double(cluster.processedEvents) / 1e6,
                        Double(ProcessMemory.resident) / 1e6))
            }
        }
        let wall = clock.seconds
        report(
            "hpa-long: events processed", "\(cluster.processedEvents)", target: "≈ 10^8")
        report(
            "hpa-long: virtual time", "\(hour) h in \(String(format: "%.1f", wall)) s",
            target: "-")
        report(
            "hpa-long: events per wall s",
            String(format: "%.0f", Double(cluster.processedEvents) / wall), target: "-")
        report("hpa-long: highest replica count", "\(maxReplicas)", target: "> 2")
        for sample in samples { report("hpa-long: RSS sample", sample, target: "flat") }
    }
}
