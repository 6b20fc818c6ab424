extension Pod {
    /// The pod's `Ready` condition, if the kubelet has reported one.
    public var readyCondition: Condition? {
        status?.conditions?.first { $0.type == "Ready" }
    }

    /// Upstream `podutil.IsPodReady` (pkg/api/v1/pod/util.go): the `Ready` condition is True.
    public var isReady: Bool {
        readyCondition?.status == "True"
    }

    /// Upstream `podutil.IsPodPhaseTerminal`: Succeeded or Failed, it will not run again.
    public var isTerminal: Bool {
        status?.phase == .succeeded || status?.phase == .failed
    }
}
