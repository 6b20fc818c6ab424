import ClusterSim
import Foundation
import KubeModel

/// A blue/green node group migration at scale: 1,000 blue nodes, 30,000 pods (300 Deployments
/// of 100, each with a PodDisruptionBudget); once they are Ready, a siege on three Services and
/// a green group of 1,000 nodes, then every blue node cordoned and drained, 100 drains in flight.
enum BlueGreenBenchmark {
    /// `LABKIT_BENCH_SCALE=0.1` runs a tenth of it (100 nodes, 3,000 pods, 10 drains at once).
    static let scale =
        ProcessInfo.processInfo.environment["LABKIT_BENCH_SCALE"].flatMap(Double.init) ?? 1
    static let nodes = max(3, Int(1_000 * scale))
    static let deployments = max(3, Int(300 * scale))
    static let replicas = 100
    static let drainsInFlight = max(1, Int(100 * scale))

    static func run() {
        let clock = WallClock()
        var configuration = BenchmarkWorkloads.configuration(
            nodes: 0, cpu: 32, memoryGiB: 128, zones: 3, timeline: false)
        configuration.controlPlaneVersion = "1.29"
        let cluster = Cluster.standard(
            configuration: configuration, images: BenchmarkWorkloads.catalog)
        _ = try? cluster.createNodeGroup(group("blue", version: "1.29"))
        waitActive(cluster)
        for index in 0..<deployments {
            let name = "app-\(index)"
            _ = try? cluster.create(
                BenchmarkWorkloads.deployment(name, replicas: replicas, readiness: true))
            _ = try? cluster.create(budget(name))
        }
        for index in 0..<3 { _ = try? cluster.create(service("app-\(index)")) }
        let total = deployments * replicas
        advance(cluster, until: { readyPods($0) == total }, limit: 1800)
        let setupWall = clock.seconds
        report("bluegreen: setup (\(nodes) nodes, \(total) pods)", wall(setupWall), target: "-")
        // The siege starts once every pod is Ready: its availability is the migration's.
        let loads = (0..<3).map { index in
            let spec = LoadSpec(
                name: "siege-\(index)", concurrency: 5, duration: .seconds(6 * 3600),
                delay: .seconds(1), target: LoadTarget(service: "app-\(index)", port: 8080))
            return LoadGenerator(spec, in: cluster)
        }

        let virtualStart = cluster.now
        let wallStart = clock.seconds
        _ = try? cluster.upgradeControlPlane(to: "1.30")
        _ = try? cluster.createNodeGroup(group("green", version: "1.30"))
        waitActive(cluster)
        let blue = cluster.list(Node.self).filter {
            $0.metadata.labels?["eks.amazonaws.com/nodegroup"] == "blue"
        }.compactMap(\.metadata.name)
        for node in blue { _ = try? cluster.cordon(node: node) }
        let pending = DrainQueue(nodes: blue)
        for _ in 0..<drainsInFlight { pending.startNext(in: cluster) }
        var lowest = total
        var reported = 0
        advance(
            cluster,
            until: { cluster in
                lowest = min(lowest, readyPods(cluster))
                if pending.finished >= reported + blue.count / 10 {
                    reported = pending.finished
                    report(
                        "bluegreen: drained \(reported) of \(blue.count)",
                        String(format: "%.0f s virtual", (cluster.now - virtualStart).seconds),
                        target: wall(clock.seconds - wallStart))
                }
                return pending.finished == blue.count
            }, limit: 6 * 3600)
        advance(cluster, until: { readyPods($0) == total }, limit: 600)
        let migrationVirtual = (cluster.now - virtualStart).seconds
        let migrationWall = clock.seconds - wallStart
        report(
            "bluegreen: migration virtual time", String(format: "%.0f s", migrationVirtual),
            target: "-")
        report("bluegreen: migration wall time", wall(migrationWall), target: "-")
        report(
            "bluegreen: virtual s per wall s",
            String(format: "%.0f", migrationVirtual / migrationWall),
            target: "≥ 200")
        report(
            "bluegreen: drains ok / failed", "\(pending.succeeded) / \(pending.failed)",
            target: "\(blue.count) / 0")
        report("bluegreen: lowest ready pods (each second)", "\(lowest) of \(total)", target: "-")
        for load in loads {
            let result = load.report(at: cluster.now)
            report(
                "bluegreen: \(result.name) availability",
                LoadReport.fixed(result.availability) + " % of \(result.transactions)",
                target: "100 %")
        }
        report("bluegreen: events processed", "\(cluster.processedEvents)", target: "-")
        report(
            "bluegreen: peak RSS", String(format: "%.0f MB", Double(ProcessMemory.peak) / 1e6),
            target: "-")
    }

    static func group(_ name: String, version: String) -> NodeGroupSpec {
        NodeGroupSpec(
            name: name, cpu: Quantity(units: 32),
            memory: Quantity(units: 128 << 30, format: .binarySI), maxPods: 110,
            minSize: nodes, maxSize: nodes * 2, desiredSize: nodes, kubernetesVersion: version)
    }

    static func waitActive(_ cluster: Cluster) {
        advance(
            cluster, until: { $0.nodeGroups.allSatisfy { $0.status == .active } }, limit: 1800)
    }

    /// Advances one virtual second at a time until `condition` holds (checking it after every
    /// event would cost a scan of 30,000 pods per event).
    static func advance(_ cluster: Cluster, until condition: (Cluster) -> Bool, limit: Int) {
        for _ in 0..<limit {
            if condition(cluster) { return }
            cluster.advance(by: .seconds(1))
        }
    }

    /// Ready pods of the workload (EKS's add-on pods in kube-system are not counted).
    static func readyPods(_ cluster: Cluster) -> Int {
        cluster.count(Pod.self) { pod in
            pod.metadata.namespace == "default"
                && pod.status?.conditions?.contains { $0.type == "Ready" && $0.status == "True" }
                    == true
        }
    }

    static func budget(_ name: String) -> PodDisruptionBudget {
        PodDisruptionBudget(
            metadata: ObjectMeta(name: name),
            spec: PodDisruptionBudgetSpec(
                maxUnavailable: .string("10%"),
                selector: LabelSelector(matchLabels: ["app": name])))
    }

    static func service(_ name: String) -> Service {
        var spec = ServiceSpec()
        spec.selector = ["app": name]
        spec.ports = [ServicePort(port: 8080, targetPort: .int(8080))]
        return Service(metadata: ObjectMeta(name: name), spec: spec)
    }

    static func wall(_ seconds: Double) -> String {
        String(format: "%.2f s wall", seconds)
    }
}

/// Blue nodes waiting to be drained; each finished drain starts the next.
final class DrainQueue {
    private var waiting: [String]
    private(set) var succeeded = 0
    private(set) var failed = 0
    var finished: Int { succeeded + failed }

    init(nodes: [String]) {
        waiting = nodes.reversed()
    }

    func startNext(in cluster: Cluster) {
        guard let node = waiting.popLast() else { return }
        let options = DrainOptions(
            ignoreDaemonSets: true, deleteEmptyDirData: true, timeout: .seconds(1800))
        do {
            try cluster.drain(node: node, options: options) { [weak self] cluster, result in
                if result.succeeded { self?.succeeded += 1 } else { self?.failed += 1 }
                self?.startNext(in: cluster)
            }
        } catch {
            failed += 1
            startNext(in: cluster)
        }
    }
}
