import ClusterSim
import KubeModel

/// `kubectl describe pod` (describe.go `describePod`).
enum PodDescription {
    static func lines(_ pod: Pod, in cluster: Cluster) -> [String] {
        var w = DescribeWriter()
        let status = pod.status
        w.write(0, "Name:\t\(pod.metadata.name ?? "")\n")
        w.write(0, "Namespace:\t\(pod.metadata.namespace ?? "default")\n")
        // Priority admission gives every pod a priority; ServiceAccount admission an account.
        w.write(0, "Priority:\t\(pod.spec.priority ?? 0)\n")
        if let className = pod.spec.priorityClassName, !className.isEmpty {
            w.write(0, "Priority Class Name:\t\(className)\n")
        }
        w.write(0, "Service Account:\t\(serviceAccount(pod))\n")
        if let node = pod.spec.nodeName, !node.isEmpty {
            w.write(0, "Node:\t\(node)/\(status?.hostIP ?? "")\n")
        } else {
            w.write(0, "Node:\t<none>\n")
        }
        if let start = status?.startTime { w.write(0, "Start Time:\t\(w.time(start))\n") }
        w.labels("Labels", pod.metadata.labels)
        w.annotations("Annotations", pod.metadata.annotations)
        let phase = status?.phase ?? .pending
        if let deletion = pod.metadata.deletionTimestamp, phase != .failed, phase != .succeeded {
            w.write(0, "Status:\tTerminating (lasts \(w.since(deletion, in: cluster)))\n")
            let grace = pod.metadata.deletionGracePeriodSeconds ?? 30
            w.write(0, "Termination Grace Period:\t\(grace)s\n")
        } else {
            w.write(0, "Status:\t\(phase.rawValue)\n")
        }
        if let reason = status?.reason, !reason.isEmpty { w.write(0, "Reason:\t\(reason)\n") }
        if let message = status?.message, !message.isEmpty { w.write(0, "Message:\t\(message)\n") }
        w.write(0, "IP:\t\(status?.podIP ?? "")\n")
        if let ip = status?.podIP, !ip.isEmpty {
            w.write(0, "IPs:\n")
            w.write(1, "IP:\t\(ip)\n")
        } else {
            w.write(0, "IPs:\t<none>\n")
        }
        w.controller(of: pod.metadata)
        if let nominated = status?.nominatedNodeName, !nominated.isEmpty {
            w.write(0, "NominatedNodeName:\t\(nominated)\n")
        }
        let token = tokenVolume(pod)
        var statuses: [String: ContainerStatus] = [:]
        for entry in (status?.initContainerStatuses ?? []) + (status?.containerStatuses ?? []) {
            statuses[entry.name] = entry
        }
        let runtime = DescribeWriter.RuntimeView(
            podUID: pod.metadata.uid ?? "", statuses: statuses, tokenVolume: token)
        if let initContainers = pod.spec.initContainers, !initContainers.isEmpty {
            w.containers("Init Containers", initContainers, runtime: runtime, space: "")
        }
        w.containers("Containers", pod.spec.containers, runtime: runtime, space: "")
        if let conditions = status?.conditions, !conditions.isEmpty {
            w.write(0, "Conditions:\n  Type\tStatus\n")
            for condition in conditions { w.write(1, "\(condition.type) \t\(condition.status) \n") }
        }
        w.volumes(pod.spec.volumes ?? [], token: token, space: "")
        w.write(0, "QoS Class:\t\((status?.qosClass ?? pod.spec.qosClass).rawValue)\n")
        w.labels("Node-Selectors", pod.spec.nodeSelector)
        w.tolerations("Tolerations", pod.admittedTolerations)
        w.events(about: pod.storeKey, since: cluster.creationTime(of: pod), in: cluster)
        return w.finish()
    }

    private static func serviceAccount(_ pod: Pod) -> String {
        let name = pod.spec.serviceAccountName ?? pod.spec.serviceAccount ?? ""
        return name.isEmpty ? "default" : name
    }

    /// The token volume ServiceAccount admission mounts, unless the pod opts out.
    private static func tokenVolume(_ pod: Pod) -> String? {
        guard pod.spec.automountServiceAccountToken != false else { return nil }
        return PodIdentifiers.tokenVolume(podUID: pod.metadata.uid ?? pod.metadata.name ?? "")
    }
}
