import ClusterSim
import Foundation
import KubeModel

/// 5,000 nodes and 150,000 pods created, scheduled and Running in one process.
enum ScaleBenchmark {
    static func run() {
        let nodes = 5_000
        let deployments = 1_500
        let replicas = 100
        let total = deployments * replicas
        let clock = WallClock()
        let cluster = Cluster.standard(
            configuration: BenchmarkWorkloads.configuration(
                nodes: nodes, cpu: 32, memoryGiB: 128, zones: 3, timeline: false),
            images: BenchmarkWorkloads.catalog)
        let boot = clock.seconds
        for index in 0..<deployments {
            _ = try? cluster.create(
                BenchmarkWorkloads.deployment("app-\(index)", replicas: replicas, readiness: false))
        }
        var scheduledAt: Double?
        var runningAt: Double?
        for _ in 0..<2_000 {
            cluster.advance(by: .seconds(1))
            // Counted in place: a copy of 150,000 pods each second would add to the peak.
            let scheduled = cluster.count(Pod.self) { $0.spec.nodeName != nil }
            let running = cluster.count(Pod.self) { $0.status?.phase == .running }
            if scheduledAt == nil, scheduled == total { scheduledAt = clock.seconds }
            if running == total {
                runningAt = clock.seconds
                break
            }
        }
        let schedulingWall = (scheduledAt ?? clock.seconds) - boot
        report("scale: boot \(nodes) nodes", String(format: "%.2f s", boot), target: "-")
        report(
            "scale: \(total) pods created + scheduled",
            String(format: "%.2f s wall", schedulingWall),
            target: "-")
        report(
            "scale: scheduling rate", String(format: "%.0f pods/s", Double(total) / schedulingWall),
            target: "≥ 5000 pods/s")
        report(
            "scale: all Running",
            runningAt.map { String(format: "%.2f s wall", $0) } ?? "not reached",
            target: "completes")
        report(
            "scale: peak RSS", String(format: "%.0f MB", Double(ProcessMemory.peak) / 1e6),
            target: "≤ 500 MB")
        report(
            "scale: RSS at the end",
            String(format: "%.0f MB", Double(ProcessMemory.resident) / 1e6),
            target: "-")
        report("scale: virtual time", "\(cluster.now)", target: "-")
    }
}
