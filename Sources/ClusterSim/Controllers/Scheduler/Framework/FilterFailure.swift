/// Why a node cannot take a pod: a plugin's status (pkg/scheduler/framework/interface.go).
///
/// `unresolvable` is upstream's `UnschedulableAndUnresolvable`: preemption cannot help, which
/// decides the wording of the `preemption:` part of the FailedScheduling message.
struct FilterFailure: Sendable {
    let plugin: SchedulerPlugin
    let reasons: [String]
    let unresolvable: Bool

    init(_ plugin: SchedulerPlugin, _ reasons: [String], unresolvable: Bool) {
        self.plugin = plugin
        self.reasons = reasons
        self.unresolvable = unresolvable
    }

    init(_ plugin: SchedulerPlugin, _ reason: String, unresolvable: Bool) {
        self.init(plugin, [reason], unresolvable: unresolvable)
    }
}
