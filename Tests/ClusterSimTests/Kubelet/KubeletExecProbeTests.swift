import ClusterSim
import KubeModel
import Testing

/// Exec probes run their command against the image's model (pkg/probe/exec/exec.go): exit 0
/// succeeds, another exit fails with the command's output, a program the image lacks cannot
/// start, which is a probe error whose result the worker throws away (worker.go `doProbe`).
@Suite("Kubelet exec probes")
struct KubeletExecProbeTests {
    /// An Alpine-style image: busybox's programs, an app on 8080 that hangs after 60 s.
    static let shell = ImageEntry(
        repository: "shell", tags: ["*"],
        profile: ImageProfile(
            pullSeconds: 1, startSeconds: 1, listenAfterSeconds: 2, ports: [8080],
            healthPaths: ["/health"], liveness: LivenessProfile(unhealthyAfterSeconds: 60),
            executables: ["sh", "cat", "test", "true", "false", "sleep", "wget", "curl"],
            files: ["/app.jar"]))

    static func fixture() throws -> KubeletFixture {
        let fixture = try KubeletFixture()
        fixture.kubelet.catalog = ImageCatalog(images: [shell])
        return fixture
    }

    static func probe(_ command: [String]) -> Probe {
        var probe = Probe()
        probe.exec = ExecAction(command: command)
        probe.periodSeconds = 5
        return probe
    }

    static func readiness(_ command: [String]) throws -> (KubeletFixture, ObjectKey) {
        let fixture = try fixture()
        let key = try fixture.run("app", image: "shell:1") { $0.readinessProbe = probe(command) }
        fixture.cluster.advance(by: .seconds(30))
        return (fixture, key)
    }

    static func messages(_ fixture: KubeletFixture, _ key: ObjectKey) -> Set<String> {
        Set(fixture.events(key, "Unhealthy").map(\.message))
    }

    @Test(arguments: [
        ["true"], ["sh", "-c", "exit 0"], ["cat", "/app.jar"], ["test", "-f", "/etc/hosts"],
        ["/bin/sh", "-c", "test -f /nope || true"],
        ["sh", "-c", "wget -q -O- http://localhost:8080/health"],
        ["curl", "-fsS", "http://127.0.0.1:8080/health"],
    ])
    func commandsThatSucceedMakeThePodReady(_ command: [String]) throws {
        let (fixture, key) = try Self.readiness(command)
        #expect(fixture.isReady(key), "\(Self.messages(fixture, key))")
        #expect(fixture.kubelet.runtime(of: key)?.probes[.readiness].successful ?? 0 > 4)
        // At most the first run, before the app listens (2 s after the start), failed.
        #expect(fixture.kubelet.runtime(of: key)?.probes[.readiness].failed ?? 9 <= 1)
    }

    @Test(arguments: [
        (["false"], "Readiness probe failed: "),
        (["sh", "-c", "exit 3"], "Readiness probe failed: "),
        (
            ["cat", "/tmp/healthy"],
            "Readiness probe failed: cat: /tmp/healthy: No such file or directory\n"
        ),
        (["sh", "-c", "foo"], "Readiness probe failed: sh: 1: foo: not found\n"),
        (
            ["wget", "-q", "-O-", "http://localhost:8080/orders"],
            "Readiness probe failed: wget: server returned error: HTTP/1.1 404 Not Found\n"
        ),
        (
            ["curl", "-f", "http://localhost:9090/health"],
            "Readiness probe failed: curl: (7) Failed to connect to localhost port 9090 after 0 ms: Couldn't connect to server\n"
        ),
        (
            ["sh", "-c", "sleep 5"],
            "Readiness probe failed: command timed out: \"sh -c sleep 5\" timed out after 1s"
        ),
    ])
    func commandsThatFailKeepThePodUnready(_ command: [String], _ message: String) throws {
        let (fixture, key) = try Self.readiness(command)
        #expect(!fixture.isReady(key))
        #expect(Self.messages(fixture, key).contains(message), "\(Self.messages(fixture, key))")
        #expect(fixture.kubelet.runtime(of: key)?.probes[.readiness].successful == 0)
    }

    /// `curl` without `--fail` exits 0 on a 404: such a probe passes whatever the app says.
    @Test func curlWithoutFailAcceptsAnyAnswer() throws {
        let (fixture, key) = try Self.readiness(["curl", "-s", "http://localhost:8080/nothing"])
        #expect(fixture.isReady(key))
    }

    /// A program the image does not have cannot start: containerd's error, reported as an
    /// error ("errored and resulted in unknown state"), and the result thrown away, so the
    /// readiness probe keeps its initial failure and nothing is counted.
    @Test func aMissingProgramIsAnErrorNotAFailure() throws {
        let (fixture, key) = try Self.readiness(["pidof", "java"])
        #expect(!fixture.isReady(key))
        let message = try #require(Self.messages(fixture, key).first)
        #expect(
            message.hasPrefix(
                "Readiness probe errored and resulted in unknown state: rpc error: code = Unknown desc = failed to exec in container: failed to start exec \""
            ))
        #expect(
            message.hasSuffix(
                "\": OCI runtime exec failed: exec failed: unable to start container process: exec: \"pidof\": executable file not found in $PATH: unknown"
            ))
        #expect(fixture.kubelet.runtime(of: key)?.probes[.readiness] == ProbeCounts.Tally())
    }

    /// A liveness probe that cannot start never restarts the container (its errors are thrown
    /// away), and `true` never sees the application hang.
    @Test(arguments: [["pidof", "java"], ["true"]])
    func livenessProbesThatCannotSeeAHangNeverRestart(_ command: [String]) throws {
        let fixture = try Self.fixture()
        let key = try fixture.run("app", image: "shell:1") {
            $0.livenessProbe = Self.probe(command)
        }
        fixture.cluster.advance(by: .seconds(180))
        #expect(fixture.events(key, "Killing").isEmpty)
    }

    /// wget against the health path sees the hang (503) and the kubelet restarts the container.
    @Test func aWgetLivenessProbeRestartsTheHungApplication() throws {
        let fixture = try Self.fixture()
        let key = try fixture.run("app", image: "shell:1") {
            $0.livenessProbe = Self.probe(["wget", "-q", "http://localhost:8080/health"])
        }
        let killed = fixture.time { !fixture.events(key, "Killing").isEmpty }
        #expect(killed == .seconds(72))
        // The first run, at the start, is refused (one failure of three); then three 503s.
        let refused =
            "Liveness probe failed: wget: can't connect to remote host (127.0.0.1): "
            + "Connection refused\n"
        let hung =
            "Liveness probe failed: wget: server returned error: HTTP/1.1 503 Service "
            + "Unavailable\n"
        #expect(
            fixture.events(key, "Unhealthy").map(\.message) == [refused, hung, hung, hung])
    }

    /// A named port the container does not declare: pkg/probe/util.go falls back to Atoi,
    /// whose error is a probe error (thrown away), not a failure.
    @Test func anUnknownNamedPortIsAProbeError() throws {
        let fixture = try Self.fixture()
        let key = try fixture.run("app", image: "shell:1") {
            $0.readinessProbe = Probe(httpGet: HTTPGetAction(path: "/health", port: .string("web")))
        }
        fixture.cluster.advance(by: .seconds(60))
        #expect(!fixture.isReady(key))
        #expect(
            Self.messages(fixture, key)
                == [
                    "Readiness probe errored and resulted in unknown state: strconv.Atoi: parsing \"web\": invalid syntax"
                ])
    }
}
