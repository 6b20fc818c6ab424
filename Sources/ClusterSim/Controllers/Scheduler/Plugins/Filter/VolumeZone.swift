import KubeModel

/// A bound volume labelled with a zone or region can only be used from nodes there; nodes with
/// no topology label at all pass (pkg/scheduler/framework/plugins/volumezone/volume_zone.go).
struct VolumeZone: FilterPlugin {
    let plugin = SchedulerPlugin.volumeZone
    static let reason = "node(s) had no available volume zone"
    private static let topologyLabels = [
        WellKnownLabels.zone, WellKnownLabels.region, WellKnownLabels.legacyZone,
        "failure-domain.beta.kubernetes.io/region",
    ]

    func preFilter(_ cycle: SchedulingCycle) -> PreFilterOutcome {
        let labelled = cycle.volumes?.boundVolumes.contains { volume in
            Self.topologyLabels.contains { volume.metadata.labels?[$0] != nil }
        }
        return labelled == true ? .proceed : .skip
    }

    func filter(_ cycle: SchedulingCycle, _ node: NodeInfo) -> FilterFailure? {
        guard Self.topologyLabels.contains(where: { node.labels[$0] != nil }) else { return nil }
        for volume in cycle.volumes?.boundVolumes ?? [] {
            for key in Self.topologyLabels {
                guard let wanted = volume.metadata.labels?[key] else { continue }
                // Upstream `LabelZonesToSet`: several zones are joined with "__".
                let zones = wanted.split(separator: "__").map(String.init)
                guard let actual = node.labels[key], zones.contains(actual) else {
                    return FilterFailure(plugin, Self.reason, unresolvable: true)
                }
            }
        }
        return nil
    }
}
