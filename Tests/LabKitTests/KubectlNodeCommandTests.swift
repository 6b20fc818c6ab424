import ClusterSim
import Foundation
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
                == "error: cannot specify both a node name and a --selector option")
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

/// The commands run: staging/src/k8s.io/kubectl/pkg/cmd/drain/drain_test.go `TestCordon`
/// ("cordon for multiple nodes", "uncordon for multiple nodes", "cordon missing node": fatal,
/// nothing changed) and `TestDrain` with the deprecated flag.
@Suite struct KubectlNodeCommandRunTests {
    static func lines(_ steps: String) throws -> (lines: [String], errors: [String]) {
        let text = "name: nodes\nsteps:\n" + steps
        let parse = ScenarioParser().parse(bytes: Array(text.utf8), file: "/tmp/inline.yaml")
        #expect(parse.diagnostics.isEmpty, "\(parse.diagnostics.map(\.message))")
        let result = ScenarioRunner().run(try #require(parse.scenario))
        let lines = result.timeline.filter {
            $0.category == .scenario && !$0.text.hasPrefix("—")
        }.map { $0.text.trimmingCharacters(in: .whitespaces) }
        return (lines, result.diagnostics.map(\.message))
    }

    @Test func cordonAndUncordonSeveralNodes() throws {
        let run = try Self.lines(
            """
              - kubectl: cordon node-1 node-2
              - kubectl: uncordon node-1 node-2
              - kubectl: cordon node-3 bar
              - expect: {nodes: {schedulable: false}, count: {equals: 0}}
            """)
        #expect(
            run.lines.prefix(5) == [
                "node/node-1 cordoned", "node/node-2 cordoned", "node/node-1 uncordoned",
                "node/node-2 uncordoned",
                "error: Error from server (NotFound): nodes \"bar\" not found",
            ])
        #expect(run.errors == ["Error from server (NotFound): nodes \"bar\" not found"])
    }

    @Test func drainSeveralNodesWithTheDeprecatedFlag() throws {
        let run = try Self.lines(
            """
              - kubectl: drain node-1 node-2 --delete-local-data --ignore-daemonsets
              - wait: {drain: node-2}
            """)
        #expect(
            run.lines == [
                "Flag --delete-local-data has been deprecated, This option is deprecated and will "
                    + "be deleted. Use --delete-emptydir-data.",
                "node/node-1 cordoned", "node/node-2 cordoned", "node/node-1 drained",
                "node/node-2 drained", "condition met: drain of node/node-2 finished",
            ])
    }
}
