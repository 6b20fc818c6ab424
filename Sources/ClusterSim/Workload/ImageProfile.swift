/// How the application in one container image behaves, as the simulation needs to know it:
/// timings from pull to serving, health answers, resource use and shutdown.
///
/// Field names are the
/// keys of `Labs/images.yaml`.
public struct ImageProfile: Decodable, Sendable, Hashable {
    /// Seconds a pull takes on a node that does not have the image.
    public var pullSeconds: Double
    /// Seconds from image ready until the container runs (sandbox, create, start).
    public var startSeconds: Double
    /// Seconds from process start until the application accepts connections.
    public var listenAfterSeconds: Double
    /// Ports the application listens on; nil or empty: whatever port it is asked on.
    public var ports: [Int]?
    /// Paths its HTTP health checks answer (`/actuator/health`); nil or empty: every path.
    ///
    /// Any other path answers `404`, so an `httpGet` probe on it fails.
    public var healthPaths: [String]?
    /// How the health paths answer once listening (`ok` when omitted).
    public var readiness: HealthAnswer?
    /// When the application becomes unhealthy by itself (never when omitted).
    public var liveness: LivenessProfile?
    /// CPU one request costs, in millicore × seconds.
    public var cpuMillicoresPerRequest: Double
    /// CPU used with no load, in millicores.
    public var idleCpuMillicores: Double
    /// Resident memory, in MiB.
    public var memoryMiB: Double
    /// What SIGTERM does (exit at once when omitted).
    public var shutdown: ShutdownProfile?
    /// Seconds after start at which the process exits by itself (a job); nil: runs for ever.
    public var exitsAfterSeconds: Double?
    /// Exit code when it exits by itself (0 when omitted).
    public var exitCode: Int?
    /// Programs on the image's `$PATH` (`sh`, `cat`, `curl`): what an `exec` probe can run.
    ///
    /// None when omitted (a distroless image).
    public var executables: [String]?
    /// Files the image holds (`/app/app.jar`), for `cat` and `test -f` in `exec` probes.
    public var files: [String]?

    public init(
        pullSeconds: Double, startSeconds: Double, listenAfterSeconds: Double,
        ports: [Int]? = nil, healthPaths: [String]? = nil, readiness: HealthAnswer? = nil,
        liveness: LivenessProfile? = nil, cpuMillicoresPerRequest: Double = 0,
        idleCpuMillicores: Double = 0, memoryMiB: Double = 0, shutdown: ShutdownProfile? = nil,
        exitsAfterSeconds: Double? = nil, exitCode: Int? = nil, executables: [String]? = nil,
        files: [String]? = nil
    ) {
        self.pullSeconds = pullSeconds
        self.startSeconds = startSeconds
        self.listenAfterSeconds = listenAfterSeconds
        self.ports = ports
        self.healthPaths = healthPaths
        self.readiness = readiness
        self.liveness = liveness
        self.cpuMillicoresPerRequest = cpuMillicoresPerRequest
        self.idleCpuMillicores = idleCpuMillicores
        self.memoryMiB = memoryMiB
        self.shutdown = shutdown
        self.exitsAfterSeconds = exitsAfterSeconds
        self.exitCode = exitCode
        self.executables = executables
        self.files = files
    }

    /// Whether the application listens on `port` (once it listens at all).
    public func listens(on port: Int) -> Bool {
        guard let ports, !ports.isEmpty else { return true }
        return ports.contains(port)
    }

    /// Whether an HTTP GET of `path` reaches a health endpoint (the query is ignored).
    public func answersHealth(at path: String) -> Bool {
        guard let healthPaths, !healthPaths.isEmpty else { return true }
        let bare = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? path
        return healthPaths.contains(bare)
    }
}
