import Foundation
import LabGit
import LabKit
import LabWorkspace

/// The plain-text pieces the workspace commands print.
enum WorkspaceText {
    /// The line saying where the workspace came from.
    static func origin(_ origin: WorkspaceOrigin, root: String) -> String {
        switch origin {
        case .created:
            "created a LabKit workspace in \(root) (a git repository, branch main)"
        case .adopted:
            "made the git repository in \(root) a LabKit workspace (its history is kept)"
        case .existing:
            "\(root) already is a LabKit workspace"
        }
    }

    /// `2026-12-06 14:03` in the machine's time zone, the same on every locale.
    static func date(_ date: Date) -> String {
        local(date, "yyyy-MM-dd HH:mm")
    }

    /// `date` in the machine's time zone with a fixed pattern, whatever the locale.
    private static func local(_ date: Date, _ pattern: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = pattern
        return formatter.string(from: date)
    }

    /// A `kubectl get`-style table: LAB, STATE, ATTEMPTS, FIRST PASS, POINTS, HINTS.
    static func statusTable(_ labs: [LabProgressEntry], words: StudentWords) -> String {
        var rows = [words.statusHeaders]
        for lab in labs {
            let points = lab.bestPoints.map { "\($0)/\(lab.maxPoints ?? $0)" } ?? "-"
            var hints = "\(lab.hintsUsed)"
            if lab.solutionsViewed > 0 {
                hints += " " + words.solutionSeen(forced: lab.forcedSolutions > 0)
            }
            rows.append([
                lab.id, words.state(lab.state), "\(lab.attempts)",
                lab.firstPass.map(date) ?? "-", points, hints,
            ])
        }
        return TextColumns.aligned(rows).joined(separator: "\n") + "\n"
    }
}

extension WorkspaceText {
    /// `14:03:27` in the machine's time zone.
    static func time(_ date: Date) -> String {
        local(date, "HH:mm:ss")
    }
}

extension WorkspaceText {
    /// `2026-12-06 14:03  a1b2c3d  hpa  check hpa: pass 6/6  (10/10 points)`.
    static func logLine(_ entry: LogEntry) -> String {
        let event = entry.event
        var line = "\(date(event.date))  \(event.commit.shortID)  "
        if event.action == nil {
            line += "\(event.commit.subject)  (your commit)"
        } else {
            line += event.commit.subject
        }
        if let points = event.points { line += "  (\(points.earned)/\(points.possible) points)" }
        if event.isForced { line += "  (before a pass)" }
        return line
    }

    /// `modified hpa/hpa.yaml (+3 -1)`.
    static func change(_ change: FileChange) -> String {
        var text = "\(change.kind.rawValue) \(change.path)"
        if let old = change.oldPath { text += " (from \(old))" }
        if change.isBinary {
            text += " (binary)"
        } else {
            text += " (+\(change.linesAdded) -\(change.linesRemoved))"
        }
        return text
    }
}
