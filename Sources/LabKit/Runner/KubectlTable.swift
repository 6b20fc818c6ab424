import ClusterSim
import KubeModel

/// `kubectl get` tables for the kinds scenarios list: columns as kubectl prints them, each as
/// wide as its longest cell plus three spaces (more kinds in `KubectlTable+MoreKinds`).
enum KubectlTable {
    /// `kubectl get all`: what the API server files under the `all` category.
    static let allKinds = [
        Pod.kind, Service.kind, DaemonSet.kind, Deployment.kind, ReplicaSet.kind,
        StatefulSet.kind, HorizontalPodAutoscaler.kind, Job.kind,
    ]

    /// The lines of `kubectl get KIND [NAME] [-o wide]`, header first; nil when nothing
    /// matches.
    ///
    /// `kubectl get all` prints a table per kind that has objects, each name as `kind/name`,
    /// with a blank line between them.
    static func lines(
        kind: String, name: String?, namespace: String, wide: Bool = false, in cluster: Cluster
    ) -> [String]? {
        guard kind == "all" else {
            let rows = rows(kind: kind, name: name, namespace: namespace, wide: wide, in: cluster)
            return rows.count > 1 ? TextColumns.aligned(rows) : nil
        }
        let sections = allKinds.compactMap { kind -> [String]? in
            var rows = rows(kind: kind, name: nil, namespace: namespace, wide: wide, in: cluster)
            guard rows.count > 1, let type = Cluster.storedKind(named: kind) else { return nil }
            for index in rows.indices.dropFirst() {
                rows[index][0] = "\(type.kubectlName)/\(rows[index][0])"
            }
            return TextColumns.aligned(rows)
        }
        guard !sections.isEmpty else { return nil }
        return Array(sections.joined(separator: [""]))
    }

