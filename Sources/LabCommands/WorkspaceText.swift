import Foundation
import LabProgress
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
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    /// A `kubectl get`-style table: LAB, STATE, ATTEMPTS, FIRST PASS, POINTS, HINTS.
    static func statusTable(_ labs: [LabProgressEntry]) -> String {
        var rows = [["LAB", "STATE", "ATTEMPTS", "FIRST PASS", "POINTS", "HINTS"]]
        for lab in labs {
            let points = lab.bestPoints.map { "\($0)/\(lab.maxPoints ?? $0)" } ?? "-"
            var hints = "\(lab.hintsUsed)"
            if lab.solutionsViewed > 0 {
                hints += lab.forcedSolutions > 0 ? " +solution (forced)" : " +solution"
            }
            rows.append([
                lab.id, lab.state.rawValue, "\(lab.attempts)",
                lab.firstPass.map(date) ?? "-", points, hints,
            ])
        }
        return table(rows)
    }

    /// Left-aligned columns separated by three spaces, trailing spaces trimmed.
    static func table(_ rows: [[String]]) -> String {
        let count = rows.map(\.count).max() ?? 0
        let widths = (0..<count).map { column in
            rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
        }
        var text = ""
        for row in rows {
            var line = ""
            for (column, cell) in row.enumerated() {
                line +=
                    column == row.count - 1
                    ? cell : cell.padding(toLength: widths[column] + 3, withPad: " ", startingAt: 0)
            }
            text +=
                line.replacingOccurrences(
                    of: "\\s+$", with: "", options: .regularExpression) + "\n"
        }
        return text
    }
}

extension WorkspaceText {
    /// `14:03:27` in the machine's time zone.
    static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: date)
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
