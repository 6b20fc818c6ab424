import ClusterSim
import KubeModel
import Testing

@Suite("ReplicaSet and Deployment basics")
struct ReplicaSetControllerTests {
    @Test func deploymentOfFourMakesFourNamedPods() throws {
        let lab = RolloutLab()
        try lab.create(RolloutLab.deployment())
        let replicaSet = try #require(lab.replicaSets.first)
        let name = try #require(replicaSet.metadata.name)
        let hash = try #require(replicaSet.metadata.labels?["pod-template-hash"])
        #expect(name == "order-\(hash)")
        // The FNV-32a hash of the template, as upstream's ComputeHash, in safe characters.
        #expect(hash == "777544bdb7")
        #expect(replicaSet.metadata.annotations?["deployment.kubernetes.io/revision"] == "1")
        #expect(lab.pods.count == 4)
        for pod in lab.pods {
            let podName = try #require(pod.metadata.name)
            #expect(podName.hasPrefix("order-\(hash)-"))
            #expect(podName.count == name.count + 6)
            #expect(pod.metadata.labels == ["app": "order", "pod-template-hash": hash])
            let owner = try #require(pod.metadata.ownerReferences?.first)
            #expect(owner.kind == "ReplicaSet" && owner.name == name)
            #expect(owner.controller == true && owner.blockOwnerDeletion == true)
        }
        #expect(
            lab.events(about: "deployment/order")
                == ["Scaled up replica set \(name) from 0 to 4"])
        #expect(
            lab.events(about: "replicaset/\(name)")
                == lab.pods.map { "Created pod: \($0.metadata.name ?? "")" })
    }

    @Test func readyPodsMakeTheDeploymentAvailable() throws {
        let lab = RolloutLab()
        try lab.create(RolloutLab.deployment())
        #expect(
            try lab.cluster.rolloutStatus(deployment: "order").message
                == "Waiting for deployment \"order\" rollout to finish: 0 of 4 updated replicas"
                + " are available...")
        try lab.startAllPending()
        let status = try #require(try lab.deployment().status)
        #expect(status.replicas == 4 && status.updatedReplicas == 4)
        #expect(status.readyReplicas == 4 && status.availableReplicas == 4)
        #expect(status.unavailableReplicas == 0)
        #expect(lab.condition("Available")?.reason == "MinimumReplicasAvailable")
        #expect(lab.condition("Progressing")?.reason == "NewReplicaSetAvailable")
        let replicaSet = try #require(lab.replicaSets.first)
        #expect(
            lab.condition("Progressing")?.message
                == "ReplicaSet \"\(replicaSet.metadata.name ?? "")\" has successfully progressed.")
        #expect(
            try lab.cluster.rolloutStatus(deployment: "order")
                == RolloutStatus(
                    state: .complete, message: "deployment \"order\" successfully rolled out"))
    }

    @Test func scalingDownDeletesTheUnreadyPodFirst() throws {
        let lab = RolloutLab()
        try lab.create(RolloutLab.deployment())
        try lab.startAllPending()
        let victim = lab.pods[2]
        try lab.markUnready(victim)
        lab.advance(seconds: 10)
        try lab.cluster.scale(kind: "deployment", name: "order", replicas: 2)
        lab.settle()
        let name = lab.replicaSets[0].metadata.name ?? ""
        #expect(
            lab.events(about: "deployment/order").last
                == "Scaled down replica set \(name) to 2 from 4")
        let deleted = lab.events(about: "replicaset/\(name)", reason: "SuccessfulDelete")
        #expect(deleted.count == 2)
        #expect(deleted.first == "Deleted pod: \(victim.metadata.name ?? "")")
        lab.finishTerminations()
        #expect(lab.pods.count == 2)
        #expect(try lab.deployment().status?.replicas == 2)
    }

    @Test func aDeletedPodIsReplaced() throws {
        let lab = RolloutLab()
        try lab.create(RolloutLab.deployment(replicas: 2))
        try lab.startAllPending()
        let victim = lab.pods[0]
        try lab.cluster.delete(Pod.self, victim.storeKey)
        lab.settle()
        #expect(lab.livePods.count == 2)
        #expect(!lab.livePods.contains { $0.metadata.name == victim.metadata.name })
        lab.finishTerminations()
        #expect(lab.pods.count == 2)
    }

    @Test func deletingAReplicaSetCollectsItsPods() throws {
        let lab = RolloutLab()
        let labels = ["app": "cache"]
        let replicaSet = ReplicaSet(
            metadata: ObjectMeta(name: "cache", namespace: "default"),
            spec: ReplicaSetSpec(
                replicas: 3, selector: LabelSelector(matchLabels: labels),
                template: PodTemplateSpec(
                    metadata: ObjectMeta(labels: labels),
                    spec: PodSpec(containers: [Container(name: "redis", image: "redis:7")]))))
        try lab.cluster.create(replicaSet)
        lab.settle()
        #expect(lab.pods.count == 3)
        #expect(lab.pods.allSatisfy { $0.metadata.name?.hasPrefix("cache-") == true })
        try lab.cluster.delete(ReplicaSet.self, replicaSet.storeKey)
        lab.settle()
        lab.finishTerminations()
        #expect(lab.pods.isEmpty)
    }

    @Test func anOrphanPodMatchingTheSelectorIsAdopted() throws {
        let lab = RolloutLab()
        try lab.create(RolloutLab.deployment(replicas: 2))
        let replicaSet = lab.replicaSets[0]
        lab.advance(seconds: 10)
        var orphan = Pod(
            metadata: ObjectMeta(
                name: "stray", namespace: "default", labels: replicaSet.spec.template.labels),
            spec: PodSpec(containers: [Container(name: "app", image: "order:v1")]))
        orphan.spec.terminationGracePeriodSeconds = 30
        try lab.cluster.create(orphan)
        lab.settle()
        // Adopted, then one of three is surplus: the unassigned, newest pod goes.
        #expect(lab.pods.count == 2)
        #expect(
            lab.events(
                about: "replicaset/\(replicaSet.metadata.name ?? "")",
                reason: "SuccessfulDelete") == ["Deleted pod: stray"])
    }

    @Test func theSameSeedGivesTheSameNames() throws {
        func names(seed: UInt64) throws -> [String] {
            let lab = RolloutLab(seed: seed)
            try lab.create(RolloutLab.deployment())
            try lab.startAllPending()
            try lab.cluster.setImage(
                kind: "deployment", name: "order", container: "app", image: "order:v2")
            lab.settle()
            return lab.pods.compactMap(\.metadata.name)
        }
        #expect(try names(seed: 7) == names(seed: 7))
        #expect(try names(seed: 7) != names(seed: 8))
    }
}
