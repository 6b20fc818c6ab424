import LabKit
import Testing

/// `kubectl cordon`, `uncordon` and `drain` arguments as staging/src/k8s.io/kubectl/pkg/cmd/
/// drain/drain.go defines them (`NewCmdCordon`, `NewCmdDrain`, `Complete`), and cobra's
/// warning for the deprecated `--delete-local-data` (`MarkDeprecated`).
@Suite struct KubectlNodeCommandTests {
    @Test func severalNodeNames() {
        #expect(
            KubectlNodeCommandTests.parse("cordon node-1 node/node-2")
                == .cordonNodes(["node-1", "node-2"], cordon: true))
        #expect(
            KubectlNodeCommandTests.parse("uncordon node-1 node-2")
                == .cordonNodes(["node-1", "node-2"], cordon: false))
        var options = KubectlCommand.DrainOptions()
        options.ignoreDaemonSets = true
        #expect(
            KubectlNodeCommandTests.parse("drain node-1 node-2 --ignore-daemonsets")
                == .drainNodes(["node-1", "node-2"], options: options))
        #expect(KubectlNodeCommandTests.error("drain") == "USAGE: drain NODE [flags]")
        #expect(
            KubectlNodeCommandTests.error("cordon node-1 -l tier=app")
                == "error: cannot specify both a node name and a selector")
    }

    /// `--delete-local-data` sets what `--delete-emptydir-data` sets, with cobra's warning
    /// (`Flag --%s has been deprecated, %s`); `--delete-local-data=false` sets nothing but
    /// still warns.
    @Test func deprecatedDeleteLocalData() {
        let warning =
            "Flag --delete-local-data has been deprecated, This option is deprecated and will be "
            + "deleted. Use --delete-emptydir-data."
        var options = KubectlCommand.DrainOptions()
        options.deleteEmptyDirData = true
        options.warnings = [warning]
        #expect(
            KubectlNodeCommandTests.parse("drain node-1 --delete-local-data")
                == .drain("node-1", options: options))
        options.deleteEmptyDirData = false
        #expect(
            KubectlNodeCommandTests.parse("drain node-1 --delete-local-data=false")
                == .drain("node-1", options: options))
        #expect(
            KubectlNodeCommandTests.error("cordon node-1 --delete-local-data")
                == "unknown flag: --delete-local-data")
    }

    @Test func skipWaitForDeleteTimeout() {
        var options = KubectlCommand.DrainOptions()
        options.skipWaitForDeleteTimeoutSeconds = 30
        #expect(
            KubectlNodeCommandTests.parse("drain node-1 --skip-wait-for-delete-timeout=30")
                == .drain("node-1", options: options))
        #expect(
            KubectlNodeCommandTests.parse("drain node-1 --skip-wait-for-delete-timeout 30")
                == .drain("node-1", options: options))
        #expect(
            KubectlNodeCommandTests.error("drain node-1 --skip-wait-for-delete-timeout=soon")
                == "invalid argument \"soon\" for \"--skip-wait-for-delete-timeout\" flag")
    }

    static func parse(_ line: String) -> KubectlCommand? {
        try? KubectlParser().parse(line).get()
    }

    static func error(_ line: String) -> String? {
        if case .failure(let error) = KubectlParser().parse(line) { return error.message }
        return nil
    }
}
