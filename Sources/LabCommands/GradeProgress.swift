import Foundation
import LabGrading
import Synchronization

/// Grading progress on standard error: a bar redrawn in place on a terminal, one plain line
/// per student otherwise (CI logs).
final class GradeProgress: Sendable {
    private let total: Int
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let drawn = Mutex(false)

    init(total: Int) {
        self.total = total
    }

    func update(_ student: StudentGrade, done: Int) {
        let flags = student.flags.isEmpty ? "" : ", \(student.flags.count) flag(s)"
        if isTerminal {
            let width = 30
            let filled = total == 0 ? width : done * width / total
            let bar =
                String(repeating: "#", count: filled)
                + String(repeating: "-", count: width - filled)
            write("\r[\(bar)] \(done)/\(total) \(student.id.prefix(24))\u{1B}[K")
            drawn.withLock { $0 = true }
        } else {
            let commit = student.commit.map { " at \($0.prefix(7))" } ?? ""
            write(
                "[\(done)/\(total)] \(student.id): \(student.points)/\(student.maxPoints)"
                    + "\(commit)\(flags)\n")
        }
    }

    /// Ends the bar's line so later output starts on a fresh one.
    func finish() {
        if drawn.withLock({ $0 }) { write("\n") }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
