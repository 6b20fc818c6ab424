public import KubeModel

/// Binds claims to volumes and provisions volumes for claims (pkg/controller/volume/
/// persistentvolume/pv_controller.go): the default class, static binding to the smallest
/// matching volume, dynamic provisioning (Immediate or WaitForFirstConsumer), and reclaiming
/// released volumes.
public final class PersistentVolumeController: Controller {
    public let name = "persistentvolume-controller"

    /// Upstream's `--pvclaimbinder-sync-period` (15 s): unbound claims are retried this often.
    public static let resyncPeriod = VirtualTime.seconds(15)

    /// The last event told about each pending claim, so a resync does not repeat it.
    var lastEvent: [ObjectKey: String] = [:]
    /// Immediate-binding volumes provisioned so far, for round-robin over zones.
    var provisionedCount = 0

    public init() {}

    public func start(in cluster: Cluster) {
        scheduleResync(in: cluster)
    }

    public func keys(for change: StoreChange, in cluster: Cluster) -> [ObjectKey] {
        switch change.resource {
        case .persistentVolumeClaim(let claim):
            if change.verb == .deleted {
                lastEvent[claim.storeKey] = nil
                return claim.spec.volumeName.map { [cluster.key(PersistentVolume.self, $0)] } ?? []
            }
            return [claim.storeKey]
        case .persistentVolume(let volume):
            return change.verb == .deleted ? [] : [volume.storeKey]
        default:
            return []
        }
    }

    public func sync(_ key: ObjectKey, in cluster: Cluster) {
        switch key.kind {
        case PersistentVolumeClaim.kind:
            guard let claim = cluster.get(PersistentVolumeClaim.self, key) else { return }
            syncClaim(claim, in: cluster)
        case PersistentVolume.kind:
            guard let volume = cluster.get(PersistentVolume.self, key) else { return }
            syncVolume(volume, in: cluster)
        default:
            return
        }
    }

    /// Records `reason` about a claim unless it was the last thing said about it.
    func tell(
        _ type: ClusterEvent.EventType, _ reason: String, _ message: String,
        about claim: PersistentVolumeClaim, in cluster: Cluster
    ) {
        let text = reason + message
        guard lastEvent[claim.storeKey] != text else { return }
        lastEvent[claim.storeKey] = text
        cluster.record(type, reason, message, about: claim.storeKey, from: name)
    }

    /// Every period: unbound claims and volumes are synced again (`resync`).
    private func scheduleResync(in cluster: Cluster) {
        cluster.schedule(after: Self.resyncPeriod) { [weak self] cluster in
            guard let self else { return }
            for claim in cluster.list(PersistentVolumeClaim.self)
            where claim.status?.phase != .bound {
                cluster.enqueue(claim.storeKey, for: self)
            }
            for volume in cluster.list(PersistentVolume.self)
            where volume.status?.phase != .bound {
                cluster.enqueue(volume.storeKey, for: self)
            }
            self.scheduleResync(in: cluster)
        }
    }
}
