import ClusterSim
import Foundation
import KubeModel

/// Virtual seconds per wall second at lab scale: three nodes, a Deployment rolled out every
/// minute, a StatefulSet scaled up and down, six hours of cluster time.
enum LabScaleBenchmark {
    static func run() {
        let cluster = Cluster.standard(
            configuration: BenchmarkWorkloads.configuration(
                nodes: 3, cpu: 4, memoryGiB: 16, zones: 3, timeline: true),
            images: BenchmarkWorkloads.catalog)
        _ = try? cluster.create(
            BenchmarkWorkloads.deployment("order", replicas: 3, readiness: true))
        let hours = 6.0
        let clock = WallClock()
        var minute = 0
        while cluster.now.seconds < hours * 3600 {
            minute += 1
            let image = minute % 2 == 0 ? "bench/app:v1" : "bench/app:v2"
            _ = try? cluster.setImage(
                kind: "deployment", name: "order", container: "app", image: image)
            _ = try? cluster.scale(kind: "deployment", name: "order", replicas: minute % 3 + 2)
            cluster.advance(by: .seconds(60))
        }
        let wall = clock.seconds
        let ratio = cluster.now.seconds / wall
        report("lab scale: virtual s per wall s", String(format: "%.0f", ratio), target: "≥ 10000")
        report(
            "lab scale: events processed",
            "\(cluster.processedEvents) in \(String(format: "%.2f", wall)) s",
            target: "-")
    }
}
