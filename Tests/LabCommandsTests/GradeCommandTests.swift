import Foundation
import LabGit
import LabGrading
import LabKit
import LabTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `lab grade` from the built binary: a generated class graded into every format, each
/// output checked against what it promises (docs/grading.md).
@Suite("lab grade (built binary)", .serialized)
struct GradeCommandTests {
    static let deadline = "2026-12-01T23:59:00+09:00"
    static let labs = ["scaling", "liveness"]

    @Test func gradesAGeneratedClassIntoEveryFormat() throws {
        let scene = try ClassScene()
        let out = scene.folder.appendingPathComponent("grades")
        let run = try LabBinary.run(
            [
                "grade", scene.submissions.path, "--labs", Self.labs.joined(separator: ","),
                "--deadline", Self.deadline, "--out", out.path, "--jobs", "2",
            ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("graded 9 submission(s), 2 lab(s) each"))
        #expect(run.stderr.contains("[9/9]"))

        let gradebook = try Gradebook.decode(
            Data(contentsOf: out.appendingPathComponent("gradebook.json")))
        #expect(gradebook.version == 1)
        #expect(gradebook.deadline == Self.deadline)
        #expect(gradebook.labs.map(\.id) == Self.labs)
        let ids = ["alice", "bob", "carol", "dave", "empty", "eve", "frank", "mallory", "stranger"]
        #expect(gradebook.students.map(\.id) == ids)
        func codes(_ id: String) -> Set<String> {
            Set(gradebook.students.first { $0.id == id }?.flags.map(\.code.rawValue) ?? [])
        }
        func student(_ id: String) throws -> StudentGrade {
            try #require(gradebook.students.first { $0.id == id })
        }
        #expect(try student("alice").points == gradebook.maxPoints)
        #expect(codes("alice").isEmpty)
        #expect(try student("eve").kind == "bundle")
        #expect(try student("eve").points == gradebook.maxPoints)
        #expect(try student("frank").kind == "bare")
        #expect(try student("frank").labs == student("alice").labs)
        #expect(codes("bob").isEmpty)
        #expect(try student("bob").points < gradebook.maxPoints)
        #expect(try student("carol").lateCommits == 1)
        #expect(try student("carol").labs.allSatisfy { !$0.passed })
        #expect(codes("dave") == ["pass-not-reproduced", "missing-lab"])
        #expect(codes("empty") == ["empty-repository"])
        #expect(codes("stranger") == ["not-a-workspace", "missing-lab"])
        #expect(
            codes("mallory").isSuperset(of: [
                "symlink-skipped", "file-too-large", "manifest-errors", "invariant-broken",
            ]))
        let manifestErrors = try student("mallory").flags.filter {
            $0.code.rawValue == "manifest-errors"
        }
        #expect(manifestErrors.contains { $0.message.contains("through aliases") })

        try Self.validateCSV(out.appendingPathComponent("gradebook.csv"), gradebook)
        try Self.validateJUnit(out.appendingPathComponent("junit.xml"), gradebook)
        try Self.validateGradescope(out.appendingPathComponent("results"), gradebook)
        let summary = try String(
            contentsOf: out.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(summary.contains("## Pass rate per check"))
        #expect(summary.contains("## Most common failure messages"))
        #expect(summary.contains("`pass-not-reproduced`: 1 student(s): dave"))
        #expect(
            !FileManager.default.fileExists(
                atPath: out.appendingPathComponent(".lab-grade-scratch").path))
    }

    @Test func shardsMergeIntoTheWholeGradebook() throws {
        let scene = try ClassScene()
        var parts: [String] = []
        for shard in ["1/3", "2/3", "3/3"] {
            let out = scene.folder.appendingPathComponent("shard-\(shard.prefix(1))").path
            let run = try LabBinary.run(
                [
                    "grade", scene.submissions.path, "--labs", "scaling", "--deadline",
                    Self.deadline,
                    "--shard", shard, "--out", out, "--format", "json",
                ])
            #expect(run.status == 0, "\(run.stderr)")
            parts.append(out)
        }
        let merged = scene.folder.appendingPathComponent("merged").path
        let merge = try LabBinary.run(["grade", "merge"] + parts + ["--out", merged])
        #expect(merge.status == 0, "\(merge.stderr)")
        let whole = scene.folder.appendingPathComponent("whole").path
        let full = try LabBinary.run(
            [
                "grade", scene.submissions.path, "--labs", "scaling", "--deadline", Self.deadline,
                "--out", whole, "--format", "json",
            ])
        #expect(full.status == 0)
        let one = try Gradebook.decode(
            Data(contentsOf: URL(fileURLWithPath: merged + "/gradebook.json")))
        let other = try Gradebook.decode(
            Data(contentsOf: URL(fileURLWithPath: whole + "/gradebook.json")))
        #expect(one == other)
        #expect(one.students.count == 9)
        #expect(FileManager.default.fileExists(atPath: merged + "/junit.xml"))
    }

