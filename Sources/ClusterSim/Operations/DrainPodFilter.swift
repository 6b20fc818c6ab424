import KubeModel

/// Which pods on a node `kubectl drain` deletes, warns about or refuses
/// (staging/src/k8s.io/kubectl/pkg/drain/filters.go `GetPodsForDeletion`).
struct DrainPodFilter {
    /// One pod's verdict (`PodDeleteStatus`).
    enum Verdict: Equatable {
        case delete
        case deleteWithWarning(String)
        case skip(warning: String?)
        case fatal(String)
    }

    // filters.go: the wording kubectl prints after "cannot delete " or in a warning.
    static let daemonSetFatal = "DaemonSet-managed Pods (use --ignore-daemonsets to ignore)"
    static let daemonSetWarning = "ignoring DaemonSet-managed Pods"
    static let localStorageFatal =
        "Pods with local storage (use --delete-emptydir-data to override)"
    static let localStorageWarning = "deleting Pods with local storage"
    static let unmanagedFatal =
        "cannot delete Pods that declare no controller (use --force to override)"
    static let unmanagedWarning = "deleting Pods that declare no controller"
    static let mirrorAnnotation = "kubernetes.io/config.mirror"

    let options: DrainOptions
    let cluster: Cluster

    /// The pods bound to `node`, as the API lists them (field selector `spec.nodeName`, sorted by
    /// namespace, then name), finished ones included: drain deletes a Succeeded or Failed pod
    /// whatever its owner, volumes or budget.
    static func pods(on node: String, in cluster: Cluster) -> [Pod] {
        cluster.list(Pod.self) { $0.spec.nodeName == node }.sorted {
            ($0.storeKey.namespace, $0.storeKey.name) < ($1.storeKey.namespace, $1.storeKey.name)
        }
    }

    /// Runs the filters in upstream's order, stopping at the first that keeps the pod.
    func verdict(for pod: Pod) -> Verdict {
        var verdict = Verdict.delete
        let filters: [(Pod) -> Verdict] = [
            skipDeleted, daemonSet, mirror, localStorage, unreplicated,
        ]
        for filter in filters {
            verdict = filter(pod)
            switch verdict {
            case .delete, .deleteWithWarning: continue
            case .skip, .fatal: return verdict
            }
        }
        return verdict
    }

    /// `list.errors()`: `cannot delete <reason>: ns/a, ns/b`, one per reason, in first-seen order.
    func errors(for pods: [Pod]) -> [String] {
        grouped(pods) { verdict in
            if case .fatal(let message) = verdict { return message }
            return nil
        }.map { message, pods in
            // errors(): a message that already says "cannot delete" is not prefixed again.
            message.lowercased().hasPrefix("cannot delete")
                ? "\(message): \(pods)" : "cannot delete \(message): \(pods)"
        }
    }

    /// `list.Warnings()`: `<warning>: ns/a; <warning>: ns/b`.
    func warnings(for pods: [Pod]) -> String {
        grouped(pods) { verdict in
            switch verdict {
            case .deleteWithWarning(let message): message
            case .skip(let warning): warning
            default: nil
            }
        }.map { "\($0.0): \($0.1)" }.joined(separator: "; ")
    }

    /// The pods to evict or delete (`list.Pods()`).
    func podsToDelete(_ pods: [Pod]) -> [Pod] {
        pods.filter { pod in
            switch verdict(for: pod) {
            case .delete, .deleteWithWarning: true
            default: false
            }
        }
    }

    private func grouped(_ pods: [Pod], _ message: (Verdict) -> String?) -> [(String, String)] {
        var order: [String] = []
        var names: [String: [String]] = [:]
        for pod in pods {
            guard let text = message(verdict(for: pod)) else { continue }
            if names[text] == nil { order.append(text) }
            names[text, default: []].append("\(pod.storeKey.namespace)/\(pod.storeKey.name)")
        }
        return order.map { ($0, (names[$0] ?? []).joined(separator: ", ")) }
    }

    private static func controller(of pod: Pod) -> OwnerReference? {
        pod.metadata.ownerReferences?.first { $0.controller == true }
    }

    /// `shouldSkipPod`: with `--skip-wait-for-delete-timeout=N` (N > 0), a pod whose deletion
    /// timestamp is more than N whole seconds in the past.
    static func deletedLongAgo(_ pod: Pod, seconds: Int, now: VirtualTime) -> Bool {
        guard seconds > 0,
            let deleted = pod.metadata.deletionTimestamp.flatMap(VirtualTime.init(timestamp:))
        else { return false }
        return Int((now - deleted).seconds) > seconds
    }

    private func skipDeleted(_ pod: Pod) -> Verdict {
        Self.deletedLongAgo(pod, seconds: options.skipWaitForDeleteTimeoutSeconds, now: cluster.now)
            ? .skip(warning: nil) : .delete
    }

    private func daemonSet(_ pod: Pod) -> Verdict {
        guard let owner = Self.controller(of: pod), owner.kind == DaemonSet.kind else {
            return .delete
        }
        if pod.isTerminal { return .delete }
        guard cluster.get(DaemonSet.self, owner.name, namespace: pod.storeKey.namespace) != nil
        else {
            let error = APIError.notFound(DaemonSet.resourceName, owner.name).message
            return options.force ? .deleteWithWarning(error) : .fatal(error)
        }
        return options.ignoreDaemonSets
            ? .skip(warning: Self.daemonSetWarning) : .fatal(Self.daemonSetFatal)
    }

    private func mirror(_ pod: Pod) -> Verdict {
        pod.metadata.annotations?[Self.mirrorAnnotation] != nil ? .skip(warning: nil) : .delete
    }

    private func localStorage(_ pod: Pod) -> Verdict {
        let local = (pod.spec.volumes ?? []).contains { $0.emptyDir != nil }
        if !local || pod.isTerminal { return .delete }
        return options.deleteEmptyDirData
            ? .deleteWithWarning(Self.localStorageWarning) : .fatal(Self.localStorageFatal)
    }

    private func unreplicated(_ pod: Pod) -> Verdict {
        if pod.isTerminal || Self.controller(of: pod) != nil { return .delete }
        return options.force
            ? .deleteWithWarning(Self.unmanagedWarning) : .fatal(Self.unmanagedFatal)
    }
}
