import KubeModel

/// One pass of `updateStatefulSet` (pkg/controller/statefulset/stateful_set_control.go): create
/// missing ordinals, remove condemned ones from the highest down, then roll the update.
///
/// OrderedReady ("monotonic") stops at the first pod that is not yet Running, Ready and
/// available; Parallel ("burst") does not wait.
struct StatefulSetSync {
    struct Revisions {
        var current: String
        var currentTemplate: PodTemplateSpec
        var update: String
    }

    let set: StatefulSet
    let revisions: Revisions
    let cluster: Cluster
    let controller: StatefulSetController
    let monotonic: Bool
    let minReadySeconds: Int
    /// Pods in `[start, start + replicas)` by ordinal.
    private(set) var replicas: [Int: Pod] = [:]
    /// Pods with a valid ordinal outside that range, highest ordinal first.
    private(set) var condemned: [Pod] = []

    init(
        set: StatefulSet, revisions: Revisions, cluster: Cluster,
        controller: StatefulSetController
    ) {
        self.set = set
        self.revisions = revisions
        self.cluster = cluster
        self.controller = controller
        monotonic = set.spec.podManagementPolicy != .parallel
        minReadySeconds = set.spec.minReadySeconds ?? 0
        let range = StatefulSetIdentity.ordinalRange(set)
        var condemned: [(Int, Pod)] = []
        for pod in StatefulSetController.ownedPods(of: set, in: cluster) {
            guard
                let ordinal = StatefulSetIdentity.ordinal(
                    of: pod.metadata.name ?? "", setName: set.metadata.name ?? "")
            else { continue }
            if range.contains(ordinal) {
                replicas[ordinal] = pod
            } else {
                condemned.append((ordinal, pod))
            }
        }
        self.condemned = condemned.sorted { $0.0 > $1.0 }.map(\.1)
    }

    mutating func run() {
        let range = StatefulSetIdentity.ordinalRange(set)
        let replicasInOrder = range.compactMap { replicas[$0] }
        let firstUnhealthy =
            replicasInOrder.first { !StatefulPodState.isHealthy($0) }
            ?? condemned.first { !StatefulPodState.isHealthy($0) }
        for ordinal in range where processReplica(ordinal) && monotonic { return }
        for pod in condemned { updateClaimRetention(for: pod) }
        for pod in condemned where processCondemned(pod, firstUnhealthy: firstUnhealthy) {
            if monotonic { return }
        }
        guard set.spec.updateStrategy?.type != .onDelete else { return }
        rollUpdate(range: range)
    }

    // MARK: - Replicas

    /// `processReplica`: true when the pass must stop here (in OrderedReady mode).
    private mutating func processReplica(_ ordinal: Int) -> Bool {
        guard var pod = replicas[ordinal] else { return createPod(ordinal) }
        if pod.isTerminal {
            let failed = pod.status?.phase == .failed
            cluster.record(
                .warning, failed ? "RecreatingFailedPod" : "RecreatingTerminatedPod",
                "StatefulSet \(set.storeKey.namespace)/\(set.metadata.name ?? "") is recreating "
                    + "\(failed ? "failed" : "terminated") Pod \(pod.metadata.name ?? "")",
                about: set.storeKey, from: controller.name)
            if !StatefulPodState.isTerminating(pod) { deletePod(pod) }
            // The new pod follows once the old one is gone from the store.
            guard cluster.get(Pod.self, pod.storeKey) == nil else { return true }
            return createPod(ordinal)
        }
        if pod.status?.phase == nil || pod.status?.phase == .pending {
            _ = createClaims(for: pod, ordinal: ordinal)
        }
        if StatefulPodState.isTerminating(pod) && monotonic { return true }
        if !StatefulPodState.isRunningAndReady(pod) && monotonic { return true }
        if !StatefulPodState.isAvailable(pod, minReadySeconds: minReadySeconds, now: cluster.now)
            && monotonic
        {
            requeueWhenAvailable(pod)
            return true
        }
        // Enforce the identity label and the claims' retention references.
        let name = pod.metadata.name ?? ""
        if pod.metadata.labels?[StatefulSetIdentity.podNameLabel] != name {
            pod.metadata.labels = (pod.metadata.labels ?? [:]).merging(
                [StatefulSetIdentity.podNameLabel: name]) { $1 }
            _ = try? cluster.update(pod)
        }
        updateClaimRetention(for: pod)
        return false
    }

    /// Creates the claims, then the pod (`CreateStatefulPod`); true when OrderedReady must wait.
    private mutating func createPod(_ ordinal: Int) -> Bool {
        let partition = set.spec.updateStrategy?.rollingUpdate?.partition ?? 0
        let belowPartition =
            set.spec.updateStrategy?.type != .onDelete
            && ordinal < StatefulSetIdentity.startOrdinal(set) + partition
        let pod = StatefulSetIdentity.newPod(
            set, ordinal: ordinal,
            template: belowPartition ? revisions.currentTemplate : set.spec.template,
            revision: belowPartition ? revisions.current : revisions.update)
        let podName = pod.metadata.name ?? ""
        if StatefulSetIdentity.claims(set, ordinal: ordinal).contains(where: { claim in
            cluster.get(PersistentVolumeClaim.self, claim.storeKey).map {
                StatefulSetClaimRetention.isStale($0, pod: pod)
            } ?? false
        }) {
            return true
        }
        if let error = createClaims(for: pod, ordinal: ordinal) {
            recordPodEvent("create", podName, error: error)
            return true
        }
        let created: Pod
        do {
            created = try cluster.create(pod)
        } catch {
            if error.reason != .alreadyExists {
                recordPodEvent("create", podName, error: "\(error)")
            }
            return true
        }
        replicas[ordinal] = created
        updateClaimRetention(for: created)
        recordPodEvent("create", podName, error: nil)
        return monotonic
    }

