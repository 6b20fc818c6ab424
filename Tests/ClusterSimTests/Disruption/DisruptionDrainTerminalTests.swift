import ClusterSim
import KubeModel
import Testing

/// Finished pods and the newer drain flags, as upstream's tables have them:
/// staging/src/k8s.io/kubectl/pkg/cmd/drain/drain_test.go `TestDrain` (rows "DS-managed
/// terminated pod", "Job-managed terminated pod", "terminated pod with emptyDir": no flags, the
/// pod is deleted and the node drained), staging/src/k8s.io/kubectl/pkg/drain/filters.go (every
/// filter lets a Succeeded or Failed pod through) and pkg/registry/core/pod/storage/eviction.go
/// `canIgnorePDB` (a finished pod is evicted whatever its budget says).
@Suite("Disruption: drain and finished pods")
struct DisruptionDrainTerminalTests {
    typealias F = DisruptionFixtures

    static let catalog = ImageCatalog(images: [
        ImageEntry(
            repository: "web", tags: ["*"],
            profile: ImageProfile(pullSeconds: 1, startSeconds: 1, listenAfterSeconds: 1)),
        ImageEntry(
            repository: "fails", tags: ["*"],
            profile: ImageProfile(
                pullSeconds: 1, startSeconds: 1, listenAfterSeconds: 1, exitsAfterSeconds: 2,
                exitCode: 1)),
        ImageEntry(
            repository: "succeeds", tags: ["*"],
            profile: ImageProfile(
                pullSeconds: 1, startSeconds: 1, listenAfterSeconds: 1, exitsAfterSeconds: 2,
                exitCode: 0)),
    ])

    static func cluster(nodes: Int = 2) -> Cluster {
        let templates = NodeTemplate.fleet(count: nodes, size: NodeTemplate(name: ""))
        return Cluster.standard(
            configuration: ClusterConfiguration(nodes: templates.map { $0.makeNode() }),
            images: catalog)
    }

    /// One row of `TestDrain`: a finished pod owned as the row says, on node-1.
    struct Row: Sendable, CustomTestStringConvertible {
        var description: String
        var image: String
        var owner: String?
        var emptyDir = false
        var phase: PodPhase
        var testDescription: String { description }
    }

    static let rows = [
        Row(
            description: "DS-managed terminated pod", image: "fails", owner: "DaemonSet",
            phase: .failed),
        Row(
            description: "Job-managed terminated pod", image: "succeeds", owner: "Job",
            emptyDir: true, phase: .succeeded),
        Row(
            description: "terminated pod with emptyDir", image: "fails",
            owner: "ReplicationController",
            emptyDir: true, phase: .failed),
        Row(description: "naked failed pod (no --force)", image: "fails", phase: .failed),
    ]

