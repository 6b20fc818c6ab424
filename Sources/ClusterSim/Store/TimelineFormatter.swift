public import KubeModel

/// Renders one changed object as the line `kubectl get -w` would print for it.
enum TimelineFormatter {
    static func line(for change: StoreChange, at time: VirtualTime, in cluster: Cluster) -> String?
    {
        let deleted = change.verb == .deleted ? "  (deleted)" : ""
        switch change.resource {
        case .pod(let pod):
            // A deleted pod is no longer in the store: its age comes from its timestamp.
            let created =
                cluster.creationTime(of: pod)
                ?? pod.metadata.creationTimestamp.flatMap(VirtualTime.init(timestamp:))
            let age = created.map { (time - $0).age } ?? "0s"
            return columns(
                "pod/\(pod.metadata.name ?? "")", pod.readyColumn, pod.statusColumn,
                String(pod.restarts), age) + deleted
        case .deployment(let deployment):
            let status = deployment.status
            return columns(
                "deployment.apps/\(deployment.metadata.name ?? "")",
                "\(status?.readyReplicas ?? 0)/\(deployment.spec.replicas ?? 1)",
                "up-to-date \(status?.updatedReplicas ?? 0)",
                "available \(status?.availableReplicas ?? 0)") + deleted
        case .replicaSet(let replicaSet):
            let status = replicaSet.status
            return columns(
                "replicaset.apps/\(replicaSet.metadata.name ?? "")",
                "desired \(replicaSet.spec.replicas ?? 1)", "current \(status?.replicas ?? 0)",
                "ready \(status?.readyReplicas ?? 0)") + deleted
        case .statefulSet(let statefulSet):
            return columns(
                "statefulset.apps/\(statefulSet.metadata.name ?? "")",
                "\(statefulSet.status?.readyReplicas ?? 0)/\(statefulSet.spec.replicas ?? 1)")
                + deleted
        case .persistentVolumeClaim(let claim):
            return columns(
                "persistentvolumeclaim/\(claim.metadata.name ?? "")",
                claim.metadata.deletionTimestamp != nil
                    ? "Terminating" : claim.status?.phase?.rawValue ?? "Pending",
                claim.spec.volumeName ?? "") + deleted
        case .node(let node):
            return columns("node/\(node.metadata.name ?? "")", node.statusColumn) + deleted
        case .job(let job):
            return columns(
                "job.batch/\(job.metadata.name ?? "")", job.statusColumn, job.completionsColumn)
                + deleted
        case .endpoints, .endpointSlice, .storageClass, .namespace:
            return nil
        default:
            let key = change.key
            return "\(key.kind.lowercased())/\(key.name)  \(change.verb.rawValue.lowercased())"
        }
    }

    private static func columns(_ values: String...) -> String {
        values.enumerated().map { index, value in
            let width = index == 0 ? 40 : 12
            return value.count >= width ? value + " " : value.padding(toLength: width)
        }.joined().trimmingTrailingSpaces
    }
}

extension Pod {
    /// kubectl's READY column: ready containers / containers.
    public var readyColumn: String {
        let statuses = status?.containerStatuses ?? []
        return "\(statuses.filter(\.ready).count)/\(spec.containers.count)"
    }

    /// kubectl's STATUS column, as `printPod` computes it: the phase, replaced by the pod's
    /// reason (`Evicted`), then by a container's waiting or terminated reason, then
    /// `Terminating` (`Unknown` on an unreachable node) once deletion started.
    public var statusColumn: String {
        var reason = status?.reason ?? status?.phase?.rawValue ?? "Pending"
        var hasRunning = false
        for container in (status?.containerStatuses ?? []).reversed() {
            if let waiting = container.state?.waiting?.reason, !waiting.isEmpty {
                reason = waiting
            } else if let terminated = container.state?.terminated {
                reason = terminated.reason ?? "ExitCode:\(terminated.exitCode)"
            } else if container.ready, container.state?.running != nil {
                hasRunning = true
            }
        }
        if reason == "Completed", hasRunning { reason = "Running" }
        if metadata.deletionTimestamp != nil {
            return status?.reason == "NodeLost" ? "Unknown" : "Terminating"
        }
        return reason
    }

    public var restarts: Int {
        (status?.containerStatuses ?? []).reduce(0) { $0 + $1.restartCount }
    }
}

extension Node {
    /// kubectl's STATUS column: `Ready`, `NotReady`, plus `SchedulingDisabled` when cordoned.
    public var statusColumn: String {
        let ready = status?.conditions?.first { $0.type == "Ready" }?.status == "True"
        let base = ready ? "Ready" : "NotReady"
        return spec?.unschedulable == true ? base + ",SchedulingDisabled" : base
    }
}

extension String {
    fileprivate func padding(toLength length: Int) -> String {
        self + String(repeating: " ", count: max(0, length - count))
    }

    fileprivate var trimmingTrailingSpaces: String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
