import KubeModel

/// The stable identity a StatefulSet gives its pods and claims: names by ordinal, labels,
/// hostname and subdomain, volumes (pkg/controller/statefulset/stateful_set_utils.go).
enum StatefulSetIdentity {
    static let podNameLabel = "statefulset.kubernetes.io/pod-name"
    static let podIndexLabel = "apps.kubernetes.io/pod-index"
    static let revisionLabel = "controller-revision-hash"

    /// `web-0` (`getPodName`).
    static func podName(_ set: StatefulSet, ordinal: Int) -> String {
        "\(set.metadata.name ?? "")-\(ordinal)"
    }

    /// `www-web-0` (`getPersistentVolumeClaimName`).
    static func claimName(
        _ set: StatefulSet, template: PersistentVolumeClaimTemplate, ordinal: Int
    ) -> String {
        "\(template.metadata.name ?? "")-\(set.metadata.name ?? "")-\(ordinal)"
    }

    /// The ordinal in a pod's name when it is `<set>-<n>`, else nil (`getParentNameAndOrdinal`).
    static func ordinal(of podName: String, setName: String) -> Int? {
        let prefix = setName + "-"
        guard podName.hasPrefix(prefix) else { return nil }
        let digits = podName.dropFirst(prefix.count)
        guard !digits.isEmpty, digits.allSatisfy(\.isNumber), let value = Int(digits) else {
            return nil
        }
        return value
    }

    /// `ordinals.start`, 0 by default.
    static func startOrdinal(_ set: StatefulSet) -> Int { set.spec.ordinals?.start ?? 0 }

    /// The ordinals the set should run: `[start, start + replicas)`.
    static func ordinalRange(_ set: StatefulSet) -> Range<Int> {
        let start = startOrdinal(set)
        return start..<(start + max(0, set.spec.replicas ?? 1))
    }

    /// The controller reference every pod (and claim, by policy) gets.
    static func controllerReference(to set: StatefulSet) -> OwnerReference {
        OwnerReference(
            apiVersion: "apps/v1", kind: StatefulSet.kind, name: set.metadata.name ?? "",
            uid: set.metadata.uid ?? "", controller: true, blockOwnerDeletion: true)
    }

    /// A new pod for `ordinal` from `template` at `revision` (`newVersionedStatefulSetPod`).
    static func newPod(
        _ set: StatefulSet, ordinal: Int, template: PodTemplateSpec, revision: String
    ) -> Pod {
        let name = podName(set, ordinal: ordinal)
        var metadata = ObjectMeta(
            name: name, namespace: set.metadata.namespace ?? ObjectMeta.defaultNamespace,
            labels: template.labels, annotations: template.metadata?.annotations)
        metadata.finalizers = template.metadata?.finalizers
        metadata.ownerReferences = [controllerReference(to: set)]
        var labels = template.labels
        labels[podNameLabel] = name
        labels[podIndexLabel] = String(ordinal)
        labels[revisionLabel] = revision
        metadata.labels = labels
        var spec = template.spec ?? PodSpec(containers: [])
        // initIdentity: set only at creation.
        spec.hostname = name
        if let serviceName = set.spec.serviceName, !serviceName.isEmpty {
            spec.subdomain = serviceName
        }
        spec.volumes = volumes(set, ordinal: ordinal, current: spec.volumes ?? [])
        return Pod(metadata: metadata, spec: spec)
    }

    /// The claims the pod at `ordinal` needs, in template order (`getPersistentVolumeClaims`).
    static func claims(_ set: StatefulSet, ordinal: Int) -> [PersistentVolumeClaim] {
        (set.spec.volumeClaimTemplates ?? []).map { template in
            var metadata = template.metadata
            metadata.name = claimName(set, template: template, ordinal: ordinal)
            metadata.namespace = set.metadata.namespace ?? ObjectMeta.defaultNamespace
            var labels = metadata.labels ?? [:]
            for (key, value) in set.spec.selector.matchLabels ?? [:] { labels[key] = value }
            metadata.labels = labels
            return PersistentVolumeClaim(metadata: metadata, spec: template.spec)
        }
    }

    /// The pod's volumes: one per claim template, then its other volumes (`updateStorage`).
    private static func volumes(_ set: StatefulSet, ordinal: Int, current: [Volume]) -> [Volume] {
        let templates = set.spec.volumeClaimTemplates ?? []
        let templateNames = templates.compactMap(\.metadata.name)
        let claimVolumes = templates.map { template in
            var volume = Volume(name: template.metadata.name ?? "")
            volume.persistentVolumeClaim = PersistentVolumeClaimVolumeSource(
                claimName: claimName(set, template: template, ordinal: ordinal), readOnly: false)
            return volume
        }
        return claimVolumes + current.filter { !templateNames.contains($0.name) }
    }
}
