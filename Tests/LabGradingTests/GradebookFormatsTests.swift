import Foundation
import LabGrading
import LabKit
import LabTestSupport
import Testing

@Suite("lab grade: shards, merge, roster and CSV")
struct GradebookFormatsTests {
    static func student(_ id: String, flags: [GradeFlag] = []) -> StudentGrade {
        StudentGrade(id: id, name: id, submission: id, kind: "repository", flags: flags)
    }

    static func gradebook(_ ids: [String], shard: GradeShard? = nil) -> Gradebook {
        Gradebook(
            labkitVersion: "0.1.0", courseVersion: "2026.11", deadline: nil, shard: shard,
            labs: [], students: ids.map { student($0) })
    }

    @Test func shardsCoverEveryoneOnceAndStayBalanced() throws {
        let ids = (1...10).map { "s\($0)" }.sorted()
        let slices = (1...3).map { GradeShard(index: $0, count: 3).slice(ids) }
        #expect(slices.flatMap { $0 }.sorted() == ids)
        #expect(slices.map(\.count) == [4, 3, 3])
        #expect(GradeShard("2/3") == GradeShard(index: 2, count: 3))
        #expect(GradeShard("0/3") == nil)
        #expect(GradeShard("4/3") == nil)
        #expect(GradeShard("1/0") == nil)
    }

    @Test func mergeSortsAndRefusesDuplicates() throws {
        let merged = try GradebookMerge.merge([
            Self.gradebook(["b", "d"], shard: GradeShard(index: 1, count: 2)),
            Self.gradebook(["a", "c"], shard: GradeShard(index: 2, count: 2)),
        ]).get()
        #expect(merged.students.map(\.id) == ["a", "b", "c", "d"])
        #expect(merged.shard == nil)
        #expect(throws: GradebookMerge.Conflict.self) {
            try GradebookMerge.merge([Self.gradebook(["a"]), Self.gradebook(["a"])]).get()
        }
    }

    @Test func csvQuotesAndDisarmsFormulas() throws {
        var book = Self.gradebook(["=HYPERLINK(\"x\")", "plain"])
        book.students[1].flags = [GradeFlag(.missingLab, lab: "hpa", "no \"hpa/\" folder, sorry")]
        let lines = book.csv().components(separatedBy: "\r\n")
        #expect(lines[1].hasPrefix("\"'=HYPERLINK(\"\"x\"\")\","))
        #expect(lines[2].hasSuffix(",\"missing-lab [hpa]: no \"\"hpa/\"\" folder, sorry\""))
    }

    static func failing(_ id: String, _ messages: [String?]) -> StudentGrade {
        var student = student(id)
        student.labs = [
            LabGrade(
                lab: "hpa", status: .graded, points: 0, maxPoints: 2, passed: false,
                checks: messages.enumerated().map { index, message in
                    CheckGrade(
                        id: "c\(index)", status: message == nil ? .passed : .failed,
                        points: message == nil ? 1 : 0, maxPoints: 1, message: message)
                }, invariants: [], history: LabHistory())
        ]
        return student
    }

    @Test func theSummaryCountsPassRatesAndTheCommonestFailures() {
        var book = Self.gradebook([])
        book.labs = [
            GradedLabInfo(
                id: "hpa", title: "HPA", maxPoints: 2,
                checks: [
                    GradedCheckInfo(id: "c0", title: "cpu request", maxPoints: 1),
                    GradedCheckInfo(id: "c1", title: "scales | out", maxPoints: 1),
                ])
        ]
        book.students = [
            Self.failing("a", [nil, "expected 3; observed 1"]),
            Self.failing("b", ["no request", "expected 3; observed 1"]),
            Self.failing("c", [nil, "expected 3; observed 2"]),
        ]
        let summary = book.summaryMarkdown()
        #expect(summary.contains("| hpa | cpu request | 2/3 | 66.7 % |"))
        #expect(summary.contains("| hpa | scales \\| out | 0/3 | 0.0 % |"))
        #expect(summary.contains("1. 2 × hpa · c1: expected 3; observed 1\n1. 1 × hpa · c0"))
    }

    @Test func resultFilesOfLookAlikeIdsDoNotOverwriteEachOther() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("gradebook-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try GradebookWriter(formats: [.gradescope]).write(
            Self.gradebook(["a/b", "a_b"]), to: folder)
        #expect(written == ["results/a_b.json", "results/a_b~2.json"])
    }

    @Test func junitEscapesMarkupAndControlCharacters() {
        var book = Self.gradebook(["<x>"])
        book.students[0].flags = [
            GradeFlag(GradeFlag.Code(.unsafePath), "bad \u{7}name & \"quote\"")
        ]
        let xml = book.junit()
        #expect(xml.contains("<testsuite name=\"&lt;x&gt;\""))
        #expect(xml.contains("unsafe-path: bad \u{FFFD}name &amp; &quot;quote&quot;"))
    }

    @Test func gradebookJSONRoundTripsAndRejectsOtherVersions() throws {
        let book = Self.gradebook(["a"])
        #expect(try Gradebook.decode(book.jsonData()) == book)
        var future = book
        future.version = 2
        #expect(throws: DecodingError.self) { try Gradebook.decode(future.jsonData()) }
    }

    @Test func rosterNeedsNameAndIdColumns() throws {
        let roster = try Roster.parse("login,email\n\"kim, jae\",kim@example.edu\r\n").get()
        #expect(roster.entries == [Roster.Entry(name: "kim, jae", id: "kim@example.edu")])
        #expect(throws: Roster.Problem(line: 1, message: Roster.headerProblem)) {
            try Roster.parse("who,when\n").get()
        }
        #expect(throws: Roster.Problem(line: 3, message: "\"a\" is listed twice")) {
            try Roster.parse("name,id\na,1\na,2\n").get()
        }
    }

    @Test func deadlinesNeedAnOffset() {
        #expect(Deadline("2026-12-01T23:59:00+09:00")?.date.timeIntervalSince1970 == 1_796_137_140)
        #expect(Deadline("2026-12-01T14:59:00Z")?.date.timeIntervalSince1970 == 1_796_137_140)
        #expect(Deadline("2026-12-01T23:59:00") == nil)
        #expect(Deadline("tomorrow") == nil)
    }
}