    /// `createPersistentVolumeClaims`: the missing claims; an error when one is being deleted.
    private func createClaims(for pod: Pod, ordinal: Int) -> String? {
        var errors: [String] = []
        for claim in StatefulSetIdentity.claims(set, ordinal: ordinal) {
            let claimName = claim.metadata.name ?? ""
            if let existing = cluster.get(PersistentVolumeClaim.self, claim.storeKey) {
                if existing.metadata.deletionTimestamp != nil {
                    errors.append("pvc \(claimName) is being deleted")
                }
                continue
            }
            do {
                try cluster.create(claim)
                recordClaimEvent(claimName, pod: pod.metadata.name ?? "", error: nil)
            } catch {
                errors.append("failed to create PVC \(claimName): \(error.message)")
                recordClaimEvent(claimName, pod: pod.metadata.name ?? "", error: error.message)
            }
        }
        return errors.isEmpty ? nil : errors.joined(separator: ", ")
    }

    // MARK: - Condemned

    /// `processCondemned`: true when a pod was deleted or the pass must wait.
    private func processCondemned(_ pod: Pod, firstUnhealthy: Pod?) -> Bool {
        if StatefulPodState.isTerminating(pod) { return monotonic }
        let isFirstUnhealthy = firstUnhealthy?.metadata.uid == pod.metadata.uid
        if monotonic && !isFirstUnhealthy {
            if !StatefulPodState.isRunningAndReady(pod) { return true }
            if !StatefulPodState.isAvailable(
                pod, minReadySeconds: minReadySeconds, now: cluster.now)
            {
                requeueWhenAvailable(pod)
                return true
            }
        }
        deletePod(pod)
        return true
    }

    // MARK: - Rolling update

    /// Deletes the highest pod not at the update revision, down to the partition, one at a
    /// time, waiting for each replacement to be healthy.
    private func rollUpdate(range: Range<Int>) {
        let partition = set.spec.updateStrategy?.rollingUpdate?.partition ?? 0
        let updateMin = StatefulSetIdentity.startOrdinal(set) + partition
        for ordinal in range.reversed() where ordinal >= updateMin {
            guard let pod = replicas[ordinal] else { return }
            let revision = pod.metadata.labels?[StatefulSetIdentity.revisionLabel]
            if revision != revisions.update && !StatefulPodState.isTerminating(pod) {
                deletePod(pod)
                return
            }
            if !StatefulPodState.isHealthy(pod) { return }
        }
    }

    // MARK: - Helpers

    private func updateClaimRetention(for pod: Pod) {
        guard
            let ordinal = StatefulSetIdentity.ordinal(
                of: pod.metadata.name ?? "", setName: set.metadata.name ?? "")
        else { return }
        for claim in StatefulSetIdentity.claims(set, ordinal: ordinal) {
            guard let existing = cluster.get(PersistentVolumeClaim.self, claim.storeKey),
                !StatefulSetClaimRetention.isUpToDate(existing, set: set, pod: pod)
            else { continue }
            let refs = StatefulSetClaimRetention.updatedReferences(existing, set: set, pod: pod)
            _ = try? cluster.modify(PersistentVolumeClaim.self, existing.storeKey) {
                $0.metadata.ownerReferences = refs.isEmpty ? nil : refs
            }
        }
    }

    private func deletePod(_ pod: Pod) {
        do {
            try cluster.delete(Pod.self, pod.storeKey)
            recordPodEvent("delete", pod.metadata.name ?? "", error: nil)
        } catch {
            recordPodEvent("delete", pod.metadata.name ?? "", error: "\(error)")
        }
    }

    private func requeueWhenAvailable(_ pod: Pod) {
        guard let time = StatefulPodState.availableTime(pod, minReadySeconds: minReadySeconds),
            time > cluster.now
        else { return }
        let key = set.storeKey
        let controller = controller
        cluster.schedule(at: time) { $0.enqueue(key, for: controller) }
    }

    /// `recordPodEvent` (stateful_pod_control.go).
    private func recordPodEvent(_ verb: String, _ podName: String, error: String?) {
        let title = verb.prefix(1).uppercased() + verb.dropFirst()
        let setName = set.metadata.name ?? ""
        if let error {
            cluster.record(
                .warning, "Failed\(title)",
                "\(verb) Pod \(podName) in StatefulSet \(setName) failed error: \(error)",
                about: set.storeKey, from: controller.name)
        } else {
            cluster.record(
                .normal, "Successful\(title)",
                "\(verb) Pod \(podName) in StatefulSet \(setName) successful",
                about: set.storeKey, from: controller.name)
        }
    }

    /// `recordClaimEvent` (stateful_pod_control.go).
    private func recordClaimEvent(_ claimName: String, pod podName: String, error: String?) {
        let setName = set.metadata.name ?? ""
        if let error {
            cluster.record(
                .warning, "FailedCreate",
                "create Claim \(claimName) for Pod \(podName) in StatefulSet \(setName) "
                    + "failed error: \(error)",
                about: set.storeKey, from: controller.name)
        } else {
            cluster.record(
                .normal, "SuccessfulCreate",
                "create Claim \(claimName) Pod \(podName) in StatefulSet \(setName) success",
                about: set.storeKey, from: controller.name)
        }
    }
}
