import KubeModel
import OrderedCollections

/// EKS managed node groups (`aws eks create-nodegroup`, `update-nodegroup-config`,
/// `delete-nodegroup`), with AWS's error wording in `APIError` messages.
extension Cluster {
    /// Every node group, in creation order (deleted groups disappear once their nodes are gone).
    public var nodeGroups: [NodeGroup] {
        registeredNodeGroupController?.groups.values.map(\.snapshot) ?? []
    }

    public func nodeGroup(named name: String) -> NodeGroup? {
        registeredNodeGroupController?.groups[name]?.snapshot
    }

    /// Creates a group: status CREATING, `desiredSize` instances launched now, their nodes
    /// registering after `nodeBootSeconds`; ACTIVE once all have joined.
    public func createNodeGroup(_ spec: NodeGroupSpec) throws(APIError) {
        let controller = nodeGroupController
        guard !spec.name.isEmpty else {
            throw NodeGroupErrors.invalidParameter("nodegroupName must not be empty")
        }
        guard controller.groups[spec.name] == nil else {
            throw APIError(
                code: 409, reason: .alreadyExists,
                message: "ResourceInUseException: NodeGroup already exists with name \(spec.name)")
        }
        try NodeGroupErrors.checkScaling(
            min: spec.effectiveMinSize, max: spec.effectiveMaxSize,
            desired: spec.effectiveDesiredSize)
        let version = try checkNodeVersion(spec.kubernetesVersion ?? controlPlaneVersion)
        installEKSAddons()
        let state = NodeGroupState(spec: spec, version: version)
        controller.groups[spec.name] = state
        controller.note(
            state, "NodegroupCreating",
            "creating node group \(spec.name) (\(spec.effectiveInstanceType), version "
                + "\(version), desired \(state.desiredSize), min \(state.minSize), max "
                + "\(state.maxSize))", in: self)
        controller.reconcile(state, in: self)
        if state.desiredSize == 0 { state.status = NodeGroup.Status.active }
    }

    /// `aws eks update-nodegroup-config --scaling-config`: omitted values stay.
    ///
    /// Scale-in
    /// drains the removed nodes (PodDisruptionBudgets respected) before terminating them.
    public func scaleNodeGroup(
        name: String, desired: Int? = nil, min: Int? = nil, max: Int? = nil
    ) throws(APIError) {
        let state = try nodeGroupState(name)
        guard state.status != .deleting else {
            throw NodeGroupErrors.inUse("Nodegroup \(name) is currently being deleted")
        }
        let newMin = min ?? state.minSize
        let newMax = max ?? state.maxSize
        let newDesired = desired ?? state.desiredSize
        try NodeGroupErrors.checkScaling(min: newMin, max: newMax, desired: newDesired)
        state.minSize = newMin
        state.maxSize = newMax
        let from = state.desiredSize
        state.desiredSize = newDesired
        nodeGroupController.note(
            state, "NodegroupScaling",
            "scaling config of \(name): desired \(from) -> \(newDesired) (min \(newMin), "
                + "max \(newMax))", in: self)
        nodeGroupController.reconcile(state, in: self)
    }

    /// `aws eks delete-nodegroup`: status DELETING, size 0; every node is drained (for at most
    /// a few minutes, as EKS waits) and terminated; the group goes when none is left.
    public func deleteNodeGroup(name: String) throws(APIError) {
        let state = try nodeGroupState(name)
        guard state.status != .deleting else {
            throw NodeGroupErrors.inUse("Nodegroup \(name) is currently being deleted")
        }
        state.status = .deleting
        state.upgrade = nil
        state.onNodeJoined = nil
        state.minSize = 0
        state.maxSize = 0
        state.desiredSize = 0
        nodeGroupController.note(
            state, "NodegroupDeleting", "deleting node group \(name)", in: self)
        nodeGroupController.reconcile(state, in: self)
    }

    func nodeGroupState(_ name: String) throws(APIError) -> NodeGroupState {
        guard let state = registeredNodeGroupController?.groups[name] else {
            throw APIError(
                code: 404, reason: .notFound,
                message: "ResourceNotFoundException: No node group found for name: \(name).")
        }
        return state
    }
}
