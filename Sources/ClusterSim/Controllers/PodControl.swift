import KubeModel

/// controller.RealPodControl: how a workload controller creates and deletes its pods, with the
/// events upstream records about the workload.
struct PodControl {
    /// The controller, as the events' source (`replicaset-controller`).
    let controller: String
    /// The workload the events are about.
    let owner: ObjectKey

    /// `CreatePods`: `SuccessfulCreate`, or `FailedCreate` with the API server's refusal;
    /// true when the pod was stored.
    @discardableResult
    func create(_ pod: Pod, in cluster: Cluster) -> Bool {
        do {
            let created = try cluster.create(pod)
            cluster.record(
                .normal, "SuccessfulCreate", "Created pod: \(created.metadata.name ?? "")",
                about: owner, from: controller)
            return true
        } catch {
            cluster.record(
                .warning, "FailedCreate", "Error creating: \(error.message)", about: owner,
                from: controller)
            return false
        }
    }

    /// `DeletePod`: `SuccessfulDelete`; a pod already gone is no failure (upstream ignores
    /// NotFound), another refusal is `FailedDelete`.
    func delete(_ pod: Pod, gracePeriodSeconds: Int? = nil, in cluster: Cluster) {
        do {
            try cluster.delete(Pod.self, pod.storeKey, gracePeriodSeconds: gracePeriodSeconds)
            cluster.record(
                .normal, "SuccessfulDelete", "Deleted pod: \(pod.metadata.name ?? "")",
                about: owner, from: controller)
        } catch  where error.reason == .notFound {
            return
        } catch {
            cluster.record(
                .warning, "FailedDelete", "Error deleting: \(error.message)", about: owner,
                from: controller)
        }
    }
}