    @Test func aCheckPastTheWallTimeLimitIsStoppedAndFlagged() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("lab-grade-timeout-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = try WorkspaceScript(
            at: folder.appendingPathComponent("class/huge"), time: ClassScene.before)
        try script.initialize(course: "2026.11")
        let starter = LabBinary.root.appendingPathComponent("Labs/eks-upgrade/start/order.yaml")
        let text = try String(contentsOf: starter, encoding: .utf8)
        // 13,000 pods (under ten times what the lab's node groups can run, so lab check takes
        // them) through a blue/green upgrade take the simulation minutes: far past the limit.
        let huge = text.replacingOccurrences(
            of: #"replicas: \d+"#, with: "replicas: 13000", options: .regularExpression)
        #expect(huge != text)
        var files = ["order.yaml": Data(huge.utf8)]
        for name in ["service.yaml", "pdb.yaml"] {
            files[name] = try Data(
                contentsOf: LabBinary.root.appendingPathComponent("Labs/eks-upgrade/start/\(name)"))
        }
        try script.start(lab: "eks-upgrade", files: files)
        let out = folder.appendingPathComponent("grades")
        let run = try LabBinary.run(
            [
                "grade", folder.appendingPathComponent("class").path, "--labs", "eks-upgrade",
                "--timeout", "2", "--out", out.path, "--format", "json",
            ])
        #expect(run.status == 0, "\(run.stderr)")
        let gradebook = try Gradebook.decode(
            Data(contentsOf: out.appendingPathComponent("gradebook.json")))
        let student = try #require(gradebook.students.first)
        #expect(student.flags.map(\.code.rawValue) == ["check-timeout"])
        #expect(student.labs.first?.status == .timeout)
    }

    @Test(arguments: [
        (["--deadline", "2026-12-01 23:59"], "ISO 8601"),
        (["--shard", "3/2"], "--shard"),
        (["--format", "csv,xml"], "unknown format \"xml\""),
        (["--labs", "hpx"], "did you mean \"hpa\""),
        (["--roster", "/nonexistent/roster.csv"], "cannot read the roster"),
    ])
    func usageErrorsExit64(arguments: [String], says: String) throws {
        let run = try LabBinary.run(["grade", "/nonexistent"] + arguments)
        #expect(run.status == 64)
        #expect(run.stderr.contains(says), "\(run.stderr)")
    }

    @Test func aMissingSubmissionIsARowAndAWarning() throws {
        let out = FileManager.default.temporaryDirectory
            .appendingPathComponent("lab-grade-missing-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try LabBinary.run(
            [
                "grade", "/nonexistent/alice", "--labs", "scaling", "--out", out.path, "--format",
                "csv",
            ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stderr.hasPrefix("warning: \"/nonexistent/alice\" does not exist"), "\(run.stderr)")
        let csv = try String(
            contentsOf: out.appendingPathComponent("gradebook.csv"), encoding: .utf8)
        #expect(csv.contains("alice,alice,"))
        #expect(csv.contains("not-a-submission"))
    }

    static func validateCSV(_ file: URL, _ gradebook: Gradebook) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(
            lines.first
                == "student_id,name,commit,commit_time,scaling,liveness,total,max_total,late_commits,flags"
        )
        #expect(lines.count == gradebook.students.count + 1)
        let alice = try #require(lines.first { $0.hasPrefix("alice,") })
        let fields = alice.split(separator: ",", omittingEmptySubsequences: false)
        #expect(fields.count == 10)
        #expect(fields[6] == "\(gradebook.maxPoints)")
        #expect(lines.contains { $0.hasPrefix("dave,") && $0.contains("pass-not-reproduced") })
    }

    static func validateJUnit(_ file: URL, _ gradebook: Gradebook) throws {
        let parser = try #require(XMLParser(contentsOf: file))
        let collector = JUnitCollector()
        parser.delegate = collector
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(collector.suites == gradebook.students.map(\.id))
        let checks = gradebook.labs.reduce(0) { $0 + $1.checks.count }
        #expect(collector.testcases == checks * gradebook.students.count)
        #expect(collector.flags.contains { $0.hasPrefix("pass-not-reproduced [scaling]") })
        #expect(collector.failures == 17)
        #expect(collector.errors == 26)
        #expect(collector.skipped == 30)
    }

    static func validateGradescope(_ folder: URL, _ gradebook: Gradebook) throws {
        for student in gradebook.students {
            let data = try Data(contentsOf: folder.appendingPathComponent("\(student.id).json"))
            let object = try #require(
                try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(object["score"] as? Double == Double(student.points))
            #expect(object["max_score"] as? Double == Double(gradebook.maxPoints))
            let tests = try #require(object["tests"] as? [[String: Any]])
            #expect(tests.count == gradebook.labs.reduce(0) { $0 + $1.checks.count })
            for test in tests {
                #expect(test["name"] is String && test["output"] is String)
                #expect(["passed", "failed"].contains(test["status"] as? String ?? ""))
                let score = try #require(test["score"] as? Double)
                let most = try #require(test["max_score"] as? Double)
                #expect(score >= 0 && score <= most)
            }
            _ = try JSONDecoder().decode(GradescopeResults.self, from: data)
        }
    }
}

/// Counts what a JUnit file holds.
final class JUnitCollector: NSObject, XMLParserDelegate, @unchecked Sendable {
    var suites: [String] = []
    var testcases = 0
    var failures = 0
    var errors = 0
    var skipped = 0
    var flags: [String] = []

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        switch element {
        case "testsuite": suites.append(attributes["name"] ?? "")
        case "testcase": testcases += 1
        case "failure": failures += 1
        case "error": errors += 1
        case "skipped": skipped += 1
        case "property" where attributes["name"] == "flag": flags.append(attributes["value"] ?? "")
        default: break
        }
    }
}
