import ClusterSim
import KubeModel
import Testing

/// Seed 002: a StatefulSet's pods come and go one at a time, in ordinal order, and keep their
/// names and claims.
@Suite("StatefulSet controller")
struct StatefulSetControllerTests {
    typealias F = StorageSuiteFixtures

    @Test func createsOrdinalsInOrderEachAfterThePreviousIsReady() throws {
        let (cluster, agent) = try F.cluster(classes: [F.storageClass("fast")])
        try cluster.create(F.statefulSet())
        cluster.advance(by: .seconds(60))
        let creates = F.events(cluster, "SuccessfulCreate").map(\.message)
        #expect(
            creates == [
                "create Claim volume-web-0 Pod web-0 in StatefulSet web success",
                "create Pod web-0 in StatefulSet web successful",
                "create Claim volume-web-1 Pod web-1 in StatefulSet web success",
                "create Pod web-1 in StatefulSet web successful",
                "create Claim volume-web-2 Pod web-2 in StatefulSet web success",
                "create Pod web-2 in StatefulSet web successful",
            ])
        let times = try (0..<3).map { ordinal in
            try #require(cluster.get(Pod.self, "web-\(ordinal)").flatMap(cluster.creationTime))
        }
        // Each waits for its predecessor to start (the agent's 5 s) and be Ready.
        #expect(times[1] - times[0] >= agent.startupDelay)
        #expect(times[2] - times[1] >= agent.startupDelay)
        let pod = try #require(cluster.get(Pod.self, "web-1"))
        #expect(pod.metadata.labels?["statefulset.kubernetes.io/pod-name"] == "web-1")
        #expect(pod.metadata.labels?["apps.kubernetes.io/pod-index"] == "1")
        #expect(pod.spec.hostname == "web-1")
        #expect(pod.spec.subdomain == "stateful-headless")
        #expect(pod.spec.volumes?.first?.persistentVolumeClaim?.claimName == "volume-web-1")
        let status = try #require(cluster.get(StatefulSet.self, "web")?.status)
        #expect(status.replicas == 3)
        #expect(status.readyReplicas == 3)
        #expect(status.currentRevision == status.updateRevision)
        #expect(pod.metadata.labels?["controller-revision-hash"] == status.updateRevision)
    }

    @Test func waitsWhileAPodIsNotReady() throws {
        let (cluster, agent) = try F.cluster()
        agent.neverReady = ["web-1"]
        try cluster.create(F.statefulSet(claimClass: .none))
        cluster.advance(by: .seconds(120))
        #expect(cluster.get(Pod.self, "web-1") != nil)
        #expect(cluster.get(Pod.self, "web-2") == nil)
    }

    @Test func parallelCreatesAllAtOnce() throws {
        let (cluster, _) = try F.cluster()
        var set = F.statefulSet(claimClass: .none)
        set.spec.podManagementPolicy = .parallel
        try cluster.create(set)
        cluster.advance(by: .seconds(1))
        let times = (0..<3).compactMap {
            cluster.get(Pod.self, "web-\($0)").flatMap(cluster.creationTime)
        }
        #expect(times.count == 3)
        #expect(Set(times).count == 1)
    }

    @Test func scaleToZeroDeletesFromTheHighestOrdinalOneAtATime() throws {
        let (cluster, agent) = try F.cluster(classes: [F.storageClass("fast")])
        try cluster.create(F.statefulSet())
        cluster.advance(by: .seconds(60))
        try F.setReplicas(cluster, "web", 0)
        cluster.advance(by: .seconds(60))
        let deletes = F.events(cluster, "SuccessfulDelete")
        #expect(
            deletes.map(\.message) == [
                "delete Pod web-2 in StatefulSet web successful",
                "delete Pod web-1 in StatefulSet web successful",
                "delete Pod web-0 in StatefulSet web successful",
            ])
        #expect(deletes[1].time - deletes[0].time >= agent.terminationDelay)
        #expect(deletes[2].time - deletes[1].time >= agent.terminationDelay)
        // Retain (the default): the claims stay, and come back into use on scale-up.
        let uids = (0..<3).map {
            cluster.get(PersistentVolumeClaim.self, "volume-web-\($0)")?.metadata.uid
        }
        #expect(uids.allSatisfy { $0 != nil })
        try F.setReplicas(cluster, "web", 3)
        cluster.advance(by: .seconds(60))
        #expect(cluster.get(StatefulSet.self, "web")?.status?.readyReplicas == 3)
        #expect(
            (0..<3).map {
                cluster.get(PersistentVolumeClaim.self, "volume-web-\($0)")?.metadata.uid
            }
                == uids)
    }

    @Test func aDeletedPodComesBackWithTheSameNameAndClaim() throws {
        let (cluster, _) = try F.cluster(classes: [F.storageClass("fast")])
        try cluster.create(F.statefulSet())
        cluster.advance(by: .seconds(60))
        let old = try #require(cluster.get(Pod.self, "web-1"))
        let claim = try #require(cluster.get(PersistentVolumeClaim.self, "volume-web-1"))
        try cluster.delete(Pod.self, old.storeKey)
        cluster.advance(by: .seconds(30))
        let new = try #require(cluster.get(Pod.self, "web-1"))
        #expect(new.metadata.uid != old.metadata.uid)
        #expect(new.spec.volumes?.first?.persistentVolumeClaim?.claimName == "volume-web-1")
        #expect(
            cluster.get(PersistentVolumeClaim.self, "volume-web-1")?.metadata.uid
                == claim.metadata.uid)
        #expect(new.status?.phase == .running)
    }

    @Test func whenScaledDeleteRemovesTheScaledAwayClaims() throws {
        let (cluster, _) = try F.cluster(classes: [F.storageClass("fast")])
        var set = F.statefulSet()
        set.spec.persistentVolumeClaimRetentionPolicy =
            StatefulSetPersistentVolumeClaimRetentionPolicy(whenScaled: .delete)
        try cluster.create(set)
        cluster.advance(by: .seconds(60))
        #expect(
            cluster.get(PersistentVolumeClaim.self, "volume-web-2")?.metadata.ownerReferences == nil
        )
        try F.setReplicas(cluster, "web", 1)
        cluster.advance(by: .seconds(60))
        #expect(cluster.get(PersistentVolumeClaim.self, "volume-web-0") != nil)
        #expect(cluster.get(PersistentVolumeClaim.self, "volume-web-1") == nil)
        #expect(cluster.get(PersistentVolumeClaim.self, "volume-web-2") == nil)
        // Their dynamically provisioned volumes (reclaim Delete) went with them.
        #expect(cluster.list(PersistentVolume.self).count == 1)
    }

    @Test func whenDeletedDeleteRemovesClaimsWithTheSet() throws {
        let (cluster, _) = try F.cluster(classes: [F.storageClass("fast")])
        var set = F.statefulSet(replicas: 2)
        set.spec.persistentVolumeClaimRetentionPolicy =
            StatefulSetPersistentVolumeClaimRetentionPolicy(whenDeleted: .delete)
        try cluster.create(set)
        cluster.advance(by: .seconds(60))
        let owner = cluster.get(PersistentVolumeClaim.self, "volume-web-0")?.metadata
            .ownerReferences?.first
        #expect(owner?.kind == "StatefulSet")
        #expect(owner?.controller == true)
        try cluster.delete(StatefulSet.self, cluster.key(StatefulSet.self, "web"))
        cluster.advance(by: .seconds(60))
        #expect(cluster.get(Pod.self, "web-0") == nil)
        #expect(cluster.list(PersistentVolumeClaim.self).isEmpty)
    }

    @Test func partitionedRollingUpdateReplacesOnlyHighOrdinalsHighestFirst() throws {
        let (cluster, _) = try F.cluster()
        var set = F.statefulSet(claimClass: .none)
        set.spec.updateStrategy = StatefulSetUpdateStrategy(
            type: .rollingUpdate, rollingUpdate: RollingUpdateStatefulSetStrategy(partition: 1))
        try cluster.create(set)
        cluster.advance(by: .seconds(60))
        let oldRevision = try #require(
            cluster.get(StatefulSet.self, "web")?.status?.currentRevision)
        try cluster.modify(StatefulSet.self, cluster.key(StatefulSet.self, "web")) {
            $0.spec.template.spec?.containers[0].image = "kubetm/app:v2"
        }
        cluster.advance(by: .seconds(120))
        let deletes = F.events(cluster, "SuccessfulDelete").map(\.message)
        #expect(
            deletes == [
                "delete Pod web-2 in StatefulSet web successful",
                "delete Pod web-1 in StatefulSet web successful",
            ])
        let status = try #require(cluster.get(StatefulSet.self, "web")?.status)
        #expect(status.currentRevision == oldRevision)
        #expect(status.updateRevision != oldRevision)
        #expect(status.updatedReplicas == 2)
        #expect(status.currentReplicas == 1)
        #expect(cluster.get(Pod.self, "web-0")?.spec.containers[0].image == "kubetm/app")
        #expect(cluster.get(Pod.self, "web-2")?.spec.containers[0].image == "kubetm/app:v2")
        // A pod below the partition that is deleted comes back at the old revision.
        try cluster.delete(Pod.self, cluster.key(Pod.self, "web-0"))
        cluster.advance(by: .seconds(30))
        #expect(
            cluster.get(Pod.self, "web-0")?.metadata.labels?["controller-revision-hash"]
                == oldRevision)
    }
}
