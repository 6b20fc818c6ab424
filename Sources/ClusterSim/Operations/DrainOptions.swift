/// The flags of `kubectl drain` that change what it does
/// (staging/src/k8s.io/kubectl/pkg/drain/drain.go `Helper`).
public struct DrainOptions: Sendable, Hashable {
    /// `--ignore-daemonsets`: leave DaemonSet-managed pods in place instead of failing.
    public var ignoreDaemonSets = false
    /// `--force`: also delete pods that declare no controller.
    public var force = false
    /// `--delete-emptydir-data`: also delete pods with emptyDir volumes.
    public var deleteEmptyDirData = false
    /// `--grace-period`: nil (kubectl's -1) uses each pod's own grace period.
    public var gracePeriodSeconds: Int? = nil
    /// `--timeout`: nil waits for ever, as kubectl's 0.
    public var timeout: VirtualTime? = nil
    /// `--disable-eviction`: delete pods directly, bypassing PodDisruptionBudgets.
    public var disableEviction = false
    /// `--skip-wait-for-delete-timeout`: a pod whose deletion timestamp is more than this many
    /// seconds old is neither evicted nor waited for (0, kubectl's default, waits for every pod).
    public var skipWaitForDeleteTimeoutSeconds = 0

    public init(
        ignoreDaemonSets: Bool = false, force: Bool = false, deleteEmptyDirData: Bool = false,
        gracePeriodSeconds: Int? = nil, timeout: VirtualTime? = nil,
        disableEviction: Bool = false, skipWaitForDeleteTimeoutSeconds: Int = 0
    ) {
        self.ignoreDaemonSets = ignoreDaemonSets
        self.force = force
        self.deleteEmptyDirData = deleteEmptyDirData
        self.gracePeriodSeconds = gracePeriodSeconds
        self.timeout = timeout
        self.disableEviction = disableEviction
        self.skipWaitForDeleteTimeoutSeconds = skipWaitForDeleteTimeoutSeconds
    }
}
