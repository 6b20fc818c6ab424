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

    func text(directory: String) -> String {
        let lab = report.lab
        var text = "\(bold)lab \(lab.id)\(reset): \(lab.title.text(in: language))\n"
        text += "\(dim)files: \(directory)\(reset)\n\n"
        if verbose, let scenario = report.scenario {
            text += timeline(scenario) + "\n"
        }
        if !report.manifestDiagnostics.isEmpty {
            text += DiagnosticRenderer(colors: colors).render(report.manifestDiagnostics) + "\n"
        }
        if report.manifestDiagnostics.hasErrors {
            text += "\(red)your manifests have errors: fix them first (no check ran)\(reset)\n\n"
        }
        for result in report.checks { text += check(result) }
        let broken = report.invariants.filter { !$0.passed }
        if !report.invariants.isEmpty, report.scenario != nil {
            text += "\n"
            for result in report.invariants { text += invariant(result) }
        }
        if !report.problems.isEmpty {
            text += "\nthe lab's scenario did not run cleanly:\n"
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
            return "\(dim)- skipped: \(title) (needs \"\(need)\", which did not pass)\(reset)\n"
        case .skipped(.invalidManifests):
            return "\(dim)- not run: \(title)\(reset)\n"
        case .failed:
            var text = "\(red)✗\(reset) \(bold)\(title)\(reset) \(dim)(\(points))\(reset)\n"
            if let verdict = result.expectation {
                text += "    expected: \(verdict.expected)\n"
                text += "    observed: \(verdict.observed) (at \(verdict.time))\n"
            } else {
                text += "    observed: the scenario never reached this check\n"
            }
            if let location = result.manifestLocation {
                text += "    in your files: \(location.file):\(location.line):\(location.column)\n"
            }
            for explanation in result.explanations {
                text += "    because: \(explanation.text(in: language))\n"
            }
            if let evidence = result.expectation?.evidence, !evidence.isEmpty {
                text += "    evidence:\n"
                for line in evidence { text += "      \(line)\n" }
            }
            text += "    why it matters: \(result.check.rationale.text(in: language))\n"
            if let hint = result.check.hints.first {
                let more = result.check.hints.count > 1 ? " (lab hint for more)" : ""
                text += "    hint: \(hint.text(in: language))\(more)\n"
            }
            return text
        }
    }

    private func invariant(_ result: InvariantResult) -> String {
        let title = result.invariant.title.text(in: language)
        guard !result.passed else { return "\(green)✓\(reset) rule kept: \(title)\n" }
        var text = "\(red)✗ rule broken: \(title)\(reset)\n"
        if let observed = result.expectation?.observed { text += "    observed: \(observed)\n" }
        if let location = result.manifestLocation {
            text += "    in your files: \(location.file):\(location.line):\(location.column)\n"
        }
        text += "    the lab does not pass while this rule is broken, whatever the points\n"
        return text
    }

    private func summary(brokenInvariants: Int, directory: String) -> String {
        let lab = report.lab
        let verdict = report.passed ? "\(green)PASS\(reset)" : "\(red)FAIL\(reset)"
        var text =
            "\(verdict) \(lab.id): \(report.passedCount) of \(report.checks.count) checks passed, "
            + "\(report.points)/\(lab.points) points"
        if brokenInvariants > 0 {
            text += ", \(brokenInvariants) rule\(brokenInvariants == 1 ? "" : "s") broken"
        }
        if let scenario = report.scenario { text += " (virtual time \(scenario.duration))" }
        text += "\n"
        if !report.passed, !verbose, report.scenario != nil {
            text += "\(dim)see the whole run: lab replay \(lab.id) --dir \(directory)\(reset)\n"
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
