public import KubeModel

/// pkg/controller/job (NonIndexed Jobs): runs pods from the template until `completions`
/// have succeeded, at most `parallelism` at a time; a failed pod is replaced after a back-off
/// (10 s doubling, at most 6 minutes) until more than `backoffLimit` have failed, and then the
/// Job fails and its running pods are deleted.
public final class JobController: Controller {
    public let name = "job-controller"

    /// `DefaultJobPodFailureBackOff` and `MaxJobPodFailureBackOff`.
    static let failureBackOff = VirtualTime.seconds(10)
    static let maxFailureBackOff = VirtualTime.seconds(360)

    public init() {}

    public func keys(for change: StoreChange, in cluster: Cluster) -> [ObjectKey] {
        switch change.resource {
        case .job:
            return [change.key]
        case .pod(let pod):
            guard let owner = pod.metadata.ownerReferences?.first(where: { $0.controller == true }),
                owner.kind == Job.kind
            else { return [] }
            return [ObjectKey(kind: Job.kind, namespace: change.key.namespace, name: owner.name)]
        default:
            return []
        }
    }

    public func sync(_ key: ObjectKey, in cluster: Cluster) {
        guard let job = cluster.get(Job.self, key), job.metadata.deletionTimestamp == nil,
            !(job.status?.isFinished ?? false), let uid = job.metadata.uid
        else { return }
        let pods = cluster.list(Pod.self, namespace: key.namespace) { pod in
            pod.metadata.ownerReferences?.contains { $0.uid == uid && $0.controller == true }
                ?? false
        }
        let active = pods.filter { !$0.isTerminal && $0.metadata.deletionTimestamp == nil }
        let succeeded = pods.count { $0.status?.phase == .succeeded }
        var failed = pods.count { $0.status?.phase == .failed }
        var status = job.status ?? JobStatus()
        let now = cluster.nowTimestamp
        if status.startTime == nil { status.startTime = now }
        // pastBackoffLimitOnFailure: with OnFailure, each container restart is a failure.
        if job.spec.template.spec?.restartPolicy == .onFailure {
            failed += active.reduce(0) { sum, pod in
                sum + (pod.status?.containerStatuses ?? []).reduce(0) { $0 + $1.restartCount }
            }
        }
        let completions = job.spec.completions
        let parallelism = job.spec.parallelism ?? 1
        var running = active.count
        if failed > (job.spec.backoffLimit ?? 6) {
            let control = PodControl(controller: name, owner: key)
            for pod in active { control.delete(pod, in: cluster) }
            running = 0
            finish(
                &status, as: "Failed", target: "FailureTarget", reason: "BackoffLimitExceeded",
                message: "Job has reached the specified backoff limit", now: now)
            cluster.record(
                .warning, "BackoffLimitExceeded", "Job has reached the specified backoff limit",
                about: key, from: name)
        } else if let completions, succeeded >= completions {
            finish(
                &status, as: "Complete", target: "SuccessCriteriaMet",
                reason: "CompletionsReached", message: "Reached expected number of succeeded pods",
                now: now)
            status.completionTime = now
            cluster.record(.normal, "Completed", "Job completed", about: key, from: name)
        } else if completions == nil, succeeded > 0, active.isEmpty {
            // A work queue: done once one pod succeeded and none runs.
            finish(
                &status, as: "Complete", target: "SuccessCriteriaMet",
                reason: "CompletionsReached", message: "Reached expected number of succeeded pods",
                now: now)
            status.completionTime = now
            cluster.record(.normal, "Completed", "Job completed", about: key, from: name)
        } else {
            let wanted = completions.map { min(parallelism, $0 - succeeded) } ?? parallelism
            let missing = wanted - active.count
            if missing > 0 {
                let delay = backOff(failed: failed, pods: pods, now: cluster.now)
                if delay > .zero {
                    cluster.schedule(after: delay) { [self] cluster in sync(key, in: cluster) }
                } else {
                    for _ in 0..<missing where create(for: job, in: cluster) { running += 1 }
                }
            }
        }
        status.active = running
        status.succeeded = succeeded
        status.failed = pods.count { $0.status?.phase == .failed }
        status.ready = active.count { $0.isReady }
        status.terminating = 0
        guard status != job.status else { return }
        // The Job may only be gone if deleted in this same instant; nothing then to record.
        _ = try? cluster.modify(Job.self, key) { $0.status = status }
    }

    /// The two conditions upstream sets in turn (the target first, then the final one once
    /// the pods are gone); here the pods go at once, so both are set together.
    private func finish(
        _ status: inout JobStatus, as type: String, target: String, reason: String,
        message: String, now: String
    ) {
        var conditions = status.conditions ?? []
        for kind in [target, type] {
            var condition = Condition(
                type: kind, status: "True", reason: reason, message: message,
                lastTransitionTime: now)
            condition.lastProbeTime = now
            conditions.append(condition)
        }
        status.conditions = conditions
    }

    /// getNewFinishedPodsBackoff: after `failed` failures, the next pod waits
    /// 10 s × 2^(failed − 1) (at most 6 minutes) since the last one finished.
    private func backOff(failed: Int, pods: [Pod], now: VirtualTime) -> VirtualTime {
        guard failed > 0 else { return .zero }
        let seconds = min(
            Self.failureBackOff.seconds * Double(1 << min(failed - 1, 10)),
            Self.maxFailureBackOff.seconds)
        let finished = pods.compactMap { pod -> VirtualTime? in
            guard pod.status?.phase == .failed else { return nil }
            let time = pod.status?.containerStatuses?.first?.state?.terminated?.finishedAt
            return time.flatMap(VirtualTime.init(timestamp:))
        }.max()
        guard let finished else { return .zero }
        let ready = finished + .seconds(seconds)
        return ready > now ? ready - now : .zero
    }

    /// controller.GetPodFromTemplate with the Job as controller, then `SuccessfulCreate`.
    private func create(for job: Job, in cluster: Cluster) -> Bool {
        let template = job.spec.template
        var metadata = ObjectMeta(
            namespace: job.storeKey.namespace, labels: template.metadata?.labels,
            annotations: template.metadata?.annotations)
        metadata.generateName = (job.metadata.name ?? "") + "-"
        metadata.ownerReferences = [
            OwnerReference(
                apiVersion: "batch/v1", kind: Job.kind, name: job.metadata.name ?? "",
                uid: job.metadata.uid ?? "", controller: true, blockOwnerDeletion: true)
        ]
        let pod = Pod(metadata: metadata, spec: template.spec ?? PodSpec(containers: []))
        return PodControl(controller: name, owner: job.storeKey).create(pod, in: cluster)
    }
}
