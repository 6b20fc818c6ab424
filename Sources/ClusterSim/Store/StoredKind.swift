public import KubeModel

/// A kind the simulated API server stores: where its table is, and what counts as a spec change
/// (which bumps `metadata.generation`, as upstream does for every kind with a spec).
public protocol StoredKind: KubeObject {
    static var table: WritableKeyPath<ObjectStore, Table<Self>> { get }
    /// Cluster-scoped kinds (Node, PersistentVolume, StorageClass, Namespace) have no namespace.
    static var isClusterScoped: Bool { get }
    var resource: KubeResource { get }
    func hasSameSpec(as other: Self) -> Bool
    /// What the API server's registry sets on a new object (upstream `PrepareForCreate`, and
    /// the allocators that run with it).
    mutating func prepareForCreate(in cluster: Cluster)
    /// What an update may not change (upstream `PrepareForUpdate`).
    mutating func prepareForUpdate(from old: Self)
    /// What an update drops when a feature gate is off (upstream `dropDisabledFields`).
    mutating func dropDisabledFields(from old: Self?, in cluster: Cluster)
    /// Why the API server refuses this update of `old`, or nil (upstream `ValidateUpdate`).
    func refusesUpdate(from old: Self) -> APIError?
    /// What the registry sets when the object is deleted (upstream `BeforeDelete`).
    mutating func prepareForDeletion()
    /// Whether a deleted object must stay until a controller has finished with it, beyond its
    /// `metadata.finalizers`.
    var holdsDeletion: Bool { get }
}

extension StoredKind {
    public static var isClusterScoped: Bool { false }
    public mutating func prepareForCreate(in cluster: Cluster) {}
    public mutating func prepareForUpdate(from old: Self) {}
    public mutating func dropDisabledFields(from old: Self?, in cluster: Cluster) {}
    public func refusesUpdate(from old: Self) -> APIError? { nil }
    public mutating func prepareForDeletion() {}
    public var holdsDeletion: Bool { false }
}

extension Pod: StoredKind {
    public static var table: WritableKeyPath<ObjectStore, Table<Pod>> { \.pods }
    public var resource: KubeResource { .pod(self) }
    public func hasSameSpec(as other: Pod) -> Bool { spec == other.spec }

    public mutating func dropDisabledFields(from old: Pod?, in cluster: Cluster) {
        spec.dropPodLevelResources(unlessIn: old?.spec, in: cluster)
    }

    /// pkg/registry/core/pod/strategy.go `PrepareForCreate`: a new pod is Pending, its QoS
    /// class set from its resources, whatever status the manifest carried.
    public mutating func prepareForCreate(in cluster: Cluster) {
        var fresh = PodStatus(phase: .pending)
        fresh.qosClass = spec.qosClass
        status = fresh
    }

    /// A re-applied manifest leaves out the node the scheduler bound the pod to; it stays
    /// (kubectl apply's merge keeps fields the manifest never set).
    public mutating func prepareForUpdate(from old: Pod) {
        if spec.nodeName == nil { spec.nodeName = old.spec.nodeName }
    }

    /// ValidatePodUpdate: a pod's spec is fixed but for images, the active deadline and added
    /// tolerations (binding sets the node once).
    public func refusesUpdate(from old: Pod) -> APIError? {
        // Most pod updates are status writes: the spec is the stored one, compared by identity.
        guard spec != old.spec else { return nil }
        var unchanged = spec
        for index in unchanged.containers.indices where index < old.spec.containers.count {
            unchanged.containers[index].image = old.spec.containers[index].image
        }
        if var list = unchanged.initContainers, let oldList = old.spec.initContainers {
            for index in list.indices where index < oldList.count {
                list[index].image = oldList[index].image
            }
            unchanged.initContainers = list
        }
        unchanged.activeDeadlineSeconds = old.spec.activeDeadlineSeconds
        if (old.spec.tolerations ?? []).allSatisfy((spec.tolerations ?? []).contains) {
            unchanged.tolerations = old.spec.tolerations
        }
        if old.spec.nodeName == nil { unchanged.nodeName = nil }
        guard unchanged != old.spec else { return nil }
        return .invalid(
            Self.kind, metadata.name ?? "",
            "spec: Forbidden: pod updates may not change fields other than "
                + "`spec.containers[*].image`,`spec.initContainers[*].image`,"
                + "`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing "
                + "tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if "
                + "it was previously negative)")
    }
}

extension Deployment: StoredKind {
    public static var table: WritableKeyPath<ObjectStore, Table<Deployment>> { \.deployments }
    public var resource: KubeResource { .deployment(self) }
    public func hasSameSpec(as other: Deployment) -> Bool { spec == other.spec }

