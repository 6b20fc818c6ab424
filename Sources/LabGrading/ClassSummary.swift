import Foundation

extension Gradebook {
    /// `summary.md`: the class at a glance, so an instructor sees what to re-teach: the pass
    /// rate of each lab and check, the most common failure messages, and the flags.
    public func summaryMarkdown(topFailures: Int = 10) -> String {
        let count = students.count
        var text = "# Grading summary\n\n"
        text += "- Students: \(count)\n"
        text += "- Deadline: \(deadline ?? "none (HEAD graded)")\n"
        text += "- Course \(courseVersion), LabKit \(labkitVersion)\n"
        if count > 0 {
            let mean = Double(students.reduce(0) { $0 + $1.points }) / Double(count)
            text += "- Mean total: \(Self.decimal(mean)) of \(maxPoints)\n"
        }
        text += "\n## Pass rate per check\n\n| Lab | Check | Passed | Rate |\n|---|---|---:|---:|\n"
        var failures: [String: Int] = [:]
        for lab in labs {
            let graded = students.compactMap { $0.labs.first { $0.lab == lab.id } }
            let labPassed = graded.filter(\.passed).count
            text +=
                "| **\(lab.id)** | (whole lab) | \(labPassed)/\(count) | \(Self.percent(labPassed, count)) |\n"
            for check in lab.checks {
                let results = graded.compactMap { $0.checks.first { $0.id == check.id } }
                let passed = results.filter { $0.status == .passed }.count
                text +=
                    "| \(lab.id) | \(Self.cell(check.title)) | \(passed)/\(count) | \(Self.percent(passed, count)) |\n"
                // Skipped checks follow from another failure; counting them would bury it.
                for result in results where result.status == .failed {
                    failures[
                        "\(lab.id) · \(check.id): \(result.message ?? result.status.rawValue)",
                        default: 0] +=
                        1
                }
            }
            let invalid = graded.filter {
                $0.checks.contains { $0.message == LabOutcome.invalidManifests }
            }
            if !invalid.isEmpty {
                failures["\(lab.id): the manifests have errors, so no check ran", default: 0] +=
                    invalid.count
            }
        }
        text += "\n## Most common failure messages\n\n"
        let common = failures.sorted {
            $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
        }
        if common.isEmpty { text += "None: every check passed.\n" }
        for (message, times) in common.prefix(topFailures) {
            text += "1. \(times) × \(Self.cell(message))\n"
        }
        var flagCounts: [GradeFlag.Code: Int] = [:]
        for student in students {
            for code in Set(student.flags.map(\.code)) { flagCounts[code, default: 0] += 1 }
        }
        text += "\n## Flags\n\n"
        if flagCounts.isEmpty { text += "None.\n" }
        for (code, times) in flagCounts.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let who = students.filter { $0.flags.contains { $0.code == code } }.map(\.id)
            let shown = who.prefix(10).joined(separator: ", ") + (who.count > 10 ? ", ..." : "")
            text += "- `\(code)`: \(times) student(s): \(Self.cell(shown))\n"
        }
        return text
    }

    private static func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "-" : "\(Self.decimal(Double(part) * 100 / Double(whole))) %"
    }

    /// One decimal, without locale-dependent formatting.
    private static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// Text safe inside a Markdown table cell or list item.
    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
