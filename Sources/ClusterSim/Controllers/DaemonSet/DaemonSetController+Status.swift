import KubeModel

extension DaemonSetController {
    /// `updateDaemonSetStatus`: counts over eligible nodes, the first pod of each.
    func updateStatus(of daemonSet: DaemonSet, nodes: [Node], in cluster: Cluster) {
        let template = daemonSet.spec.template.spec ?? PodSpec(containers: [])
        let hash = revisionHashes.hash(
            of: daemonSet.spec.template, uid: daemonSet.metadata.uid,
            generation: daemonSet.metadata.generation)
        let minReadySeconds = daemonSet.spec.minReadySeconds ?? 0
        let pods = Dictionary(
            grouping: Self.pods(of: daemonSet, in: cluster).filter {
                $0.metadata.deletionTimestamp == nil
            },
            by: { DaemonSetPlacement.targetNode(of: $0) ?? "" })
        var desired = 0
        var scheduled = 0
        var misscheduled = 0
        var ready = 0
        var available = 0
        var updated = 0
        for node in nodes {
            let nodeName = node.metadata.name ?? ""
            let onNode = pods[nodeName] ?? []
            let shouldRun = DaemonSetPlacement.shouldRun(template, on: node)
            if shouldRun { desired += 1 }
            guard let pod = onNode.first else { continue }
            guard shouldRun else {
                misscheduled += 1
                continue
            }
            scheduled += 1
            if pod.isReady {
                ready += 1
                if StatefulPodState.isAvailable(
                    pod, minReadySeconds: minReadySeconds, now: cluster.now)
                {
                    available += 1
                }
            }
            if pod.metadata.labels?[StatefulSetIdentity.revisionLabel] == hash { updated += 1 }
        }
        var status = daemonSet.status ?? DaemonSetStatus()
        status.desiredNumberScheduled = desired
        status.currentNumberScheduled = scheduled
        status.numberMisscheduled = misscheduled
        status.numberReady = ready
        status.numberAvailable = available
        status.numberUnavailable = desired - available
        status.updatedNumberScheduled = updated
        status.observedGeneration = daemonSet.metadata.generation
        guard status != daemonSet.status else { return }
        _ = try? cluster.modify(DaemonSet.self, daemonSet.storeKey) { $0.status = status }
    }
}