    /// The table of one kind, header first.
    private static func rows(
        kind: String, name: String?, namespace: String, wide: Bool, in cluster: Cluster
    ) -> [[String]] {
        var rows: [[String]]
        switch kind {
        case HorizontalPodAutoscaler.kind:
            rows = [["NAME", "REFERENCE", "TARGETS", "MINPODS", "MAXPODS", "REPLICAS", "AGE"]]
            // The API server prints the table, and from 1.30 on it names each resource.
            let version = KubernetesVersion(cluster.controlPlaneVersion)
            let namesResources = version.map { $0 >= KubernetesVersion(major: 1, minor: 30) }
            for hpa in cluster.list(HorizontalPodAutoscaler.self, namespace: namespace)
            where name == nil || hpa.metadata.name == name {
                rows.append([
                    hpa.metadata.name ?? "", hpa.referenceColumn,
                    hpa.targetsColumn(namingResources: namesResources ?? false),
                    String(hpa.spec.minReplicas ?? 1), String(hpa.spec.maxReplicas),
                    String(hpa.status?.currentReplicas ?? 0), age(of: hpa, in: cluster),
                ])
            }
        case PodDisruptionBudget.kind:
            rows = [["NAME", "MIN AVAILABLE", "MAX UNAVAILABLE", "ALLOWED DISRUPTIONS", "AGE"]]
            for pdb in cluster.list(PodDisruptionBudget.self, namespace: namespace)
            where name == nil || pdb.metadata.name == name {
                rows.append([
                    pdb.metadata.name ?? "", pdb.spec?.minAvailable.map(text) ?? "N/A",
                    pdb.spec?.maxUnavailable.map(text) ?? "N/A",
                    String(pdb.status?.disruptionsAllowed ?? 0), age(of: pdb, in: cluster),
                ])
            }
        case Deployment.kind:
            rows = [["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"]]
            for deployment in cluster.list(Deployment.self, namespace: namespace)
            where name == nil || deployment.metadata.name == name {
                let status = deployment.status
                rows.append([
                    deployment.metadata.name ?? "",
                    "\(status?.readyReplicas ?? 0)/\(deployment.spec.replicas ?? 1)",
                    String(status?.updatedReplicas ?? 0), String(status?.availableReplicas ?? 0),
                    age(of: deployment, in: cluster),
                ])
            }
        case ReplicaSet.kind:
            rows = [["NAME", "DESIRED", "CURRENT", "READY", "AGE"]]
            for set in cluster.list(ReplicaSet.self, namespace: namespace)
            where name == nil || set.metadata.name == name {
                rows.append([
                    set.metadata.name ?? "", String(set.spec.replicas ?? 1),
                    String(set.status?.replicas ?? 0), String(set.status?.readyReplicas ?? 0),
                    age(of: set, in: cluster),
                ])
            }
        case Service.kind:
            rows = serviceRows(name, namespace: namespace, wide: wide, in: cluster)
        case Endpoints.kind:
            rows = endpointsRows(name, namespace: namespace, in: cluster)
        case StatefulSet.kind:
            rows = statefulSetRows(name, namespace: namespace, wide: wide, in: cluster)
        case DaemonSet.kind:
            rows = daemonSetRows(name, namespace: namespace, wide: wide, in: cluster)
        case Job.kind:
            rows = jobRows(name, namespace: namespace, in: cluster)
        case EndpointSlice.kind:
            rows = endpointSliceRows(name, namespace: namespace, in: cluster)
        case "Event":
            rows = eventRows(namespace: namespace, in: cluster)
        case PersistentVolumeClaim.kind:
            rows = claimRows(name, namespace: namespace, wide: wide, in: cluster)
        case PersistentVolume.kind:
            rows = volumeRows(name, wide: wide, in: cluster)
        case Namespace.kind:
            rows = namespaceRows(name, in: cluster)
        case Node.kind:
            rows = [["NAME", "STATUS", "ROLES", "AGE", "VERSION"]]
            for node in cluster.list(Node.self) where name == nil || node.metadata.name == name {
                var status = node.isReadyNode ? "Ready" : "NotReady"
                if node.spec?.unschedulable == true { status += ",SchedulingDisabled" }
                rows.append([
                    node.metadata.name ?? "", status, "<none>", age(of: node, in: cluster),
                    node.status?.nodeInfo?.kubeletVersion ?? "",
                ])
            }
        default:
            rows = [["NAME", "READY", "STATUS", "RESTARTS", "AGE"]]
            if wide { rows[0] += ["IP", "NODE", "NOMINATED NODE", "READINESS GATES"] }
            for pod in cluster.list(Pod.self, namespace: namespace)
            where name == nil || pod.metadata.name == name {
                // The columns `kubectl get -w` prints: STATUS is the waiting reason
                // (ImagePullBackOff, CrashLoopBackOff) or Terminating when there is one.
                var row = [
                    pod.metadata.name ?? "", pod.readyColumn, pod.statusColumn,
                    String(pod.restarts), age(of: pod, in: cluster),
                ]
                if wide {
                    row += [
                        pod.status?.podIP ?? "<none>", pod.spec.nodeName ?? "<none>",
                        pod.status?.nominatedNodeName ?? "<none>", "<none>",
                    ]
                }
                rows.append(row)
            }
        }
        return rows
    }

    private static func text(_ value: IntOrString) -> String {
        switch value {
        case .int(let number): String(number)
        case .string(let text): text
        }
    }

    static func age<T: StoredKind>(of object: T, in cluster: Cluster) -> String {
        let created = cluster.creationTime(of: object) ?? cluster.now
        return humanDuration(seconds: Int((cluster.now - created).milliseconds / 1000))
    }

    /// kubectl's `duration.HumanDuration`: `45s`, `3m20s`, `37m`, `5h12m`, `3d`; a time more
    /// than a second ahead is `<invalid>` (a pod's deletion deadline).
    static func humanDuration(seconds: Int) -> String {
        let minutes = seconds / 60
        let hours = minutes / 60
        switch seconds {
        case ..<(-1): return "<invalid>"
        case ..<0: return "0s"
        case ..<120: return "\(seconds)s"
        case ..<600: return seconds % 60 == 0 ? "\(minutes)m" : "\(minutes)m\(seconds % 60)s"
        case ..<(3 * 3600): return "\(minutes)m"
        case ..<(8 * 3600): return minutes % 60 == 0 ? "\(hours)h" : "\(hours)h\(minutes % 60)m"
        case ..<(48 * 3600): return "\(hours)h"
        default: return "\(hours / 24)d"
        }
    }
}