    public mutating func dropDisabledFields(from old: Deployment?, in cluster: Cluster) {
        spec.template.spec?.dropPodLevelResources(unlessIn: old?.spec.template.spec, in: cluster)
    }
    public func refusesUpdate(from old: Deployment) -> APIError? {
        immutableSelectorRefusal(spec.selector, old: old.spec.selector)
    }
}

extension ReplicaSet: StoredKind {
    public static var table: WritableKeyPath<ObjectStore, Table<ReplicaSet>> { \.replicaSets }
    public var resource: KubeResource { .replicaSet(self) }
    public func hasSameSpec(as other: ReplicaSet) -> Bool { spec == other.spec }

    public mutating func dropDisabledFields(from old: ReplicaSet?, in cluster: Cluster) {
        spec.template.spec?.dropPodLevelResources(unlessIn: old?.spec.template.spec, in: cluster)
    }
    public func refusesUpdate(from old: ReplicaSet) -> APIError? {
        immutableSelectorRefusal(spec.selector, old: old.spec.selector)
    }
}

extension StatefulSet: StoredKind {
    public static var table: WritableKeyPath<ObjectStore, Table<StatefulSet>> { \.statefulSets }
    public var resource: KubeResource { .statefulSet(self) }
    public func hasSameSpec(as other: StatefulSet) -> Bool { spec == other.spec }

    /// pkg/registry/apps/statefulset/strategy.go `dropStatefulSetDisabledFields`: with
    /// `MaxUnavailableStatefulSet` off, `rollingUpdate.maxUnavailable` is dropped unless the
    /// old object used it.
    public mutating func dropDisabledFields(from old: StatefulSet?, in cluster: Cluster) {
        spec.template.spec?.dropPodLevelResources(unlessIn: old?.spec.template.spec, in: cluster)
        guard spec.updateStrategy?.rollingUpdate?.maxUnavailable != nil,
            old?.spec.updateStrategy?.rollingUpdate?.maxUnavailable == nil,
            !cluster.isEnabled(.maxUnavailableStatefulSet)
        else { return }
        spec.updateStrategy?.rollingUpdate?.maxUnavailable = nil
    }

    /// ValidateStatefulSetUpdate: only these fields of the spec may change.
    public func refusesUpdate(from old: StatefulSet) -> APIError? {
        var unchanged = spec
        unchanged.replicas = old.spec.replicas
        unchanged.template = old.spec.template
        unchanged.updateStrategy = old.spec.updateStrategy
        unchanged.minReadySeconds = old.spec.minReadySeconds
        unchanged.ordinals = old.spec.ordinals
        unchanged.persistentVolumeClaimRetentionPolicy =
            old.spec.persistentVolumeClaimRetentionPolicy
        guard unchanged != old.spec else { return nil }
        return .invalid(
            Self.kind, metadata.name ?? "",
            "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', "
                + "'ordinals', 'template', 'updateStrategy', "
                + "'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden")
    }
}

extension EndpointSlice: StoredKind {
    public static var table: WritableKeyPath<ObjectStore, Table<EndpointSlice>> {
        \.endpointSlices
    }
    public var resource: KubeResource { .endpointSlice(self) }
    public func hasSameSpec(as other: EndpointSlice) -> Bool {
        addressType == other.addressType && endpoints == other.endpoints && ports == other.ports
    }
}

extension Job: StoredKind {
    public static var table: WritableKeyPath<ObjectStore, Table<Job>> { \.jobs }
    public var resource: KubeResource { .job(self) }
    public func hasSameSpec(as other: Job) -> Bool { spec == other.spec }

    public mutating func dropDisabledFields(from old: Job?, in cluster: Cluster) {
        spec.template.spec?.dropPodLevelResources(unlessIn: old?.spec.template.spec, in: cluster)
    }

    /// pkg/registry/batch/job/strategy.go `PrepareForCreate` and `generateSelector`: without
    /// `manualSelector`, the Job selects its pods by its own uid, and the template carries it
    /// (`batch.kubernetes.io/controller-uid`, `batch.kubernetes.io/job-name` and the legacy
    /// `controller-uid`, `job-name`); a new Job has no status.
    public mutating func prepareForCreate(in cluster: Cluster) {
        status = nil
        guard spec.manualSelector != true else { return }
        let uid = cluster.nextUID
        let name = metadata.name ?? ""
        var labels = spec.template.metadata?.labels ?? [:]
        labels["batch.kubernetes.io/controller-uid"] = uid
        labels["batch.kubernetes.io/job-name"] = name
        labels["controller-uid"] = uid
        labels["job-name"] = name
        var template = spec.template.metadata ?? ObjectMeta()
        template.labels = labels
        spec.template.metadata = template
        spec.selector = LabelSelector(matchLabels: ["batch.kubernetes.io/controller-uid": uid])
    }

