import ClusterSim
import LabDiagnostics
import LabKit

/// Renders a lab check for a student: one line per check, and for each failure what was
/// expected, what was seen, the evidence, where in their files, why, and the first hint.
struct CheckReport {
    let report: LabReport
    let language: Language
    let colors: Bool
    let verbose: Bool

    private var green: String { colors ? "\u{1B}[32m" : "" }
    private var red: String { colors ? "\u{1B}[31m" : "" }
    private var dim: String { colors ? "\u{1B}[2m" : "" }
    private var bold: String { colors ? "\u{1B}[1m" : "" }
    private var reset: String { colors ? "\u{1B}[0m" : "" }
    private var words: StudentWords { StudentWords(language: language) }

    func text(directory: String) -> String {
        let lab = report.lab
        var text = "\(bold)lab \(lab.id)\(reset): \(lab.title.text(in: language))\n"
        text += "\(dim)\(words.files): \(directory)\(reset)\n\n"
        if verbose, let scenario = report.scenario {
            text += timeline(scenario) + "\n"
        }
        if !report.manifestDiagnostics.isEmpty {
            text += DiagnosticRenderer(colors: colors).render(report.manifestDiagnostics) + "\n"
        }
        if report.manifestDiagnostics.hasErrors {
            text += "\(red)\(words.manifestErrors)\(reset)\n\n"
        }
        for result in report.checks { text += check(result) }
        let broken = report.invariants.filter { !$0.passed }
        if !report.invariants.isEmpty, report.scenario != nil {
            text += "\n"
            for result in report.invariants { text += invariant(result) }
        }
        if !report.problems.isEmpty {
            text += "\n\(words.scenarioProblems)\n"
            text += DiagnosticRenderer(colors: colors).render(report.problems)
        }
        text += "\n" + summary(brokenInvariants: broken.count, directory: directory)
        return text
    }

    private func check(_ result: CheckResult) -> String {
        let title = result.check.title.text(in: language)
        let points = "\(result.status == .passed ? result.check.points : 0)/\(result.check.points)"
        switch result.status {
        case .passed:
            return "\(green)✓\(reset) \(title) \(dim)(\(points))\(reset)\n"
        case .skipped(.needs(let need)):
            return "\(dim)\(words.skipped(title, needs: need))\(reset)\n"
        case .skipped(.invalidManifests):
            return "\(dim)\(words.notRun(title))\(reset)\n"
        case .failed:
            var text = "\(red)✗\(reset) \(bold)\(title)\(reset) \(dim)(\(points))\(reset)\n"
            if let verdict = result.expectation {
                text += "    \(words.expected): \(verdict.expected)\n"
                text +=
                    "    \(words.observed): \(verdict.observed) \(words.at(verdict.time.description))\n"
            } else {
                text += "    \(words.observed): \(words.neverReached)\n"
            }
            if let location = result.manifestLocation {
                text +=
                    "    \(words.inYourFiles): \(location.file):\(location.line):\(location.column)\n"
            }
            for explanation in result.explanations {
                text += "    \(words.because): \(explanation.text(in: language))\n"
            }
            if let evidence = result.expectation?.evidence, !evidence.isEmpty {
                text += "    \(words.evidence):\n"
                for line in evidence { text += "      \(line)\n" }
            }
            text += "    \(words.whyItMatters): \(result.check.rationale.text(in: language))\n"
            if let hint = result.check.hints.first {
                let more = result.check.hints.count > 1 ? " \(words.moreHints)" : ""
                text += "    \(words.hint): \(hint.text(in: language))\(more)\n"
            }
            return text
        }
    }

    private func invariant(_ result: InvariantResult) -> String {
        let title = result.invariant.title.text(in: language)
        guard !result.passed else { return "\(green)✓\(reset) \(words.ruleKept): \(title)\n" }
        var text = "\(red)✗ \(words.ruleBroken): \(title)\(reset)\n"
        if let observed = result.expectation?.observed {
            text += "    \(words.observed): \(observed)\n"
        }
        if let location = result.manifestLocation {
            text +=
                "    \(words.inYourFiles): \(location.file):\(location.line):\(location.column)\n"
        }
        text += "    \(words.ruleBlocksPass)\n"
        return text
    }

    private func summary(brokenInvariants: Int, directory: String) -> String {
        let lab = report.lab
        let verdict = report.passed ? "\(green)PASS\(reset)" : "\(red)FAIL\(reset)"
        var text =
            "\(verdict) \(lab.id): "
            + words.summary(
                passed: report.passedCount, of: report.checks.count, points: report.points,
                of: lab.points)
        if brokenInvariants > 0 { text += ", " + words.rulesBroken(brokenInvariants) }
        if let scenario = report.scenario {
            text += " " + words.virtualTime(scenario.duration.description)
        }
        text += "\n"
        if !report.passed, !verbose, report.scenario != nil {
            text += "\(dim)\(words.wholeRun("lab replay \(lab.id) --dir \(directory)"))\(reset)\n"
        }
        return text
    }

    /// The run as a student would watch it: `kubectl get -w` lines and siege summaries.
    func timeline(_ scenario: ScenarioResult) -> String {
        var text = ""
        // Warning events (FailedScheduling, BackOff, Unhealthy) explain most failures.
        for entry in scenario.timeline
        where entry.category != .event || entry.text.hasPrefix("Warning") {
            text += TimelineText.line(entry) + "\n"
        }
        for load in scenario.loadReports {
            text +=
                "\n\(bold)siege -c\(load.concurrency) \(load.url)\(reset) "
                + "(from \(load.startedAt) to \(load.endedAt))\n" + load.siegeSummary + "\n"
        }
        return text
    }
}
