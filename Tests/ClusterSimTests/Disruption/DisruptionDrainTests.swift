import ClusterSim
import KubeModel
import Testing

@Suite("Disruption: cordon and drain")
struct DisruptionDrainTests {
    typealias F = DisruptionFixtures

    final class Outcome {
        var result: DrainResult?
    }

    static func drain(_ cluster: Cluster, _ node: String, _ options: DrainOptions) throws
        -> Outcome
    {
        let outcome = Outcome()
        try cluster.drain(node: node, options: options) { _, result in outcome.result = result }
        return outcome
    }

    @Test func cordonTaintsTheNodeAndUncordonUntaints() throws {
        let cluster = F.cluster()
        #expect(try cluster.cordon(node: "node-1") == "node/node-1 cordoned")
        #expect(try cluster.cordon(node: "node-1") == "node/node-1 already cordoned")
        cluster.advance(by: .seconds(1))
        let taints = cluster.get(Node.self, "node-1")?.spec?.taints ?? []
        #expect(taints == [Taint(key: "node.kubernetes.io/unschedulable", effect: .noSchedule)])
        #expect(try cluster.uncordon(node: "node-1") == "node/node-1 uncordoned")
        cluster.advance(by: .seconds(1))
        #expect(cluster.get(Node.self, "node-1")?.spec?.taints == nil)
        #expect(throws: APIError.notFound("nodes", "nope")) { try cluster.cordon(node: "nope") }
    }

    @Test func filtersRefuseDaemonSetBareAndEmptyDirPods() throws {
        let cluster = F.cluster()
        try cluster.create(F.pod("bare", node: "node-1"))
        try cluster.create(
            F.pod("scratch", node: "node-1") { spec in
                var volume = Volume(name: "tmp")
                volume.emptyDir = EmptyDirVolumeSource()
                spec.volumes = [volume]
            })
        cluster.advance(by: .seconds(10))
        let outcome = try Self.drain(cluster, "node-1", DrainOptions())
        cluster.advance(by: .seconds(1))
        let error =
            "[cannot delete Pods that declare no controller (use --force to override): "
            + "default/bare, "
            + "cannot delete Pods with local storage (use --delete-emptydir-data to override): "
            + "default/scratch]"
        #expect(
            outcome.result
                == DrainResult(
                    succeeded: false,
                    lines: [
                        "node/node-1 cordoned",
                        "error: unable to drain node \"node-1\" due to error: \(error), "
                            + "continuing command...",
                        "There are pending nodes to be drained:",
                        " node-1",
                        "error: \(error)",
                    ], error: error))
        #expect(cluster.list(Pod.self).count == 2)
    }

    @Test func daemonSetPodsNeedIgnoreDaemonSets() throws {
        let cluster = F.cluster(nodes: 1)
        try cluster.create(
            DaemonSet(
                metadata: ObjectMeta(name: "agent"),
                spec: DaemonSetSpec(
                    selector: LabelSelector(matchLabels: ["app": "agent"]),
                    template: F.template("agent"))))
        cluster.advance(by: .seconds(10))
        let pod = try #require(cluster.list(Pod.self).first?.metadata.name)
        let refused = try Self.drain(cluster, "node-1", DrainOptions())
        cluster.advance(by: .seconds(1))
        #expect(
            refused.result?.error
                == "cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): "
                + "default/\(pod)")
        let ignored = try Self.drain(cluster, "node-1", DrainOptions(ignoreDaemonSets: true))
        cluster.advance(by: .seconds(1))
        #expect(
            ignored.result?.lines == [
                "node/node-1 already cordoned",
                "Warning: ignoring DaemonSet-managed Pods: default/\(pod)",
                "node/node-1 drained",
            ])
    }

    @Test func aBudgetWithNoRoomBlocksTheDrainUntilTimeout() throws {
        let cluster = F.cluster()
        try cluster.create(F.deployment("web", replicas: 2))
        try cluster.create(F.budget("web", app: "web", minAvailable: 2))
        cluster.advance(by: .seconds(30))
        let pod = try #require(F.livePods(cluster, app: "web").first)
        let name = pod.metadata.name ?? ""
        let node = pod.spec.nodeName ?? ""
        let outcome = try Self.drain(cluster, node, DrainOptions(timeout: .seconds(12)))
        cluster.advance(by: .seconds(30))
        let refusal =
            "error when evicting pods/\"\(name)\" -n \"default\" (will retry after 5s): "
            + "Cannot evict pod as it would violate the pod's disruption budget."
        let error =
            "error when evicting pods/\"\(name)\" -n \"default\": global timeout reached: 12s"
        let result = try #require(outcome.result)
        #expect(!result.succeeded)
        #expect(
            result.lines == [
                "node/\(node) cordoned",
                "evicting pod default/\(name)", refusal,
                "evicting pod default/\(name)", refusal,
                "evicting pod default/\(name)", refusal,
                "evicting pod default/\(name)",
                "There are pending pods in node \"\(node)\" when an error occurred: \(error)",
                "pod/\(name)",
                "error: unable to drain node \"\(node)\" due to error: \(error), "
                    + "continuing command...",
                "There are pending nodes to be drained:",
                " \(node)",
                "error: \(error)",
            ])
        #expect(cluster.get(Pod.self, pod.storeKey) != nil)
        let scenarioLines = cluster.timeline.entries.filter { $0.category == .scenario }
        #expect(scenarioLines.map(\.text) == result.lines)
    }

    @Test func theDrainWaitsForAReplacementBeforeTheNextEviction() throws {
        let cluster = F.cluster(nodes: 2)
        try cluster.cordon(node: "node-2")
        try cluster.create(F.deployment("web", replicas: 2))
        try cluster.create(F.budget("web", app: "web", minAvailable: 1))
        cluster.advance(by: .seconds(30))
        try cluster.uncordon(node: "node-2")
        let names = F.livePods(cluster, app: "web").map { $0.metadata.name ?? "" }.sorted()
        #expect(names.count == 2)
        let outcome = try Self.drain(cluster, "node-1", DrainOptions())
        let drained = cluster.run(until: { _ in outcome.result != nil }, timeout: .seconds(300))
        #expect(drained)
        let result = try #require(outcome.result)
        #expect(result.succeeded)
        #expect(result.lines.first == "node/node-1 cordoned")
        #expect(result.lines.last == "node/node-1 drained")
        #expect(
            result.lines.filter {
                $0.hasSuffix(
                    "(will retry after 5s): Cannot evict pod "
                        + "as it would violate the pod's disruption budget.")
            }.count >= 1)
        for name in names { #expect(result.lines.contains("pod/\(name) evicted")) }
        let live = F.livePods(cluster, app: "web")
        #expect(live.count == 2)
        #expect(live.allSatisfy { $0.spec.nodeName == "node-2" })
    }
}
