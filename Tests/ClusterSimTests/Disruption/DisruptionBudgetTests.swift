import ClusterSim
import KubeModel
import Testing

@Suite("Disruption: PodDisruptionBudget status and eviction")
struct DisruptionBudgetTests {
    typealias F = DisruptionFixtures

    @Test(
        arguments: [
            (IntOrString.int(2), nil, 4, 2, 2),
            (IntOrString.string("50%"), nil, 4, 2, 2),
            (IntOrString.string("30%"), nil, 4, 2, 2),
            (nil, IntOrString.int(1), 4, 3, 1),
            (nil, IntOrString.string("30%"), 4, 2, 2),
        ] as [(IntOrString?, IntOrString?, Int, Int, Int)])
    func statusFollowsUpstreamArithmetic(
        minAvailable: IntOrString?, maxUnavailable: IntOrString?, expected: Int, desired: Int,
        allowed: Int
    ) throws {
        let cluster = F.cluster()
        try cluster.create(F.deployment("web", replicas: 4))
        try cluster.create(
            F.budget("web", app: "web", minAvailable: minAvailable, maxUnavailable: maxUnavailable))
        cluster.advance(by: .seconds(30))
        let status = try #require(cluster.get(PodDisruptionBudget.self, "web")?.status)
        #expect(status.expectedPods == expected)
        #expect(status.currentHealthy == 4)
        #expect(status.desiredHealthy == desired)
        #expect(status.disruptionsAllowed == allowed)
        #expect(status.observedGeneration == 1)
        let condition = status.conditions?.first { $0.type == "DisruptionAllowed" }
        #expect(condition?.status == "True")
        #expect(condition?.reason == "SufficientPods")
    }

    @Test func evictionIsRefusedWith429WhenNoDisruptionIsAllowed() throws {
        let cluster = F.cluster()
        try cluster.create(F.deployment("web", replicas: 2))
        try cluster.create(F.budget("web", app: "web", minAvailable: 2))
        cluster.advance(by: .seconds(30))
        let status = try #require(cluster.get(PodDisruptionBudget.self, "web")?.status)
        #expect(status.disruptionsAllowed == 0)
        #expect(status.conditions?.first?.reason == "InsufficientPods")
        let pod = try #require(F.livePods(cluster, app: "web").first)
        #expect(
            throws: APIError(
                code: 429, reason: .tooManyRequests,
                message: "Cannot evict pod as it would violate the pod's disruption budget."
            )
        ) {
            try cluster.evict(pod: pod.storeKey)
        }
        #expect(
            cluster.disruptionBudgetCause(for: pod.storeKey)
                == "The disruption budget web needs 2 healthy pods and has 2 currently")
    }

    @Test func evictionTakesADisruptionAtOnce() throws {
        let cluster = F.cluster()
        try cluster.create(F.deployment("web", replicas: 3))
        try cluster.create(F.budget("web", app: "web", maxUnavailable: 1))
        cluster.advance(by: .seconds(30))
        let pods = F.livePods(cluster, app: "web")
        let budgetEvents = cluster.events.filter { $0.object.kind == "PodDisruptionBudget" }
        try cluster.evict(pod: pods[0].storeKey)
        let status = try #require(cluster.get(PodDisruptionBudget.self, "web")?.status)
        #expect(status.disruptionsAllowed == 0)
        #expect(status.disruptedPods?[pods[0].metadata.name ?? ""] != nil)
        #expect(throws: APIError.self) { try cluster.evict(pod: pods[1].storeKey) }
        cluster.advance(by: .milliseconds(1))
        #expect(F.events(cluster, "Killing").count == 1)
        #expect(cluster.events.filter { $0.object.kind == "PodDisruptionBudget" } == budgetEvents)
    }

    @Test func twoBudgetsGive500() throws {
        let cluster = F.cluster()
        try cluster.create(F.deployment("web", replicas: 2))
        try cluster.create(F.budget("a", app: "web", minAvailable: 1))
        try cluster.create(F.budget("b", app: "web", maxUnavailable: 1))
        cluster.advance(by: .seconds(30))
        let pod = try #require(F.livePods(cluster, app: "web").first)
        #expect(
            throws: APIError(
                code: 500, reason: .internalError,
                message: "This pod has more than one PodDisruptionBudget, "
                    + "which the eviction subresource does not support."
            )
        ) {
            try cluster.evict(pod: pod.storeKey)
        }
    }

    @Test func pendingPodsAreAlwaysEvictable() throws {
        let cluster = F.cluster()
        try cluster.create(F.deployment("web", replicas: 1))
        try cluster.create(F.budget("web", app: "web", minAvailable: 1))
        cluster.advance(by: .milliseconds(1))
        let pod = try #require(F.livePods(cluster, app: "web").first)
        try cluster.evict(pod: pod.storeKey)
    }
}
