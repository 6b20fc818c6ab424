import Foundation
import LabGit
import LabGrading
import LabKit
import LabTestSupport
import Testing

/// A generated class for `lab grade`: passing, failing, late, tampered, hostile, broken and
/// bundled submissions, each written as LabKit's commands write a workspace.
final class ClassScene {
    let folder: URL
    let submissions: URL
    let course: Course

    static let before = Date(timeIntervalSince1970: 1_764_000_000)  // 2025-11-24
    static let deadline = Deadline(
        date: Date(timeIntervalSince1970: 1_796_137_140), text: GradeCommandTests.deadline)

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("lab-grade-e2e-\(UUID().uuidString)")
        submissions = folder.appendingPathComponent("class")
        try FileManager.default.createDirectory(at: submissions, withIntermediateDirectories: true)
        course = try #require(CourseLoader.load(root: LabBinary.root.path).course)
        try write()
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write() throws {
        let labs = GradeCommandTests.labs
        let alice = try workspace("alice")
        for lab in labs { try checked(alice, lab, solution(lab)) }
        let bundle = submissions.appendingPathComponent("eve.bundle")
        _ = try alice.repository.exportBundle(to: bundle)
        // A bare repository, as `git clone --bare` leaves it.
        _ = try Repository.importBundle(
            at: bundle, into: submissions.appendingPathComponent("frank.git"))

        let bob = try workspace("bob")
        for lab in labs { try checked(bob, lab, starter(lab)) }

        let carol = try workspace("carol")
        for lab in labs { try carol.start(lab: lab, files: starter(lab)) }
        carol.time = Self.deadline.date + 600
        try checked(carol, "scaling", solution("scaling"), start: false)

        let dave = try workspace("dave")
        try dave.start(lab: "scaling", files: starter("scaling"))
        try dave.plainCommit(
            [
                ".lab/results/scaling.json": Data(
                    LabReport.encode(report("scaling", solution("scaling"))).utf8)
            ],
            message: "done")

        let mallory = try workspace("mallory")
        var files = try solution("scaling")
        files["big.yaml"] = Data(repeating: UInt8(ascii: "#"), count: (1 << 20) + 1)
        files["bomb.yaml"] = Data(Self.aliasBomb.utf8)
        files["many.yaml"] = Data(String(repeating: "---\n{}\n", count: 2000).utf8)
        files["latin1.yaml"] = Data([0x23, 0x20, 0xE9, 0x0A])
        try mallory.start(lab: "scaling", files: files)
        // Another image than the one the lab declares as an invariant.
        var liveness = try solution("liveness")
        let deployment = String(decoding: try #require(liveness["deployment.yaml"]), as: UTF8.self)
        liveness["deployment.yaml"] = Data(
            deployment.replacingOccurrences(
                of: "ghcr.io/acmexii/order-liveness:latest", with: "nginx:1.25"
            ).utf8)
        try mallory.start(lab: "liveness", files: liveness)
        let tree = try #require(mallory.repository.workTree)
        try FileManager.default.createSymbolicLink(
            atPath: tree.appendingPathComponent("scaling/secret.yaml").path,
            withDestinationPath: "/etc/passwd")
        try mallory.plainCommit([:], message: "link")

        _ = try Repository.create(at: submissions.appendingPathComponent("empty"))
        let stranger = try WorkspaceScript(
            at: submissions.appendingPathComponent("stranger"), time: Self.before)
        try stranger.plainCommit(
            ["scaling/deployment.yaml": try #require(solution("scaling")["deployment.yaml"])],
            message: "homework")
        try "not a submission\n".write(
            to: submissions.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    }

    private func workspace(_ name: String) throws -> WorkspaceScript {
        let script = try WorkspaceScript(
            at: submissions.appendingPathComponent(name), time: Self.before)
        try script.initialize(course: course.version)
        return script
    }

    private func checked(
        _ script: WorkspaceScript, _ lab: String, _ files: [String: Data], start: Bool = true
    ) throws {
        if start { try script.start(lab: lab, files: starter(lab)) }
        try script.check(lab: lab, files: files, result: report(lab, files))
    }

    private func starter(_ lab: String) throws -> [String: Data] { try Checkout.starter(lab) }

    private func solution(_ lab: String) throws -> [String: Data] { try Checkout.solution(lab) }

    private func report(_ lab: String, _ files: [String: Data]) throws -> LabReportDocument {
        let definition = try #require(course.lab(lab).lab)
        return try Checkout.recordedResult(of: definition, files: files, course: course)
    }

    static let aliasBomb = """
        a: &a ["x","x","x","x","x","x","x","x","x","x"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]

        """
}
