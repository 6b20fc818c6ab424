import ClusterSim
import KubeModel
import Testing

@Suite("kubectl rollout and scale operations")
struct RolloutOperationTests {
    private func completeRollout(_ lab: RolloutLab) throws {
        for _ in 0..<20 {
            try lab.startAllPending()
            lab.finishTerminations()
            if try lab.cluster.rolloutStatus(deployment: "order").state == .complete { return }
        }
        Issue.record("the rollout did not complete")
    }

    @Test func undoGoesBackToThePreviousTemplateAsRevisionThree() throws {
        let lab = RolloutLab()
        var deployment = RolloutLab.deployment()
        deployment.metadata.annotations = ["kubernetes.io/change-cause": "first"]
        try lab.create(deployment)
        try completeRollout(lab)
        try lab.cluster.modify(Deployment.self, try lab.deployment().storeKey) {
            $0.spec.template.spec?.containers[0].image = "order:v2"
            $0.metadata.annotations?["kubernetes.io/change-cause"] = "second"
        }
        lab.settle()
        try completeRollout(lab)
        #expect(try lab.cluster.rolloutHistory(deployment: "order").map(\.revision) == [1, 2])
        #expect(
            try lab.cluster.rolloutHistory(deployment: "order").map(\.changeCause)
                == ["first", "second"])

        #expect(
            try lab.cluster.rolloutUndo(deployment: "order")
                == "deployment.apps/order rolled back")
        lab.settle()
        try completeRollout(lab)
        let current = try lab.deployment()
        #expect(current.spec.template.spec?.containers[0].image == "order:v1")
        #expect(current.spec.template.labels == ["app": "order"])
        #expect(current.metadata.annotations?["deployment.kubernetes.io/revision"] == "3")
        #expect(current.metadata.annotations?["kubernetes.io/change-cause"] == "first")
        let history = try lab.cluster.rolloutHistory(deployment: "order")
        #expect(history.map(\.revision) == [2, 3])
        #expect(history.map(\.images) == [["order:v2"], ["order:v1"]])
        let first = lab.replicaSets[0]
        #expect(first.metadata.annotations?["deployment.kubernetes.io/revision-history"] == "1")
        #expect(history.last?.replicaSetName == first.metadata.name)
        #expect(lab.livePods.allSatisfy { $0.spec.containers[0].image == "order:v1" })

        #expect(
            try lab.cluster.rolloutUndo(deployment: "order", toRevision: 3)
                == "deployment.apps/order skipped rollback (current template already matches"
                + " revision 3)")
        #expect(
            throws: APIError(
                code: 400, reason: .invalid,
                message: "unable to find specified revision 9 in history")
        ) { try lab.cluster.rolloutUndo(deployment: "order", toRevision: 9) }
    }

    @Test func podsThatNeverBecomeReadyExceedTheProgressDeadline() throws {
        let lab = RolloutLab()
        try lab.create(RolloutLab.deployment())
        try completeRollout(lab)
        try lab.cluster.setImage(
            kind: "deployment", name: "order", container: "app", image: "order:v10")
        lab.settle()
        for pod in lab.livePods where pod.status?.phase != .running { try lab.startUnready(pod) }
        lab.settle()
        lab.advance(seconds: 599)
        #expect(lab.condition("Progressing")?.status == "True")
        #expect(lab.condition("Progressing")?.reason == "ReplicaSetUpdated")
        lab.advance(seconds: 2)
        let progressing = try #require(lab.condition("Progressing"))
        #expect(progressing.status == "False")
        #expect(progressing.reason == "ProgressDeadlineExceeded")
        let new = try #require(lab.replicaSets.last?.metadata.name)
        #expect(progressing.message == "ReplicaSet \"\(new)\" has timed out progressing.")
        #expect(
            try lab.cluster.rolloutStatus(deployment: "order")
                == RolloutStatus(
                    state: .failed, message: "deployment \"order\" exceeded its progress deadline"))
        #expect(lab.condition("Available")?.status == "True")
    }

    @Test func errorsUseKubectlWording() throws {
        let lab = RolloutLab()
        try lab.create(RolloutLab.deployment())
        #expect(throws: APIError.notFound("deployments.apps", "x")) {
            try lab.cluster.scale(kind: "deployment", name: "x", replicas: 1)
        }
        let unknownKind = "the server doesn't have a resource type \"foo\""
        #expect(throws: APIError(code: 404, reason: .notFound, message: unknownKind)) {
            try lab.cluster.scale(kind: "foo", name: "order", replicas: 1)
        }
        #expect(
            throws: APIError(
                code: 422, reason: .invalid, message: "unable to find container named \"web\"")
        ) {
            try lab.cluster.setImage(
                kind: "deployment", name: "order", container: "web", image: "nginx")
        }
        #expect(
            throws: APIError(
                code: 400, reason: .invalid,
                message: "no rollout history found for deployment \"order\"")
        ) { try lab.cluster.rolloutUndo(deployment: "order") }
        let replicaSet = lab.replicaSets[0].metadata.name ?? ""
        #expect(
            try lab.cluster.scale(kind: "rs", name: replicaSet, replicas: 1)
                == "replicaset.apps/\(replicaSet) scaled")
    }
}
