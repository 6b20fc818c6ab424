import KubeModel

/// The result bookkeeping of one probe of one container (pkg/kubelet/prober/worker.go): a
/// result takes effect only after `successThreshold` or `failureThreshold` equal results in a row.
struct ProbeWorker {
    /// The result in effect: readiness starts as failure, liveness as success, startup as
    /// failure (not started).
    private(set) var result: Bool
    private var lastResult: Bool?
    private var resultRun = 0

    init(initial: Bool) {
        result = initial
    }

    /// Records one probe result; returns the result when it reached its threshold (which is
    /// reported again at every further equal result, as upstream sets it each time).
    mutating func observe(_ success: Bool, probe: Probe) -> Bool? {
        if lastResult == success {
            resultRun += 1
        } else {
            lastResult = success
            resultRun = 1
        }
        let threshold = success ? (probe.successThreshold ?? 1) : (probe.failureThreshold ?? 3)
        guard resultRun >= threshold else { return nil }
        result = success
        return success
    }
}
