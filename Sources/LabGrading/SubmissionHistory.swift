import Foundation
import LabGit
import LabWorkspace

/// A submission's history read once: the commits up to the graded one, the late ones, and what
/// the LabKit trailers in them say (docs/workspace.md).
struct SubmissionHistory {
    /// Reachable from the graded commit, newest first.
    var graded: [CommitInfo]
    /// On HEAD but not reachable from the graded commit (dated after the deadline).
    var late: [CommitInfo]
    /// Whether the history was longer than the limit read.
    var truncated: Bool

    init(all: [CommitInfo], gradedCommit: ObjectID, truncated: Bool) {
        let byID = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var reachable: Set<ObjectID> = []
        var stack = [gradedCommit]
        while let next = stack.popLast() {
            guard reachable.insert(next).inserted, let commit = byID[next] else { continue }
            stack.append(contentsOf: commit.parents)
        }
        graded = all.filter { reachable.contains($0.id) }
        late = all.filter { !reachable.contains($0.id) }
        self.truncated = truncated
    }

    /// The facts for one lab.
    func facts(for lab: String) -> LabHistory {
        var history = LabHistory()
        var passes: [SignatureTime] = []
        for commit in graded where WorkspaceFormat.lab(of: commit) == lab {
            switch WorkspaceFormat.action(of: commit) {
            case .check:
                history.attempts += 1
                if WorkspaceFormat.result(of: commit)?.passed == true {
                    passes.append(commit.committer.time)
                }
            case .hint: history.hints += 1
            case .solution:
                history.solutionsViewed += 1
                if WorkspaceFormat.isForced(commit) {
                    history.solutionsForced += 1
                }
            default: break
            }
        }
        history.firstPass = passes.min().map(Timestamp.text)
        history.lateCommits =
            late.filter { WorkspaceFormat.lab(of: $0) == lab }.count
        return history
    }

    /// The newest `lab check` commit for `lab` up to the graded commit.
    func lastCheck(of lab: String) -> CommitInfo? {
        graded.first {
            WorkspaceFormat.lab(of: $0) == lab && WorkspaceFormat.action(of: $0) == .check
        }
    }

    /// A flag when a commit is dated before one of its parents: the history was rewritten
    /// (after the deadline, when the parent is dated after it and the child before).
    func dateFlags(deadline: Date?) -> [GradeFlag] {
        let all = graded + late
        let byID = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var outOfOrder: (child: CommitInfo, parent: CommitInfo)?
        for commit in all {
            for parentID in commit.parents {
                guard let parent = byID[parentID],
                    parent.committer.time.secondsSince1970 > commit.committer.time.secondsSince1970
                else { continue }
                if let deadline, parent.committer.time.date > deadline,
                    commit.committer.time.date <= deadline
                {
                    return [
                        GradeFlag(
                            .historyRewrittenAfterDeadline,
                            "commit \(commit.id.short) dated \(Timestamp.text(commit.committer.time)) "
                                + "(before the deadline) follows \(parent.id.short) dated "
                                + "\(Timestamp.text(parent.committer.time)) (after it)")
                    ]
                }
                if outOfOrder == nil { outOfOrder = (commit, parent) }
            }
        }
        guard let outOfOrder else { return [] }
        return [
            GradeFlag(
                .datesOutOfOrder,
                "commit \(outOfOrder.child.id.short) is dated before its parent "
                    + "\(outOfOrder.parent.id.short)")
        ]
    }
}
