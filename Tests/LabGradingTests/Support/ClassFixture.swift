import Foundation
import LabGit
import LabGrading
import LabKit
import LabTestSupport
import Testing

/// A scratch folder of generated submissions, graded with the repository's own course.
final class ClassFixture {
    static let root = Checkout.root

    /// 2026-12-01T23:59:00+09:00.
    static let deadline = Deadline(
        date: Date(timeIntervalSince1970: 1_796_137_140), text: "2026-12-01T23:59:00+09:00")
    /// A week before the deadline.
    static let before = deadline.date - 7 * 24 * 3600

    let folder: URL
    let submissions: URL
    let course: Course
    let labs: [Lab]

    init(labs ids: [String] = ["scaling", "readiness"]) throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("labgrading-\(UUID().uuidString)")
        submissions = folder.appendingPathComponent("submissions")
        try FileManager.default.createDirectory(at: submissions, withIntermediateDirectories: true)
        let parse = CourseLoader.load(root: Self.root.path)
        let loaded = try #require(parse.course)
        course = loaded
        labs = try ids.map { try #require(loaded.lab($0).lab) }
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func plan(deadline: Deadline? = ClassFixture.deadline) -> GradingPlan {
        GradingPlan(course: course, labs: labs, deadline: deadline, labkitVersion: "0.1.0")
    }

    /// The files of a folder of the course (`Labs/scaling/start`, `Solutions/scaling`).
    func files(_ relative: String) throws -> [String: Data] { try Checkout.files(relative) }

    func starter(_ lab: String) throws -> [String: Data] { try Checkout.starter(lab) }

    func solution(_ lab: String) throws -> [String: Data] { try Checkout.solution(lab) }

    /// What `lab check` would record for `files` of `lab`.
    func report(_ lab: String, _ files: [String: Data]) throws -> LabReportDocument {
        let definition = try #require(labs.first { $0.id == lab } ?? course.lab(lab).lab)
        return try Checkout.recordedResult(of: definition, files: files, course: course)
    }

    /// A new workspace `name` in the submissions folder, initialised for this course.
    func workspace(_ name: String, at time: Date = ClassFixture.before) throws -> WorkspaceScript {
        let script = try WorkspaceScript(at: submissions.appendingPathComponent(name), time: time)
        try script.initialize(course: course.version)
        return script
    }

    /// Starts every lab and checks it with `files(lab)`.
    func checked(
        _ name: String, _ files: (String) throws -> [String: Data]
    ) throws -> WorkspaceScript {
        let script = try workspace(name)
        for lab in labs {
            try script.start(lab: lab.id, files: starter(lab.id))
            let chosen = try files(lab.id)
            try script.check(lab: lab.id, files: chosen, result: report(lab.id, chosen))
        }
        return script
    }

    func grade(
        deadline: Deadline? = ClassFixture.deadline, jobs: Int = 2, roster: Roster? = nil
    ) -> Gradebook {
        let found = SubmissionFinder().find([submissions.path], roster: roster)
        return ClassGrader(
            plan: plan(deadline: deadline), jobs: jobs,
            scratch: folder.appendingPathComponent("out/.scratch")
        ).grade(found.submissions).gradebook
    }
}

extension Gradebook {
    func student(_ id: String) -> StudentGrade? {
        students.first { $0.id == id }
    }
}

extension StudentGrade {
    var flagCodes: [String] { flags.map(\.code.rawValue) }
}
