/// Which plugins each cluster event may help, so that the queue moves only the pods they
/// rejected (each plugin's `EventsToRegister` in pkg/scheduler/framework/plugins/).
enum QueueEvents {
    static let nodeAdded = PluginSet([
        .nodeUnschedulable, .taintToleration, .nodeAffinity, .nodePorts, .nodeResourcesFit,
        .volumeBinding, .volumeZone, .podTopologySpread, .interPodAffinity,
    ])
    static let nodeUpdated = nodeAdded
    static let assignedPodAdded = PluginSet([.podTopologySpread, .interPodAffinity])
    static let assignedPodDeleted = PluginSet([
        .nodePorts, .nodeResourcesFit, .podTopologySpread, .interPodAffinity,
    ])
    static let volumeChanged = PluginSet([.volumeBinding, .volumeZone])
}
