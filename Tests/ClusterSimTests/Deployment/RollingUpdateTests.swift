import ClusterSim
import KubeModel
import Testing

@Suite("Deployment rollouts")
struct RollingUpdateTests {
    /// Starts one new pod per step until the rollout is complete, checking the bounds at
    /// every step; returns the number of steps.
    private func rollOut(_ lab: RolloutLab, check: (RolloutLab) -> Void) throws -> Int {
        var steps = 0
        while try lab.cluster.rolloutStatus(deployment: "order").state != .complete {
            steps += 1
            try #require(steps < 50)
            check(lab)
            if let pending = lab.livePods.first(where: { $0.status?.phase != .running }) {
                try lab.start(pending)
            }
            lab.settle()
            check(lab)
            lab.finishTerminations()
            check(lab)
            lab.advance(seconds: 1)
        }
        return steps
    }

    @Test func rollingUpdateKeepsThreeAvailableAndAtMostFivePods() throws {
        let lab = RolloutLab()
        try lab.create(RolloutLab.deployment())
        try lab.startAllPending()
        try lab.cluster.setImage(
            kind: "deployment", name: "order", container: "app", image: "order:v2")
        lab.settle()
        #expect(
            try lab.cluster.rolloutStatus(deployment: "order").message
                == "Waiting for deployment \"order\" rollout to finish: 2 out of 4 new replicas"
                + " have been updated...")
        _ = try rollOut(lab) { lab in
            let ready = lab.livePods.filter(RolloutLab.isReady).count
            #expect(ready >= 3)
            #expect(lab.livePods.count <= 5)
        }
        #expect(lab.livePods.allSatisfy { $0.spec.containers[0].image == "order:v2" })
        #expect(lab.replicaSets.count == 2)
        let old = lab.replicaSets[0].metadata.name ?? ""
        let new = lab.replicaSets[1].metadata.name ?? ""
        #expect(
            lab.events(about: "deployment/order") == [
                "Scaled up replica set \(old) from 0 to 4",
                "Scaled up replica set \(new) from 0 to 1",
                "Scaled down replica set \(old) to 3 from 4",
                "Scaled up replica set \(new) to 2 from 1",
                "Scaled down replica set \(old) to 2 from 3",
                "Scaled up replica set \(new) to 3 from 2",
                "Scaled down replica set \(old) to 1 from 2",
                "Scaled up replica set \(new) to 4 from 3",
                "Scaled down replica set \(old) to 0 from 1",
            ])
        #expect(
            try lab.deployment().metadata.annotations?["deployment.kubernetes.io/revision"]
                == "2")
    }

    @Test func surgeAndUnavailableBothZeroStillLetsOnePodGo() throws {
        let lab = RolloutLab()
        var deployment = RolloutLab.deployment()
        deployment.spec.strategy = DeploymentStrategy(
            type: .rollingUpdate,
            rollingUpdate: RollingUpdateDeployment(maxUnavailable: 0, maxSurge: 0))
        try lab.create(deployment)
        try lab.startAllPending()
        try lab.cluster.setImage(
            kind: "deployment", name: "order", container: "app", image: "order:v2")
        lab.settle()
        let old = lab.replicaSets[0]
        let new = try #require(lab.replicaSets.last)
        #expect(
            lab.events(about: "deployment/order").dropFirst() == [
                "Scaled down replica set \(old.metadata.name ?? "") to 3 from 4",
                "Scaled up replica set \(new.metadata.name ?? "") to 1 from 0",
            ])
        _ = try rollOut(lab) { lab in
            #expect(lab.livePods.filter(RolloutLab.isReady).count >= 3)
            #expect(lab.livePods.count <= 4)
        }
    }

    @Test func recreateNeverRunsOldAndNewPodsTogether() throws {
        let lab = RolloutLab()
        var deployment = RolloutLab.deployment()
        deployment.spec.strategy = DeploymentStrategy(type: .recreate)
        try lab.create(deployment)
        try lab.startAllPending()
        try lab.cluster.setImage(
            kind: "deployment", name: "order", container: "app", image: "order:v2")
        lab.settle()
        // Old pods are terminating; no new ReplicaSet yet.
        #expect(lab.replicaSets.count == 1)
        #expect(lab.livePods.isEmpty && lab.pods.count == 4)
        let steps = try rollOut(lab) { lab in
            let images = Set(lab.pods.map { $0.spec.containers[0].image })
            #expect(images.count <= 1)
        }
        #expect(steps >= 4)
        #expect(lab.pods.count == 4)
    }

    @Test func scalingMidRolloutIsProportional() throws {
        let lab = RolloutLab()
        try lab.create(RolloutLab.deployment(replicas: 10))
        try lab.startAllPending()
        try lab.cluster.setImage(
            kind: "deployment", name: "order", container: "app", image: "order:broken")
        lab.settle()
        lab.finishTerminations()
        #expect(lab.replicaSets.map { $0.spec.replicas ?? 0 } == [8, 5])
        try lab.cluster.scale(kind: "deploy", name: "order", replicas: 20)
        lab.settle()
        #expect(lab.replicaSets.map { $0.spec.replicas ?? 0 } == [15, 10])
        #expect(
            lab.replicaSets.allSatisfy {
                $0.metadata.annotations?["deployment.kubernetes.io/desired-replicas"] == "20"
                    && $0.metadata.annotations?["deployment.kubernetes.io/max-replicas"] == "25"
            })
    }
}