    /// ValidateJobUpdate: the selector and the pod template are immutable (but for a
    /// suspended Job's scheduling fields, which LabKit does not model).
    public func refusesUpdate(from old: Job) -> APIError? {
        guard spec.template != old.spec.template || spec.selector != old.spec.selector else {
            return nil
        }
        return APIError(
            code: 422, reason: .invalid,
            message:
                "Job.batch \"\(metadata.name ?? "")\" is invalid: spec.template: Invalid value:"
                + " field is immutable")
    }

    /// A re-applied manifest leaves out the generated selector and labels; they stay.
    public mutating func prepareForUpdate(from old: Job) {
        if spec.selector == nil { spec.selector = old.spec.selector }
        if old.spec.manualSelector != true {
            var template = spec.template.metadata ?? ObjectMeta()
            var labels = template.labels ?? [:]
            for (key, value) in old.spec.template.metadata?.labels ?? [:]
            where key.contains("controller-uid") || key.hasSuffix("job-name") {
                labels[key] = value
            }
            template.labels = labels
            spec.template.metadata = template
        }
    }
}

extension DaemonSet: StoredKind {
    public static var table: WritableKeyPath<ObjectStore, Table<DaemonSet>> { \.daemonSets }
    public var resource: KubeResource { .daemonSet(self) }
    public func hasSameSpec(as other: DaemonSet) -> Bool { spec == other.spec }

    public mutating func dropDisabledFields(from old: DaemonSet?, in cluster: Cluster) {
        spec.template.spec?.dropPodLevelResources(unlessIn: old?.spec.template.spec, in: cluster)
    }
    public func refusesUpdate(from old: DaemonSet) -> APIError? {
        immutableSelectorRefusal(spec.selector, old: old.spec.selector)
    }
}

extension Service: StoredKind {
    public static var table: WritableKeyPath<ObjectStore, Table<Service>> { \.services }
    public var resource: KubeResource { .service(self) }
    public func hasSameSpec(as other: Service) -> Bool { spec == other.spec }

    /// The API server gives a Service its cluster IP and node ports when it is created.
    public mutating func prepareForCreate(in cluster: Cluster) {
        ServiceAddresses(cluster: cluster).assign(to: &self)
    }

    /// A cluster IP, once set, stays (`clusterIP: None` cannot make a Service headless later).
    public func refusesUpdate(from old: Service) -> APIError? {
        guard let before = old.spec.clusterIP, !before.isEmpty,
            let after = spec.clusterIP, after != before
        else { return nil }
        return .invalid(
            Self.kind, metadata.name ?? "",
            "spec.clusterIPs[0]: Invalid value: \(GoSyntax.strings([after])): may not change once "
                + "set")
    }

    /// Allocated addresses stay: an update (a re-applied manifest without them) keeps them.
    public mutating func prepareForUpdate(from old: Service) {
        if spec.clusterIP == nil || spec.clusterIP == "" {
            spec.clusterIP = old.spec.clusterIP
            spec.clusterIPs = old.spec.clusterIPs
        }
        if spec.ipFamilyPolicy == nil { spec.ipFamilyPolicy = old.spec.ipFamilyPolicy }
        if spec.ipFamilies == nil { spec.ipFamilies = old.spec.ipFamilies }
        guard var ports = spec.ports, let oldPorts = old.spec.ports else { return }
        for index in ports.indices where ports[index].nodePort == nil {
            ports[index].nodePort =
                oldPorts.first { $0.port == ports[index].port }?.nodePort
        }
        spec.ports = ports
    }
}

extension Endpoints: StoredKind {
    public static var table: WritableKeyPath<ObjectStore, Table<Endpoints>> { \.endpoints }
    public var resource: KubeResource { .endpoints(self) }
    public func hasSameSpec(as other: Endpoints) -> Bool { true }
}

extension PersistentVolumeClaim: StoredKind {
    public static var table: WritableKeyPath<ObjectStore, Table<PersistentVolumeClaim>> {
        \.persistentVolumeClaims
    }
    public var resource: KubeResource { .persistentVolumeClaim(self) }
    public func hasSameSpec(as other: PersistentVolumeClaim) -> Bool { spec == other.spec }
}

extension PersistentVolume: StoredKind {
    public static var table: WritableKeyPath<ObjectStore, Table<PersistentVolume>> {
        \.persistentVolumes
    }
    public static var isClusterScoped: Bool { true }
    public var resource: KubeResource { .persistentVolume(self) }
    public func hasSameSpec(as other: PersistentVolume) -> Bool { spec == other.spec }
}

