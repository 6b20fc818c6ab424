public import Foundation
public import LabGit
public import LabKit
import LabWorkspace

/// Writes a student workspace the way LabKit's commands do (docs/workspace.md), one step at a
/// time on a clock the caller moves: for grading tests, demos and benchmarks, which need
/// classes of submissions without running `lab` thousands of times.
public final class WorkspaceScript {
    public let repository: Repository
    /// The time the next commit gets.
    public var time: Date
    public var labkitVersion: String
    private let author = Identity(name: "Student", email: "student@labkit.invalid")

    /// Creates an empty repository at `directory` on branch `main`.
    public init(at directory: URL, time: Date, labkitVersion: String = "0.1.0") throws {
        repository = try Repository.create(at: directory)
        self.time = time
        self.labkitVersion = labkitVersion
    }

    /// Moves the clock on.
    public func advance(_ seconds: TimeInterval) {
        time += seconds
    }

    /// `lab init`: `.lab/workspace.json`.
    public func initialize(course: String) throws {
        let marker = WorkspaceManifest(course: course, labkit: labkitVersion)
        try commit(
            paths: [],
            writing: [
                WorkspaceFile(path: WorkspaceFormat.markerPath, contents: marker.encoded())
            ],
            subject: "init LabKit workspace", lab: nil, action: .initialize)
    }

    /// `lab start`: the starter files and the instructions under `<lab>/`.
    public func start(lab: String, files: [String: Data]) throws {
        try commit(
            paths: [lab], writing: Self.files(files, under: lab), subject: "start \(lab)",
            lab: lab, action: .start)
    }

    /// `lab check`: the student's files, the result document and the trailers it implies.
    public func check(lab: String, files: [String: Data], result: LabReportDocument) throws {
        let outcome = LabResultTrailer(
            passed: result.passed, checksPassed: result.passedChecks,
            checksTotal: result.totalChecks)
        try commit(
            paths: [lab],
            writing: Self.files(files, under: lab) + [WorkspaceFormat.resultFile(of: lab, result)],
            subject: "check \(lab): \(outcome.value)", lab: lab, action: .check,
            extra: WorkspaceFormat.checkTrailers(
                outcome, points: result.points, maxPoints: result.maxPoints))
        if result.passed, let head = try repository.headCommit() {
            try repository.createTag(WorkspaceFormat.passTag(of: lab), at: head)
        }
    }

    /// `lab hint`: an empty commit.
    public func hint(lab: String, check: String, level: Int) throws {
        try commit(
            paths: [], subject: "hint \(lab): \(check) level \(level)", lab: lab, action: .hint,
            extra: [WorkspaceFormat.hintTrailer(check: check, level: level)], allowEmpty: true)
    }

    /// `lab solution`: an empty commit, forced when shown before a pass.
    public func solution(lab: String, forced: Bool) throws {
        try commit(
            paths: [], subject: "solution \(lab)", lab: lab, action: .solution,
            extra: forced ? [WorkspaceFormat.forcedTrailer] : [], allowEmpty: true)
    }

    /// A plain `git commit -a` by the student: no LabKit trailers.
    public func plainCommit(_ files: [String: Data], message: String) throws {
        let written = files.map { WorkspaceFile(path: $0.key, contents: $0.value) }
        try repository.commit(
            paths: ["."], writing: written, message: CommitMessage(subject: message),
            author: author, clock: .fixed(SignatureTime(time)), allowEmpty: true)
        advance(60)
    }

    private func commit(
        paths: [String], writing files: [WorkspaceFile] = [], subject: String, lab: String?,
        action: LabEvent.Action, extra: [Trailer] = [], allowEmpty: Bool = false
    ) throws {
        let trailers = WorkspaceFormat.trailers(
            lab: lab, action: action, extra: extra, labkitVersion: labkitVersion)
        try repository.commit(
            paths: paths, writing: files,
            message: CommitMessage(subject: subject, trailers: trailers), author: author,
            clock: .fixed(SignatureTime(time)), allowEmpty: allowEmpty)
        advance(60)
    }

    private static func files(_ files: [String: Data], under lab: String) -> [WorkspaceFile] {
        files.keys.sorted().map {
            WorkspaceFile(path: "\(lab)/\($0)", contents: files[$0] ?? Data())
        }
    }
}
