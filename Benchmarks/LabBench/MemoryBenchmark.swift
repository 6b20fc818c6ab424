import ClusterSim
import Foundation
import KubeModel

/// Memory per simulated pod: resident memory added by 20,000 Running pods, divided by 20,000
/// (everything the simulation keeps per pod: object, scheduler cache, kubelet state, indexes).
enum MemoryBenchmark {
    static func run() {
        let pods = 20_000
        let cluster = Cluster.standard(
            configuration: BenchmarkWorkloads.configuration(
                nodes: 200, cpu: 64, memoryGiB: 256, zones: 3, timeline: false),
            images: BenchmarkWorkloads.catalog)
        cluster.advance(by: .seconds(1))
        let before = ProcessMemory.resident
        for index in 0..<(pods / 100) {
            _ = try? cluster.create(
                BenchmarkWorkloads.deployment("app-\(index)", replicas: 100, readiness: false))
        }
        var running = 0
        for _ in 0..<600 {
            cluster.advance(by: .seconds(5))
            running = cluster.count(Pod.self) { $0.status?.phase == .running }
            if running == pods { break }
        }
        let perPod = Double(ProcessMemory.resident - before) / Double(max(1, running))
        report(
            "memory per simulated pod (\(running) Running)", String(format: "%.0f bytes", perPod),
            target: "≤ 2048 bytes")
    }
}
