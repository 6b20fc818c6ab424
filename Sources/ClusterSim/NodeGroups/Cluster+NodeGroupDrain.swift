import KubeModel

/// The one place node groups and the cluster autoscaler drain a node.
///
/// EKS drains through the Eviction API, as `kubectl drain --ignore-daemonsets
/// --delete-emptydir-data --force` would, so PodDisruptionBudgets hold and refused evictions
/// are retried until the timeout.
extension Cluster {
    /// Cordons and drains `node`; `completion` gets whether it emptied in time and the error.
    ///
    /// With `force`, pods are deleted instead of evicted (`--disable-eviction`), ignoring
    /// PodDisruptionBudgets as EKS's forced update does.
    func drainForNodeGroup(
        node: String, timeout: VirtualTime?, force: Bool,
        completion: @escaping (Cluster, Bool, String?) -> Void
    ) {
        let options = DrainOptions(
            ignoreDaemonSets: true, force: true, deleteEmptyDirData: true, timeout: timeout,
            disableEviction: force)
        do {
            try drain(node: node, options: options) { cluster, result in
                completion(cluster, result.succeeded, result.error)
            }
        } catch {
            // The node is already gone: nothing left to drain.
            schedule(after: .zero) { cluster in completion(cluster, true, nil) }
        }
    }
}
