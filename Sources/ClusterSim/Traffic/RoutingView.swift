import KubeModel

/// What a load generator's requests to one target resolve to, and the store revisions it was
/// read at: valid until a Service or Endpoints changes (or any Pod, when it was read from pods).
struct RoutingView {
    let target: LoadTarget
    let namespace: String
    /// The ready backends; nil when no Service has the target's name (unknown host).
    let backends: [ServiceRouter.Backend]?
    let revisions: StoreRevisions
    /// Whether the backends were matched from pods directly (no Endpoints object).
    let readsPods: Bool

    /// Resolves `target` as a pod in `namespace` would, now.
    init(target: LoadTarget, from namespace: String, in cluster: Cluster, router: ServiceRouter) {
        self.target = target
        self.namespace = namespace
        revisions = cluster.revisions
        let serviceNamespace = target.namespace ?? namespace
        guard let service = cluster.get(Service.self, target.service, namespace: serviceNamespace)
        else {
            backends = nil
            readsPods = false
            return
        }
        let resolved = router.resolveBackends(of: service, port: target.port, in: cluster)
        backends = resolved.backends
        readsPods = resolved.fromPods
    }

    /// Whether this view still answers for `target` from `namespace` at `current` revisions.
    func isCurrent(for target: LoadTarget, from namespace: String, at current: StoreRevisions)
        -> Bool
    {
        current.services == revisions.services && current.endpoints == revisions.endpoints
            && (!readsPods || current.pods == revisions.pods)
            && target == self.target && namespace == self.namespace
    }
}
