import KubeModel

/// How many times the store's Services, Endpoints and Pods have changed since boot.
///
/// A view computed from those kinds (a load generator's ready backends) stays valid while the
/// counts it was computed at are unchanged, so a hot path need not read the objects again.
struct StoreRevisions: Equatable {
    var services: UInt64 = 0
    var endpoints: UInt64 = 0
    var pods: UInt64 = 0

    /// Counts one change of `resource`.
    mutating func count(_ resource: KubeResource) {
        switch resource {
        case .service: services += 1
        case .endpoints: endpoints += 1
        case .pod: pods += 1
        default: break
        }
    }
}