    @Test(arguments: rows)
    func aFinishedPodIsDeletedWithoutAnyFlag(_ row: Row) throws {
        let cluster = Self.cluster()
        var pod = F.pod("bar", node: "node-1") { spec in
            spec.containers[0].image = "\(row.image):1"
            spec.restartPolicy = .never
            if row.emptyDir {
                var volume = Volume(name: "scratch")
                volume.emptyDir = EmptyDirVolumeSource()
                spec.volumes = [volume]
            }
        }
        if let kind = row.owner {
            // The owner need not exist: a finished pod is deleted before anyone looks it up.
            pod.metadata.ownerReferences = [
                OwnerReference(
                    apiVersion: kind == "Job" ? "batch/v1" : "apps/v1", kind: kind, name: "owner",
                    uid: "owner-uid", controller: true)
            ]
        }
        try cluster.create(pod)
        cluster.advance(by: .seconds(10))
        #expect(cluster.get(Pod.self, "bar")?.status?.phase == row.phase)
        let outcome = try DisruptionDrainTests.drain(cluster, "node-1", DrainOptions())
        #expect(cluster.run(until: { _ in outcome.result != nil }, timeout: .seconds(60)))
        #expect(
            outcome.result?.lines == [
                "node/node-1 cordoned", "evicting pod default/bar", "pod/bar evicted",
                "node/node-1 drained",
            ])
        #expect(cluster.get(Pod.self, "bar") == nil)
    }

    @Test func aFailedPodIsEvictedWhateverItsBudget() throws {
        let cluster = Self.cluster()
        try cluster.create(
            F.pod("bar", node: "node-1") { spec in
                spec.containers[0].image = "fails:1"
                spec.restartPolicy = .never
            })
        // minAvailable 1 of the one matching pod, which is not healthy: no disruption allowed.
        try cluster.create(F.budget("bar", app: "bar", minAvailable: .int(1)))
        cluster.advance(by: .seconds(10))
        #expect(cluster.get(PodDisruptionBudget.self, "bar")?.status?.disruptionsAllowed == 0)
        try cluster.evict(pod: cluster.key(Pod.self, "bar"))
        cluster.advance(by: .seconds(1))
        #expect(cluster.get(Pod.self, "bar") == nil)
    }

    /// drain.go `waitForDelete` with `--skip-wait-for-delete-timeout=N` (filters.go
    /// `shouldSkipPod`): a pod whose deletion timestamp (now + its 30 s grace) is more than N
    /// seconds past, such as one on a node that stopped answering, is no longer waited for.
    @Test func skipWaitForDeleteTimeoutStopsWaitingForAStuckPod() throws {
        let cluster = Self.cluster()
        try cluster.create(F.deployment("web", replicas: 1))
        cluster.advance(by: .seconds(10))
        let pod = try #require(F.livePods(cluster, app: "web").first)
        let name = pod.metadata.name ?? ""
        let node = try #require(pod.spec.nodeName)
        try cluster.failNode(node)
        let start = cluster.now
        let outcome = try DisruptionDrainTests.drain(
            cluster, node, DrainOptions(skipWaitForDeleteTimeoutSeconds: 10))
        #expect(cluster.run(until: { _ in outcome.result != nil }, timeout: .seconds(120)))
        #expect(
            outcome.result?.lines == [
                "node/\(node) cordoned", "evicting pod default/\(name)",
                "pod \"\(name)\" has DeletionTimestamp older than 10 seconds, skipping",
                "node/\(node) drained",
            ])
        // Deadline at +30 s; skipped once more than 10 whole seconds past it, at the 1 s poll.
        #expect(cluster.now - start == .seconds(41))
        #expect(cluster.get(Pod.self, pod.storeKey)?.metadata.deletionTimestamp != nil)
    }

    /// cmd/drain/drain.go `RunDrain`: every node cordoned first; a node that fails does not
    /// stop the next; the pending nodes and the aggregated error come once, at the end.
    @Test func severalNodesAreCordonedThenDrainedInTurn() throws {
        let cluster = Self.cluster(nodes: 3)
        try cluster.create(F.pod("bare", node: "node-1"))
        cluster.advance(by: .seconds(10))
        final class Box { var result: DrainResult?; var nodes: [String] = [] }
        let box = Box()
        try cluster.drain(
            nodes: ["node-1", "node-2"], options: DrainOptions(),
            nodeFinished: { _, node, _ in box.nodes.append(node) },
            completion: { _, result in box.result = result })
        #expect(cluster.run(until: { _ in box.result != nil }, timeout: .seconds(60)))
        let error =
            "cannot delete Pods that declare no controller (use --force to override): "
            + "default/bare"
        #expect(
            box.result?.lines == [
                "node/node-1 cordoned", "node/node-2 cordoned",
                "error: unable to drain node \"node-1\" due to error: \(error), "
                    + "continuing command...",
                "node/node-2 drained",
                "There are pending nodes to be drained:", " node-1",
                "error: \(error)",
            ])
        #expect(box.nodes == ["node-1", "node-2"])
        #expect(throws: APIError.notFound("nodes", "nope")) {
            try cluster.drain(
                nodes: ["node-3", "nope"], options: DrainOptions(), nodeFinished: { _, _, _ in },
                completion: { _, _ in })
        }
        #expect(cluster.get(Node.self, "node-3")?.spec?.unschedulable == nil)
    }
}

/// staging/src/k8s.io/kubectl/pkg/drain/filters_test.go `TestSkipDeletedFilter`: with
/// `--skip-wait-for-delete-timeout=20`, a pod whose deletion timestamp is 0 or 1 s old is still
/// evicted (and waited for); one 100 s old is skipped.
@Suite("Disruption: skip-wait-for-delete-timeout")
struct DisruptionSkipDeletedTests {
    typealias F = DisruptionFixtures

    @Test(arguments: [(0, 20, true), (1, 20, true), (100, 20, false)])
    func skipDeletedFilter(age: Int, skipAfter: Int, expectedDelete: Bool) throws {
        let cluster = DisruptionDrainTerminalTests.cluster()
        var pod = F.pod("pod", node: "node-1")
        pod.metadata.finalizers = ["example.com/hold"]
        try cluster.create(pod)
        cluster.advance(by: .seconds(10))
        // A node that stopped answering, and a deletion its finalizer holds: the pod stays,
        // its deletion timestamp now.
        try cluster.failNode("node-1")
        try cluster.delete(Pod.self, cluster.key(Pod.self, "pod"), gracePeriodSeconds: 0)
        cluster.advance(by: .seconds(Double(age)))
        let outcome = try DisruptionDrainTests.drain(
            cluster, "node-1",
            DrainOptions(force: true, skipWaitForDeleteTimeoutSeconds: skipAfter))
        #expect(cluster.run(until: { _ in outcome.result != nil }, timeout: .seconds(60)))
        let lines = try #require(outcome.result?.lines)
        #expect(lines.contains("evicting pod default/pod") == expectedDelete)
        #expect(lines.last == "node/node-1 drained")
        #expect(cluster.get(Pod.self, "pod") != nil)
    }
}
