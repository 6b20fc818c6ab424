import Foundation
import LabDiagnostics
import LabKit
import Testing

/// Every lab of the course, as `lab dev check` sees it: it loads strictly, its reference
/// solution passes every check, its starter fails at least one, and each declared mistake
/// fails the checks it names with the phrase it promises.
@Suite struct CourseLabsTests {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let course: Course? = CourseLoader.load(root: root).course

    static let labIDs: [String] = course?.labIDs ?? []

    @Test func courseLoads() throws {
        let parse = CourseLoader.load(root: Self.root)
        #expect(parse.diagnostics.isEmpty, "\(parse.diagnostics.map(\.description))")
        let course = try #require(parse.course)
        #expect(
            Set(course.labIDs).isSuperset(of: [
                "statefulset", "pvc-retention", "hpa", "readiness", "eks-upgrade",
            ]))
        #expect(CourseValidator(course: course).unlistedLabs().isEmpty)
    }

    @Test(arguments: labIDs)
    func labIsSound(_ id: String) throws {
        let course = try #require(Self.course)
        let validation = try #require(CourseValidator(course: course).validate([id]).first)
        #expect(validation.problems.isEmpty, "\(validation.problems.map(\.description))")
        let solution = try #require(validation.solution)
        #expect(solution.passed)
        #expect(solution.points == solution.lab.points)
        let start = try #require(validation.start)
        #expect(!start.passed)
        #expect(start.checks.contains { $0.status == .failed })
    }

    /// Every lab declares right answers written differently and answers that reach the
    /// checked numbers without the mechanism (docs/lab-format.md says why).
    @Test(arguments: labIDs)
    func labDeclaresEquivalentAndCounterfeitAnswers(_ id: String) throws {
        let lab = try #require(Self.course?.lab(id).lab)
        #expect(!lab.equivalents.isEmpty, "\(id) declares no equivalent answer")
        #expect(!lab.counterfeits.isEmpty, "\(id) declares no counterfeit answer")
    }

    /// One declared answer of a lab and the verdict it is owed.
    struct DeclaredAnswer: Sendable, CustomTestStringConvertible {
        var lab: String
        var name: String
        var directory: String
        /// Nil for an equivalent (it must pass); the ids a counterfeit must fail.
        var fails: [String]?

        var testDescription: String { "\(lab)/\(name)" }
    }

    static let declaredAnswers: [DeclaredAnswer] = labIDs.flatMap { id -> [DeclaredAnswer] in
        guard let lab = course?.lab(id).lab else { return [] }
        return lab.equivalents.map {
            DeclaredAnswer(
                lab: id, name: $0.name, directory: lab.equivalentDirectory($0.name), fails: nil)
        }
            + lab.counterfeits.map {
                DeclaredAnswer(
                    lab: id, name: $0.name, directory: lab.counterfeitDirectory($0.name),
                    fails: $0.fails)
            }
    }

    /// An equivalent answer passes; a counterfeit fails exactly the checks it names.
    @Test(arguments: declaredAnswers)
    func declaredAnswerGetsItsVerdict(_ answer: DeclaredAnswer) throws {
        let lab = try #require(Self.course?.lab(answer.lab).lab)
        let report = LabRunner().run(lab, studentDirectory: answer.directory)
        guard let fails = answer.fails else {
            #expect(
                report.passed, "\(report.checks.filter { $0.status != .passed }.map(\.check.id))")
            return
        }
        #expect(!report.passed)
        let failed =
            report.checks.filter { $0.status == .failed }.map(\.check.id)
            + report.invariants.filter { !$0.passed }.map(\.invariant.id)
        #expect(Set(failed) == Set(fails))
    }

    @Test(arguments: labIDs)
    func labTextIsInBothLanguages(_ id: String) throws {
        let course = try #require(Self.course)
        let lab = try #require(course.lab(id).lab)
        for check in lab.checks {
            #expect(check.title.missingLanguages.isEmpty, "\(id)/\(check.id) title")
            #expect(check.rationale.missingLanguages.isEmpty, "\(id)/\(check.id) rationale")
            #expect(!check.hints.isEmpty, "\(id)/\(check.id) has no hint")
        }
        for language in Language.allCases {
            #expect(FileManager.default.fileExists(atPath: lab.instructionsPath(in: language)))
        }
    }

    @Test func sameFilesSameReport() throws {
        let course = try #require(Self.course)
        let lab = try #require(course.lab("hpa").lab)
        let run = { LabRunner().run(lab, studentDirectory: course.solutionDirectory("hpa")) }
        let first = run().document(
            language: .en, directory: "d", labkitVersion: "v", courseVersion: "c")
        let second = run().document(
            language: .en, directory: "d", labkitVersion: "v", courseVersion: "c")
        #expect(LabReport.encode(first) == LabReport.encode(second))
    }
}
