public import Foundation
public import LabGit
public import LabKit

/// The workspace's format, in the work tree and in history (docs/workspace.md): where LabKit's
/// files are, the tag of a first pass, the trailers of its commits and the result document.
///
/// The one owner of the format: `Workspace` writes through it, and grading and the test
/// support read and write through it, so the two sides cannot drift apart.
public enum WorkspaceFormat {
    /// The marker that makes a repository a workspace: `.lab/workspace.json`.
    public static let markerPath = WorkspaceManifest.path
    /// LabKit's own folder in the work tree.
    public static let labkitFolder = ".lab"

    /// The last result of lab `id`, relative to the root: `.lab/results/<id>.json`.
    public static func resultPath(of id: String) -> String {
        "\(labkitFolder)/results/\(id).json"
    }

    /// The tag marking a lab's first passing check: `lab/<id>/passed`.
    public static func passTag(of id: String) -> String { "lab/\(id)/passed" }

    // MARK: Trailers

    /// The trailers of a LabKit commit, in the order written: `Lab`, `Lab-Action`, `extra`,
    /// then `LabKit-Version`.
    public static func trailers(
        lab: String?, action: LabEvent.Action, extra: [Trailer] = [], labkitVersion: String
    ) -> [Trailer] {
        var trailers: [Trailer] = []
        if let lab { trailers.append(Trailer(LabTrailer.lab, lab)) }
        trailers.append(Trailer(LabTrailer.action, action.rawValue))
        trailers += extra
        trailers.append(Trailer(LabTrailer.labkitVersion, labkitVersion))
        return trailers
    }

    /// A check's `Lab-Result` and `Lab-Points` trailers.
    public static func checkTrailers(
        _ result: LabResultTrailer, points: Int, maxPoints: Int
    ) -> [Trailer] {
        [
            Trailer(LabTrailer.result, result.value),
            Trailer(LabTrailer.points, "\(points)/\(maxPoints)"),
        ]
    }

    /// A hint's `Lab-Hint: <check-id> <level>` trailer.
    public static func hintTrailer(check: String, level: Int) -> Trailer {
        Trailer(LabTrailer.hint, "\(check) \(level)")
    }

    /// `Lab-Forced: yes`, on a solution shown before the lab passed.
    public static let forcedTrailer = Trailer(LabTrailer.forced, "yes")

    /// The action a commit records; nil for the student's own commits (and unknown actions).
    public static func action(of commit: CommitInfo) -> LabEvent.Action? {
        commit.trailers.value(for: LabTrailer.action).flatMap(LabEvent.Action.init(rawValue:))
    }

    /// The lab a commit belongs to (its `Lab` trailer).
    public static func lab(of commit: CommitInfo) -> String? {
        commit.trailers.value(for: LabTrailer.lab)
    }

    /// A check's recorded outcome (its `Lab-Result` trailer), when it parses.
    public static func result(of commit: CommitInfo) -> LabResultTrailer? {
        commit.trailers.value(for: LabTrailer.result).flatMap(LabResultTrailer.init(value:))
    }

    /// Whether the commit records a solution shown before the lab passed.
    public static func isForced(_ commit: CommitInfo) -> Bool {
        commit.trailers.value(for: LabTrailer.forced)?.lowercased() == "yes"
    }

    // MARK: Files

    /// The result document of lab `id` as committed: the JSON `lab check --json` prints.
    public static func resultFile(of id: String, _ document: LabReportDocument) -> WorkspaceFile {
        WorkspaceFile(path: resultPath(of: id), text: LabReport.encode(document) + "\n")
    }

    /// A committed result document; nil when it is not one.
    public static func resultDocument(_ data: Data) -> LabReportDocument? {
        try? JSONDecoder().decode(LabReportDocument.self, from: data)
    }

    /// The course edition a marker names; nil when the data is not a LabKit marker (it needs
    /// `format` and `course`; other fields are not required of a marker to grade it).
    public static func markerCourse(_ data: Data) -> String? {
        struct Marker: Decodable {
            var format: Int
            var course: String
        }
        return (try? JSONDecoder().decode(Marker.self, from: data))?.course
    }
}
