public import Foundation
public import LabGit

/// One commit read back as what LabKit (or the student, with plain git) did.
///
/// Parsed from the trailers (`LabTrailer`); a commit without `Lab-Action` is the student's own
/// work (`action` nil). Trailers that do not parse are ignored rather than trusted.
public struct LabEvent: Sendable, Hashable {
    /// What a LabKit commit records, as its `Lab-Action` trailer spells it.
    public enum Action: String, Sendable, Hashable, CaseIterable {
        case initialize = "init"
        case start
        case check
        case hint
        case save
        case reset
        case solution
    }

    public var commit: CommitInfo
    /// Nil for a commit made with plain git (or with an action this LabKit does not know).
    public var action: Action?
    /// The `Lab` trailer.
    public var lab: String?
    /// A check's `Lab-Result`.
    public var result: LabResultTrailer?
    /// A check's `Lab-Points`, earned and possible.
    public var points: (earned: Int, possible: Int)? {
        guard let value = commit.trailers.value(for: LabTrailer.points) else { return nil }
        let parts = value.split(separator: "/")
        guard parts.count == 2, let earned = Int(parts[0]), let possible = Int(parts[1]) else {
            return nil
        }
        return (earned, possible)
    }
    /// A hint's check id and level (`Lab-Hint: <check-id> <level>`).
    public var hint: (check: String, level: Int)? {
        guard let value = commit.trailers.value(for: LabTrailer.hint) else { return nil }
        let words = value.split(separator: " ")
        guard words.count == 2, let level = Int(words[1]) else { return nil }
        return (String(words[0]), level)
    }
    /// A solution shown before the lab passed.
    public var isForced: Bool { WorkspaceFormat.isForced(commit) }
    /// When it was committed (committer time, as deadlines use).
    public var date: Date { commit.committer.time.date }

    public init(_ commit: CommitInfo) {
        self.commit = commit
        action = WorkspaceFormat.action(of: commit)
        lab = WorkspaceFormat.lab(of: commit)
        result = WorkspaceFormat.result(of: commit)
    }

    /// A check that passed.
    public var isPass: Bool { action == .check && result?.passed == true }

    public static func == (lhs: LabEvent, rhs: LabEvent) -> Bool { lhs.commit == rhs.commit }
    public func hash(into hasher: inout Hasher) { hasher.combine(commit) }
}
