import ClusterSim
import Foundation
import KubeModel
import LabDiagnostics
import LabKit

/// Renders a scenario run for people (timeline, loads, ✓/✗) or for tools (versioned JSON).
enum SimReport {
    /// Version of the `--json` document; bump when a field changes meaning or goes away.
    static let jsonVersion = 1

    static func text(
        _ result: ScenarioResult, warnings: [Diagnostic], colors: Bool, verbose: Bool
    ) -> String {
        let green = colors ? "\u{1B}[32m" : ""
        let red = colors ? "\u{1B}[31m" : ""
        let bold = colors ? "\u{1B}[1m" : ""
        let reset = colors ? "\u{1B}[0m" : ""
        var text = "\(bold)scenario: \(result.name)\(reset) (\(result.file))\n\n"
        for entry in result.timeline where verbose || entry.category != .event {
            text += TimelineText.line(entry) + "\n"
        }
        for report in result.loadReports {
            text +=
                "\n\(bold)load \(report.name)\(reset): siege -c\(report.concurrency) "
                + "\(report.url) (from \(report.startedAt) to \(report.endedAt))\n"
            text += report.siegeSummary + "\n"
            if verbose {
                text += "second  ok  failed\n"
                for second in report.series {
                    text +=
                        String(second.second).leftPadded(6) + String(second.successes).leftPadded(4)
                        + String(second.failures).leftPadded(8) + "\n"
                }
            }
        }
        if !result.expectations.isEmpty { text += "\n" }
        for expectation in result.expectations {
            let mark = expectation.passed ? "\(green)✓\(reset)" : "\(red)✗\(reset)"
            let name = [expectation.id.map { "[\($0)]" }, expectation.title]
                .compactMap { $0 }.joined(separator: " ")
            text += "\(mark) \(name.isEmpty ? expectation.expected : name)\n"
            if !expectation.passed || verbose {
                text += "    expected: \(expectation.expected)\n"
                text += "    observed: \(expectation.observed) (at \(expectation.time))\n"
            }
            if !expectation.passed, !expectation.evidence.isEmpty {
                text += "    evidence:\n"
                for line in expectation.evidence { text += "      \(line)\n" }
            }
        }
        let diagnostics = warnings + result.diagnostics
        if !diagnostics.isEmpty {
            text += "\n" + DiagnosticRenderer(colors: colors).render(diagnostics)
        }
        let held = result.expectations.filter(\.passed).count
        let errors = diagnostics.filter { $0.severity == .error }.count
        text +=
            "\n\(result.passed ? green + "PASS" : red + "FAIL")\(reset): "
            + "\(held) of \(result.expectations.count) expectations held, "
            + "\(errors) error\(errors == 1 ? "" : "s"), virtual time \(result.duration)\n"
        return text
    }

    struct Document: Encodable {
        struct Entry: Encodable {
            let timeMilliseconds: Int64
            let category: String
            let subject: String?
            let text: String
        }

        struct Check: Encodable {
            let step: Int
            let id: String?
            let title: String?
            let passed: Bool
            let expected: String
            let observed: String
            let timeMilliseconds: Int64
            let evidence: [String]
            let file: String
            let line: Int
        }

        struct Problem: Encodable {
            let severity: String
            let message: String
            let file: String?
            let line: Int?
            let column: Int?
            let hint: String?
            let notes: [String]
        }

        let version: Int
        let scenario: String?
        let file: String?
        let passed: Bool
        let durationMilliseconds: Int64
        let timeline: [Entry]
        let loads: [LoadReport]
        let expectations: [Check]
        let diagnostics: [Problem]
    }

    static func json(_ result: ScenarioResult, warnings: [Diagnostic]) throws -> String {
        let document = Document(
            version: jsonVersion, scenario: result.name, file: result.file, passed: result.passed,
            durationMilliseconds: result.duration.milliseconds,
            timeline: result.timeline.map {
                Document.Entry(
                    timeMilliseconds: $0.time.milliseconds, category: $0.category.rawValue,
                    subject: $0.subject?.description, text: $0.text)
            },
            loads: result.loadReports,
            expectations: result.expectations.map {
                Document.Check(
                    step: $0.step, id: $0.id, title: $0.title, passed: $0.passed,
                    expected: $0.expected, observed: $0.observed,
                    timeMilliseconds: $0.time.milliseconds, evidence: $0.evidence,
                    file: $0.location.file, line: $0.location.line)
            },
            diagnostics: (warnings + result.diagnostics).map(problem))
        return try encode(document)
    }

    static func json(parse: ScenarioParse) throws -> String {
        let document = Document(
            version: jsonVersion, scenario: nil, file: nil, passed: false,
            durationMilliseconds: 0, timeline: [], loads: [], expectations: [],
            diagnostics: parse.diagnostics.map(problem))
        return try encode(document)
    }

    private static func problem(_ diagnostic: Diagnostic) -> Document.Problem {
        Document.Problem(
            severity: diagnostic.severity.rawValue, message: diagnostic.message,
            file: diagnostic.location?.file, line: diagnostic.location?.line,
            column: diagnostic.location?.column, hint: diagnostic.hint, notes: diagnostic.notes)
    }

    private static func encode(_ document: Document) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