extension StorageClass: StoredKind {
    public static var table: WritableKeyPath<ObjectStore, Table<StorageClass>> { \.storageClasses }
    public static var isClusterScoped: Bool { true }
    public var resource: KubeResource { .storageClass(self) }
    public func hasSameSpec(as other: StorageClass) -> Bool { self == other }
}

extension HorizontalPodAutoscaler: StoredKind {
    public static var table: WritableKeyPath<ObjectStore, Table<HorizontalPodAutoscaler>> {
        \.horizontalPodAutoscalers
    }
    public var resource: KubeResource { .horizontalPodAutoscaler(self) }
    public func hasSameSpec(as other: HorizontalPodAutoscaler) -> Bool { spec == other.spec }

    /// pkg/registry/autoscaling/horizontalpodautoscaler/strategy.go `dropDisabledFields`: with
    /// `HPAConfigurableTolerance` off, a tolerance is dropped unless the old object used one.
    public mutating func dropDisabledFields(
        from old: HorizontalPodAutoscaler?, in cluster: Cluster
    ) {
        // The cheap test first: an autoscaler's status is written every 15 s.
        guard setsTolerance, !(old?.setsTolerance ?? false),
            !cluster.isEnabled(.hpaConfigurableTolerance), var behavior = spec.behavior
        else { return }
        behavior.scaleUp?.tolerance = nil
        behavior.scaleDown?.tolerance = nil
        spec.behavior = behavior
    }

    /// Whether a scaling direction carries its own tolerance.
    public var setsTolerance: Bool {
        spec.behavior?.scaleUp?.tolerance != nil || spec.behavior?.scaleDown?.tolerance != nil
    }
}

extension PodDisruptionBudget: StoredKind {
    public static var table: WritableKeyPath<ObjectStore, Table<PodDisruptionBudget>> {
        \.podDisruptionBudgets
    }
    public var resource: KubeResource { .podDisruptionBudget(self) }
    public func hasSameSpec(as other: PodDisruptionBudget) -> Bool { spec == other.spec }
}

extension Node: StoredKind {
    public static var table: WritableKeyPath<ObjectStore, Table<Node>> { \.nodes }
    public static var isClusterScoped: Bool { true }
    public var resource: KubeResource { .node(self) }
    public func hasSameSpec(as other: Node) -> Bool { spec == other.spec }
}

extension Namespace: StoredKind {
    public static var table: WritableKeyPath<ObjectStore, Table<Namespace>> { \.namespaces }
    public static var isClusterScoped: Bool { true }
    public var resource: KubeResource { .namespace(self) }
    public func hasSameSpec(as other: Namespace) -> Bool { spec == other.spec }

    /// The namespace registry gives every new namespace the `kubernetes` finalizer: the
    /// namespace controller's, removed once the namespace is empty.
    public mutating func prepareForCreate(in cluster: Cluster) {
        var finalizers = spec?.finalizers ?? []
        if !finalizers.contains(NamespaceController.finalizer) {
            finalizers.append(NamespaceController.finalizer)
        }
        spec = NamespaceSpec(finalizers: finalizers)
    }

    /// Only the namespace controller finalizes a namespace (the `finalize` subresource): an
    /// update, such as a re-applied manifest without `spec`, keeps the finalizers.
    public mutating func prepareForUpdate(from old: Namespace) {
        guard let finalizers = old.spec?.finalizers else { return }
        spec = NamespaceSpec(finalizers: finalizers)
    }

    /// A deleted namespace turns Terminating (and refuses new content) until it is empty.
    public mutating func prepareForDeletion() {
        var current = status ?? NamespaceStatus()
        current.phase = .terminating
        status = current
    }

    /// While `spec.finalizers` is not empty (upstream finalizes namespaces through `spec`).
    public var holdsDeletion: Bool { !(spec?.finalizers ?? []).isEmpty }
}

extension Ingress: StoredKind {
    public static var table: WritableKeyPath<ObjectStore, Table<Ingress>> { \.ingresses }
    public var resource: KubeResource { .ingress(self) }
    public func hasSameSpec(as other: Ingress) -> Bool { spec == other.spec }
}

extension PodSpec {
    /// pkg/api/pod/util.go `dropDisabledPodFields`: pod-level `resources` without the
    /// PodLevelResources gate, unless the old object already had them.
    mutating func dropPodLevelResources(unlessIn old: PodSpec?, in cluster: Cluster) {
        guard resources != nil, old?.resources == nil, !cluster.isEnabled(.podLevelResources)
        else { return }
        resources = nil
    }
}
