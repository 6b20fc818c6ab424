import ClusterSim
import Foundation
import LabDiagnostics
import LabKit
import Testing

/// Every scenario in `Labs/scenarios/` parses, runs the same twice, and passes: they are the examples of docs/scenarios.md.
@Suite struct ExampleScenarioTests {
    static let directory: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Labs/scenarios").path
    }()

    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    static func run(_ name: String) throws -> ScenarioResult {
        let parse = ScenarioParser().parse(path: directory + "/" + name)
        #expect(parse.diagnostics.isEmpty, "\(parse.diagnostics.map(\.description))")
        return ScenarioRunner().run(try #require(parse.scenario))
    }

    @Test func examplesExist() {
        #expect(
            Set(Self.files).isSuperset(of: [
                "statefulset-ordering.yaml", "pvc-retention.yaml", "readiness-rollout.yaml",
                "bootcamp-rollout.yaml", "hpa-table.yaml", "hpa-siege.yaml", "drain-pdb.yaml",
                "eks-bluegreen.yaml", "eks-inplace-no-pdb.yaml", "cluster-autoscaler.yaml",
                "drain-failed-pod.yaml", "break-pod.yaml", "rollout-replicasets.yaml",
            ]))
    }

    @Test(arguments: files)
    func sameInputsSameTimeline(_ name: String) throws {
        let first = try Self.run(name)
        let second = try Self.run(name)
        let text = { (result: ScenarioResult) in
            result.timeline.map(TimelineText.line).joined(separator: "\n")
        }
        #expect(text(first) == text(second))
        #expect(first.expectations == second.expectations)
        #expect(first.loadReports == second.loadReports)
    }

    @Test(arguments: files)
    func examplePasses(_ name: String) throws {
        let result = try Self.run(name)
        #expect(result.diagnostics.map(\.description) == [])
        for expectation in result.expectations where !expectation.passed {
            Issue.record("\(name): \(expectation.expected): observed \(expectation.observed)")
        }
    }
}
