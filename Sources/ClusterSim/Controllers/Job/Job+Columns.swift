public import KubeModel

/// `kubectl get jobs` (printers.go printJob): STATUS, COMPLETIONS, DURATION.
extension Job {
    /// Complete, Failed, Terminating, Suspended, FailureTarget, SuccessCriteriaMet or Running.
    public var statusColumn: String {
        let conditions = status?.conditions ?? []
        func has(_ type: String) -> Bool {
            conditions.contains { $0.type == type && $0.status == "True" }
        }
        if has("Complete") { return "Complete" }
        if has("Failed") { return "Failed" }
        if metadata.deletionTimestamp != nil { return "Terminating" }
        if has("Suspended") { return "Suspended" }
        if has("FailureTarget") { return "FailureTarget" }
        if has("SuccessCriteriaMet") { return "SuccessCriteriaMet" }
        return "Running"
    }

    /// `1/3`, or for a work queue without completions `0/1 of 2`.
    public var completionsColumn: String {
        let succeeded = status?.succeeded ?? 0
        if let completions = spec.completions { return "\(succeeded)/\(completions)" }
        return "\(succeeded)/1 of \(spec.parallelism ?? 1)"
    }

    /// How long it ran: to its completion, or until `now`.
    public func durationColumn(now: VirtualTime) -> String {
        guard let start = status?.startTime.flatMap(VirtualTime.init(timestamp:)) else {
            return ""
        }
        let end = status?.completionTime.flatMap(VirtualTime.init(timestamp:)) ?? now
        return (end - start).age
    }
}
