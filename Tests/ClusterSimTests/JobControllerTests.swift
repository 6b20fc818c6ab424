import ClusterSim
import KubeModel
import Testing

/// The Job controller, after pkg/controller/job/job_controller_test.go.
///
/// NonIndexed rows of `TestControllerSyncJob` ("job finish", "too many job failures") and
/// `TestJobBackoff`: pods run to completion, at most `parallelism` at once; failures are
/// replaced after 10 s, 20 s, ... until more than `backoffLimit` have failed.
@Suite struct JobControllerTests {
    static func cluster() -> Cluster {
        let images = ImageCatalog(images: [
            ImageEntry(
                repository: "works", tags: ["*"],
                profile: ImageProfile(
                    pullSeconds: 1, startSeconds: 1, listenAfterSeconds: 0,
                    exitsAfterSeconds: 5, exitCode: 0)),
            ImageEntry(
                repository: "fails", tags: ["*"],
                profile: ImageProfile(
                    pullSeconds: 1, startSeconds: 1, listenAfterSeconds: 0,
                    exitsAfterSeconds: 2, exitCode: 1)),
        ])
        let configuration = ClusterConfiguration(
            nodes: NodeTemplate.fleet(
                count: 2, size: NodeTemplate(name: "", cpu: Quantity(units: 4))
            )
            .map { $0.makeNode() })
        return Cluster.booted(
            configuration: configuration, controllers: Cluster.standardControllers(images: images))
    }

    static func job(image: String, completions: Int?, parallelism: Int, backoffLimit: Int = 6)
        -> Job
    {
        var spec = PodSpec(containers: [Container(name: "main", image: image)])
        spec.restartPolicy = .never
        var jobSpec = JobSpec(template: PodTemplateSpec(spec: spec))
        jobSpec.completions = completions
        jobSpec.parallelism = parallelism
        jobSpec.backoffLimit = backoffLimit
        return Job(metadata: ObjectMeta(name: "batch"), spec: jobSpec)
    }

    @Test func completionsAreReachedParallelismAtATime() throws {
        let cluster = Self.cluster()
        let created = try cluster.create(Self.job(image: "works:1", completions: 3, parallelism: 2))
        // The registry selects the pods by the Job's uid.
        let uid = try #require(created.metadata.uid)
        #expect(created.spec.selector?.matchLabels == ["batch.kubernetes.io/controller-uid": uid])
        var mostActive = 0
        let done = cluster.run(
            until: { cluster in
                let job = cluster.get(Job.self, "batch")
                mostActive = max(mostActive, job?.status?.active ?? 0)
                return job?.status?.isFinished ?? false
            }, timeout: .seconds(120))
        #expect(done)
        let job = try #require(cluster.get(Job.self, "batch"))
        #expect(mostActive == 2)
        #expect(job.status?.succeeded == 3)
        #expect(job.status?.active == 0)
        #expect(job.statusColumn == "Complete")
        #expect(job.completionsColumn == "3/3")
        #expect(
            job.status?.conditions?.map { "\($0.type) \($0.reason ?? "")" } == [
                "SuccessCriteriaMet CompletionsReached", "Complete CompletionsReached",
            ])
        let pods = cluster.list(Pod.self)
        #expect(pods.count == 3)
        #expect(pods.allSatisfy { $0.status?.phase == .succeeded })
        #expect(pods.allSatisfy { $0.metadata.labels?["job-name"] == "batch" })
    }

    @Test func failuresBackOffUntilTheLimit() throws {
        let cluster = Self.cluster()
        try cluster.create(
            Self.job(image: "fails:1", completions: 1, parallelism: 1, backoffLimit: 2))
        let done = cluster.run(
            until: { $0.get(Job.self, "batch")?.status?.isFinished ?? false },
            timeout: .seconds(300))
        #expect(done)
        let job = try #require(cluster.get(Job.self, "batch"))
        #expect(job.status?.failed == 3)
        #expect(job.statusColumn == "Failed")
        #expect(
            job.status?.conditions?.last?.message == "Job has reached the specified backoff limit")
        // Each replacement waits 10 s, then 20 s, after the previous pod failed.
        let created = cluster.events.filter { $0.reason == "SuccessfulCreate" }.map(\.time.seconds)
        #expect(created.count == 3)
        if created.count == 3 {
            // The first pod fails 4 s after its creation (pull 1, start 1, exit after 2), the
            // second 3 s after (its image is on the node by then): + 10 s, then + 20 s.
            #expect(created[1] - created[0] == 4 + 10)
            #expect(created[2] - created[1] == 3 + 20)
        }
    }
}
