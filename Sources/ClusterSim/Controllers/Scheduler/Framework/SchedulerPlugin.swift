/// The scheduler plugins LabKit runs, in upstream's default filter order
/// (pkg/scheduler/apis/config/v1/default_plugins.go).
///
/// A bit set of them records which plugins
/// rejected a pod, so that only relevant cluster events move it back to the active queue.
public enum SchedulerPlugin: Int, Sendable, CaseIterable {
    case nodeUnschedulable
    case taintToleration
    case nodeAffinity
    case nodePorts
    case nodeResourcesFit
    case volumeBinding
    case volumeZone
    case podTopologySpread
    case interPodAffinity

    /// Upstream's plugin name (`NodeResourcesFit`).
    public var name: String {
        switch self {
        case .nodeUnschedulable: "NodeUnschedulable"
        case .taintToleration: "TaintToleration"
        case .nodeAffinity: "NodeAffinity"
        case .nodePorts: "NodePorts"
        case .nodeResourcesFit: "NodeResourcesFit"
        case .volumeBinding: "VolumeBinding"
        case .volumeZone: "VolumeZone"
        case .podTopologySpread: "PodTopologySpread"
        case .interPodAffinity: "InterPodAffinity"
        }
    }
}

/// A set of plugins, as a bit mask (deterministic and allocation-free).
struct PluginSet: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    init(rawValue: UInt32) { self.rawValue = rawValue }

    init(_ plugin: SchedulerPlugin) { rawValue = 1 << UInt32(plugin.rawValue) }

    init(_ plugins: [SchedulerPlugin]) {
        rawValue = plugins.reduce(0) { $0 | (1 << UInt32($1.rawValue)) }
    }
}
