import Foundation
import LabKit
import LabTestSupport
import Testing

/// `lab check --json` gives the same bytes in separate processes.
///
/// Swift seeds its hashing differently in each process: any Dictionary or Set order reaching
/// the result would show here. The grader's `pass-not-reproduced` compares a student's recorded result with its own run, so it
/// relies on this for every solution, starter and declared mistake.
@Suite("lab check --json is the same in separate processes")
struct DeterminismAcrossProcessesTests {
    static let labs = CourseLoader.load(root: LabBinary.root.path).course?.labIDs ?? []

    /// The folders of lab `id` a check runs on: the solution, the starter, each mistake.
    static func folders(of id: String) throws -> [String] {
        let mistakes = LabBinary.root.appendingPathComponent("Labs/\(id)/mistakes")
        let names = try FileManager.default.contentsOfDirectory(atPath: mistakes.path).sorted()
        return ["Solutions/\(id)", "Labs/\(id)/start"] + names.map { "Labs/\(id)/mistakes/\($0)" }
    }

    @Test func everyLabSolutionStarterAndMistakeIsCovered() throws {
        #expect(Self.labs.count == 11)
        #expect(try Self.labs.map { try Self.folders(of: $0).count }.reduce(0, +) == 53)
    }

    @Test(arguments: labs)
    func checkJSONIsByteIdentical(lab: String) throws {
        for folder in try Self.folders(of: lab) {
            let arguments = ["check", lab, "--dir", folder, "--json"]
            let first = try LabBinary.run(arguments)
            let second = try LabBinary.run(arguments)
            #expect([0, 1].contains(first.status), "\(folder): \(first.stderr)")
            #expect(first.stdout.hasPrefix("{"), "\(folder)")
            #expect(first.status == second.status, "\(folder)")
            #expect(first.stdout == second.stdout, "\(folder) differs between two processes")
        }
    }
}
