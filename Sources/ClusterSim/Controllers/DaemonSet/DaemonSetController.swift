public import KubeModel

/// Runs one pod per eligible node (pkg/controller/daemon/daemon_controller.go `manage`): new
/// nodes get a pod, nodes that no longer qualify or no longer exist lose theirs.
///
/// Pods are
/// pinned to their node by required node affinity; the scheduler binds them.
public final class DaemonSetController: Controller {
    public let name = "daemonset-controller"

    static let templateGenerationLabel = "pod-template-generation"
    var revisionHashes = RevisionHashes()

    public init() {}

    public func keys(for change: StoreChange, in cluster: Cluster) -> [ObjectKey] {
        switch change.resource {
        case .daemonSet(let daemonSet):
            return [daemonSet.storeKey]
        case .pod(let pod):
            return (pod.metadata.ownerReferences ?? [])
                .filter { $0.controller == true && $0.kind == DaemonSet.kind }
                .map {
                    ObjectKey(
                        kind: DaemonSet.kind, namespace: pod.storeKey.namespace, name: $0.name)
                }
        case .node:
            return cluster.list(DaemonSet.self).map(\.storeKey)
        default:
            return []
        }
    }

    public func sync(_ key: ObjectKey, in cluster: Cluster) {
        guard let daemonSet = cluster.get(DaemonSet.self, key),
            daemonSet.metadata.deletionTimestamp == nil
        else { return }
        let template = daemonSet.spec.template.spec ?? PodSpec(containers: [])
        let nodes = cluster.list(Node.self)
        let pods = Self.pods(of: daemonSet, in: cluster)
        // By target node once: a sync is linear in nodes and pods (every node change syncs).
        let live = Dictionary(
            grouping: pods.filter { $0.metadata.deletionTimestamp == nil },
            by: { DaemonSetPlacement.targetNode(of: $0) ?? "" })
        let nodeNames = Set(nodes.compactMap(\.metadata.name))
        for node in nodes {
            let nodeName = node.metadata.name ?? ""
            let onNode = live[nodeName] ?? []
            if DaemonSetPlacement.shouldRun(template, on: node) {
                let failed = onNode.filter { $0.status?.phase == .failed }
                for pod in failed { deletePod(pod, of: daemonSet, force: false, in: cluster) }
                let running = onNode.filter { $0.status?.phase != .failed }
                if running.isEmpty && failed.isEmpty {
                    createPod(for: daemonSet, on: nodeName, in: cluster)
                }
                // Keep the oldest pod; remove duplicates.
                for pod in running.dropFirst() {
                    deletePod(pod, of: daemonSet, force: false, in: cluster)
                }
            } else {
                for pod in onNode { deletePod(pod, of: daemonSet, force: false, in: cluster) }
            }
        }
        // Pods of nodes that are gone (the pod garbage collector's part upstream).
        for pod in pods where pod.metadata.deletionTimestamp == nil {
            guard let target = DaemonSetPlacement.targetNode(of: pod), !nodeNames.contains(target)
            else { continue }
            deletePod(pod, of: daemonSet, force: true, in: cluster)
        }
        updateStatus(of: daemonSet, nodes: nodes, in: cluster)
    }

    /// The DaemonSet's pods, oldest first, from the owner index.
    static func pods(of daemonSet: DaemonSet, in cluster: Cluster) -> [Pod] {
        cluster.dependents(ofUID: daemonSet.metadata.uid ?? "")
            .filter { $0.kind == Pod.kind }.compactMap { cluster.get(Pod.self, $0) }
    }

    /// `CreatePods` with the daemon pod's pinning and automatic tolerations.
    private func createPod(for daemonSet: DaemonSet, on nodeName: String, in cluster: Cluster) {
        let template = daemonSet.spec.template
        var spec = template.spec ?? PodSpec(containers: [])
        spec.tolerations = DaemonSetPlacement.tolerations(for: spec)
        DaemonSetPlacement.pin(&spec, to: nodeName)
        var metadata = ObjectMeta(
            namespace: daemonSet.storeKey.namespace, labels: template.labels,
            annotations: template.metadata?.annotations)
        metadata.generateName = "\(daemonSet.metadata.name ?? "")-"
        var labels = template.labels
        labels[StatefulSetIdentity.revisionLabel] = revisionHashes.hash(
            of: template, uid: daemonSet.metadata.uid, generation: daemonSet.metadata.generation)
        labels[Self.templateGenerationLabel] = String(daemonSet.metadata.generation ?? 1)
        metadata.labels = labels
        metadata.ownerReferences = [
            OwnerReference(
                apiVersion: "apps/v1", kind: DaemonSet.kind, name: daemonSet.metadata.name ?? "",
                uid: daemonSet.metadata.uid ?? "", controller: true, blockOwnerDeletion: true)
        ]
        PodControl(controller: name, owner: daemonSet.storeKey)
            .create(Pod(metadata: metadata, spec: spec), in: cluster)
    }

    private func deletePod(_ pod: Pod, of daemonSet: DaemonSet, force: Bool, in cluster: Cluster) {
        PodControl(controller: name, owner: daemonSet.storeKey)
            .delete(pod, gracePeriodSeconds: force ? 0 : nil, in: cluster)
    }
}
