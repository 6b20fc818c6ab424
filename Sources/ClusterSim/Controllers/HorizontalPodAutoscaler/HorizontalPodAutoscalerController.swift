public import KubeModel

/// The horizontal-pod-autoscaler controller (pkg/controller/podautoscaler/horizontal.go): every
/// 15 s (`--horizontal-pod-autoscaler-sync-period`) each autoscaler reads its target's scale
/// and its pods' metrics, computes a replica count, stabilizes and rate-limits it, and writes it
/// through the target's spec.
///
/// Per autoscaler it keeps upstream's recommendation and scale-event lists, bounded by the
/// windows (old entries are overwritten, never accumulated).
public final class HorizontalPodAutoscalerController: Controller {
    public let name = "horizontal-pod-autoscaler"
    /// `--horizontal-pod-autoscaler-sync-period`.
    public let syncPeriod: VirtualTime
    /// `--horizontal-pod-autoscaler-downscale-stabilization` (used without `behavior`).
    public let downscaleStabilization: VirtualTime

    struct Recommendation {
        var replicas: Int
        var time: VirtualTime
    }

    struct ScaleEvent {
        var change: Int
        var time: VirtualTime
        var outdated: Bool
    }

    struct State {
        var uid: String
        var recommendations: [Recommendation] = []
        var scaleUpEvents: [ScaleEvent] = []
        var scaleDownEvents: [ScaleEvent] = []
    }

    var states: [ObjectKey: State] = [:]

    public init(
        syncPeriod: VirtualTime = .seconds(15),
        downscaleStabilization: VirtualTime = .seconds(300)
    ) {
        self.syncPeriod = syncPeriod
        self.downscaleStabilization = downscaleStabilization
    }

    public func keys(for change: StoreChange, in cluster: Cluster) -> [ObjectKey] {
        guard case .horizontalPodAutoscaler(let hpa) = change.resource else { return [] }
        switch change.verb {
        case .added:
            schedulePeriodicSync(change.key, uid: hpa.metadata.uid ?? "", in: cluster)
            return [change.key]
        case .modified:
            guard case .horizontalPodAutoscaler(let old)? = change.old,
                old.spec != hpa.spec
            else { return [] }
            return [change.key]
        case .deleted:
            return [change.key]
        }
    }

    public func sync(_ key: ObjectKey, in cluster: Cluster) {
        guard let hpa = cluster.get(HorizontalPodAutoscaler.self, key) else {
            states[key] = nil
            return
        }
        let uid = hpa.metadata.uid ?? ""
        if states[key]?.uid != uid { states[key] = State(uid: uid) }
        reconcile(hpa, key: key, in: cluster)
    }

    /// Resyncs the autoscaler every period for as long as it exists.
    private func schedulePeriodicSync(_ key: ObjectKey, uid: String, in cluster: Cluster) {
        cluster.schedule(after: syncPeriod) { [self] cluster in
            guard cluster.get(HorizontalPodAutoscaler.self, key)?.metadata.uid == uid else {
                return
            }
            cluster.enqueue(key, for: self)
            schedulePeriodicSync(key, uid: uid, in: cluster)
        }
    }

    /// Sizes of the per-autoscaler history (recommendations, scale events): bounded.
    public var retainedCounts: (autoscalers: Int, recommendations: Int, scaleEvents: Int) {
        var recommendations = 0
        var events = 0
        for state in states.values {
            recommendations += state.recommendations.count
            events += state.scaleUpEvents.count + state.scaleDownEvents.count
        }
        return (states.count, recommendations, events)
    }
}
