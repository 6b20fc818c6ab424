public import Foundation
public import LabGit
public import LabKit

/// What `lab hint` shows: the hints of the first check that did not pass, up to `level`.
public struct HintOutcome: Sendable {
    public var lab: Lab
    /// The first check with hints that did not pass in the last recorded attempt; nil when
    /// there is none (every check passed).
    public var check: Check?
    /// The level shown (1-based); 0 when every check passed.
    public var level: Int
    /// The hints of levels 1 through `level`, in the workspace's language.
    public var hints: [String]
    /// The `hint <id>: <check> level N` commit; nil when there was nothing to hint.
    public var commit: ObjectID?

    /// How many levels the check has.
    public var levels: Int { check?.hints.count ?? 0 }
}

extension Workspace {
    /// Shows the next hint level (or `level`) for the first check that did not pass in the
    /// last recorded attempt, and records it (`Lab-Hint: <check-id> <level>`).
    ///
    /// - Throws: `notCheckedYet` before the first check, `noSuchHintLevel` for a level the
    ///   check does not have.
    public func hint(_ id: String?, level: Int?, from directory: URL) throws(ProgressError)
        -> HintOutcome
    {
        let id = try resolveLab(id, from: directory)
        let lab = try loadLab(id)
        let events = try events()
        guard let last = events.first(where: { $0.action == .check && $0.lab == id }) else {
            throw .notCheckedYet(id)
        }
        let statuses = try checkStatuses(of: id, at: last.commit.id)
        // A check without hints (rare) is passed over for the next one that has some.
        guard
            let failing = lab.checks.first(where: {
                statuses[$0.id] != "passed" && !$0.hints.isEmpty
            })
        else {
            return HintOutcome(lab: lab, check: nil, level: 0, hints: [], commit: nil)
        }
        let shown =
            events.compactMap { $0.lab == id && $0.action == .hint ? $0.hint : nil }
            .filter { $0.check == failing.id }.map(\.level).max() ?? 0
        let chosen = level ?? min(shown + 1, failing.hints.count)
        guard (1...failing.hints.count).contains(chosen) else {
            throw .noSuchHintLevel(
                lab: id, check: failing.id, level: chosen, available: failing.hints.count)
        }
        let commit = try withWriteLock("hint \(id)") { () throws(ProgressError) -> ObjectID? in
            try record(
                subject: "hint \(id): \(failing.id) level \(chosen)", lab: id, action: .hint,
                extra: [WorkspaceFormat.hintTrailer(check: failing.id, level: chosen)], paths: [],
                allowEmpty: true)
        }
        return HintOutcome(
            lab: lab, check: failing, level: chosen,
            hints: failing.hints.prefix(chosen).map { $0.text(in: settings.language) },
            commit: commit)
    }

    /// Each check's status (`passed`, `failed`, `skipped`) in the result recorded by `commit`;
    /// empty when the result is missing or unreadable (every check then counts as not passed).
    func checkStatuses(of id: String, at commit: ObjectID) throws(ProgressError) -> [String:
        String]
    {
        guard
            let content = try? repository.contents(
                of: WorkspaceFormat.resultPath(of: id), at: commit),
            let data = content.data,
            let result = try? JSONDecoder().decode(RecordedResult.self, from: data)
        else { return [:] }
        return Dictionary(
            result.checks.map { ($0.id, $0.status) }, uniquingKeysWith: { first, _ in first })
    }
}

/// The part of a recorded `LabReportDocument` a hint needs; decoding only this keeps hints
/// working with results written by other LabKit versions.
private struct RecordedResult: Decodable {
    struct Entry: Decodable {
        var id: String
        var status: String
    }

    var checks: [Entry]
}
