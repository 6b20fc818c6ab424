import KubeModel

/// One `kubectl drain` in progress over virtual time: the eviction loop of every pod, run
/// concurrently as kubectl's goroutines are (staging/src/k8s.io/kubectl/pkg/drain/drain.go
/// `evictPods`, `deletePods`, `waitForDelete`).
final class DrainRun {
    let node: String
    let options: DrainOptions
    let completion: (Cluster, DrainResult) -> Void
    let deadline: VirtualTime?
    private(set) var lines: [String] = []
    private var remaining = 0
    private var errors: [String] = []

    /// kubectl's retry interval after a 429 and its poll interval while waiting for deletion.
    static let retryInterval = VirtualTime.seconds(5)
    static let pollInterval = VirtualTime.seconds(1)

    init(
        node: String, options: DrainOptions, start: VirtualTime,
        completion: @escaping (Cluster, DrainResult) -> Void
    ) {
        self.node = node
        self.options = options
        self.completion = completion
        self.deadline = options.timeout.map { start + $0 }
    }

    private var timeoutText: String {
        // A zero timeout is math.MaxInt64 nanoseconds upstream; never reached here.
        DrainDuration.format(options.timeout ?? .zero)
    }

    /// Records a line kubectl would print: in the result, and on the timeline for students.
    func emit(_ line: String, in cluster: Cluster) {
        lines.append(line)
        guard cluster.configuration.recordsTimeline else { return }
        cluster.timeline.append(
            TimelineEntry(
                time: cluster.now, category: .scenario,
                subject: cluster.key(Node.self, node), text: line))
    }

    /// Filters the node's pods, then evicts (or deletes) the ones to go.
    func start(in cluster: Cluster) {
        let filter = DrainPodFilter(options: options, cluster: cluster)
        let pods = DrainPodFilter.pods(on: node, in: cluster)
        let fatal = filter.errors(for: pods)
        if !fatal.isEmpty {
            fail(Self.aggregate(fatal), pending: false, in: cluster)
            return
        }
        let warnings = filter.warnings(for: pods)
        if !warnings.isEmpty { emit("Warning: \(warnings)", in: cluster) }
        let doomed = filter.podsToDelete(pods)
        remaining = doomed.count
        guard !doomed.isEmpty else {
            finish(in: cluster)
            return
        }
        if options.disableEviction {
            delete(doomed, in: cluster)
        } else {
            for pod in doomed { evict(pod, in: cluster) }
        }
    }

    // drain.go evictPods: one loop per pod.
    private func evict(_ pod: Pod, in cluster: Cluster) {
        let key = pod.storeKey
        let name = key.name
        let namespace = key.namespace
        emit("evicting pod \(namespace)/\(name)", in: cluster)
        if let deadline, cluster.now >= deadline {
            let error =
                "error when evicting pods/\"\(name)\" -n \"\(namespace)\": "
                + "global timeout reached: \(timeoutText)"
            done(error, in: cluster)
            return
        }
        do throws(APIError) {
            try cluster.evict(pod: key, gracePeriodSeconds: options.gracePeriodSeconds)
        } catch {
            switch error.code {
            case 404:
                done(nil, in: cluster)
            case 429:
                emit(
                    "error when evicting pods/\"\(name)\" -n \"\(namespace)\" "
                        + "(will retry after 5s): \(error.message)", in: cluster)
                cluster.schedule(after: Self.retryInterval) { [self] cluster in
                    evict(pod, in: cluster)
                }
            default:
                done(
                    "error when evicting pods/\"\(name)\" -n \"\(namespace)\": \(error.message)",
                    in: cluster)
            }
            return
        }
        waitForDelete(pod, verb: "evicted", in: cluster) { [self] error, cluster in
            done(
                error.map {
                    "error when waiting for pod \"\(name)\" in namespace \"\(namespace)\" "
                        + "to terminate: \($0)"
                }, in: cluster)
        }
    }

    // drain.go deletePods: delete all, then wait for all.
    private func delete(_ pods: [Pod], in cluster: Cluster) {
        for pod in pods {
            try? cluster.delete(
                Pod.self, pod.storeKey, gracePeriodSeconds: options.gracePeriodSeconds)
        }
        for pod in pods {
            waitForDelete(pod, verb: "deleted", in: cluster) { [self] error, cluster in
                done(error, in: cluster)
            }
        }
    }

    /// Polls every second until the pod is gone or replaced (another uid), or the deadline.
    private func waitForDelete(
        _ pod: Pod, verb: String, in cluster: Cluster,
        then: @escaping (String?, Cluster) -> Void
    ) {
        let current = cluster.get(Pod.self, pod.storeKey)
        guard let current, current.metadata.uid == pod.metadata.uid else {
            emit("pod/\(pod.storeKey.name) \(verb)", in: cluster)
            then(nil, cluster)
            return
        }
        let skipAfter = options.skipWaitForDeleteTimeoutSeconds
        if DrainPodFilter.deletedLongAgo(current, seconds: skipAfter, now: cluster.now) {
            // drain.go podSkipMsgTemplate.
            emit(
                "pod \"\(pod.storeKey.name)\" has DeletionTimestamp older than \(skipAfter) "
                    + "seconds, skipping", in: cluster)
            then(nil, cluster)
            return
        }
        if let deadline, cluster.now >= deadline {
            then("global timeout reached: \(timeoutText)", cluster)
            return
        }
        cluster.schedule(after: Self.pollInterval) { [self] cluster in
            waitForDelete(pod, verb: verb, in: cluster, then: then)
        }
    }

    private func done(_ error: String?, in cluster: Cluster) {
        if let error { errors.append(error) }
        remaining -= 1
        guard remaining == 0 else { return }
        if errors.isEmpty {
            finish(in: cluster)
        } else {
            fail(Self.aggregate(errors), pending: true, in: cluster)
        }
    }

    private func finish(in cluster: Cluster) {
        emit("node/\(node) drained", in: cluster)
        completion(cluster, DrainResult(succeeded: true, lines: lines))
    }

    // cmd/drain/drain.go RunDrain and deleteOrEvictPodsSimple.
    private func fail(_ error: String, pending: Bool, in cluster: Cluster) {
        if pending {
            let filter = DrainPodFilter(options: options, cluster: cluster)
            let left = filter.podsToDelete(DrainPodFilter.pods(on: node, in: cluster))
            if !left.isEmpty {
                emit(
                    "There are pending pods in node \"\(node)\" when an error occurred: \(error)",
                    in: cluster)
                for pod in left { emit("pod/\(pod.storeKey.name)", in: cluster) }
            }
        }
        // cmd/drain/drain.go RunDrain: the node's error, then the next node; the pending nodes
        // and the final error come once, after every node (`DrainCommand`).
        emit(
            "error: unable to drain node \"\(node)\" due to error: \(error), continuing command...",
            in: cluster)
        completion(cluster, DrainResult(succeeded: false, lines: lines, error: error))
    }

    /// `utilerrors.NewAggregate(errs).Error()`: one message as is, several deduplicated in
    /// brackets.
    static func aggregate(_ messages: [String]) -> String {
        var seen: [String] = []
        for message in messages where !seen.contains(message) { seen.append(message) }
        return seen.count == 1 ? seen[0] : "[" + seen.joined(separator: ", ") + "]"
    }
}
