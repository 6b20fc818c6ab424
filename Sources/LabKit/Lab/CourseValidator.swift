import Dispatch
import Foundation
public import LabDiagnostics

/// What `lab dev check` found for one lab.
public struct LabValidation: Sendable {
    public var id: String
    /// Everything wrong, each naming the file concerned.
    public var problems: [Diagnostic]
    /// The reference solution's run, and the starter's, when the lab loads.
    public var solution: LabReport?
    public var start: LabReport?

    public var passed: Bool { !problems.hasErrors }
}

/// The rules a lab author's work must keep (rustlings' `dev check`): every lab decodes
/// strictly, ids are unique and match their folders, text exists in both languages, start and
/// solution hold the same files, every starter fails a check and every solution passes all.
public struct CourseValidator: Sendable {
    public var course: Course

    public init(course: Course) {
        self.course = course
    }

    /// Validates `ids` (default: every lab of the course), several at once.
    public func validate(_ ids: [String]? = nil) -> [LabValidation] {
        let wanted = ids ?? course.labIDs
        let results = ResultSlots<LabValidation>(count: wanted.count)
        DispatchQueue.concurrentPerform(iterations: wanted.count) { index in
            results.set(index, validate(id: wanted[index]))
        }
        return results.values
    }

    /// Lab folders that the course does not list (forgotten in `Labs/course.yaml`).
    public func unlistedLabs() -> [String] {
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: "\(course.root)/Labs")) ?? []
        return names.filter {
            FileManager.default.fileExists(atPath: "\(course.root)/Labs/\($0)/lab.yaml")
                && !course.labIDs.contains($0)
        }.sorted()
    }

    private func validate(id: String) -> LabValidation {
        var validation = LabValidation(id: id, problems: [])
        let directory = course.labDirectory(id)
        let parse = course.lab(id)
        validation.problems += parse.diagnostics.filter { $0.severity != .note }
        guard let lab = parse.lab else { return validation }
        let labFile = "\(directory)/lab.yaml"
        func problem(_ message: String, file: String = labFile, hint: String? = nil) {
            validation.problems.append(
                .error(message, at: SourceLocation(file: file, line: 1, column: 1), hint: hint))
        }
        if lab.id != id {
            problem("the lab's id is \"\(lab.id)\" but its folder is \"\(id)\"")
        }
        for prerequisite in lab.prerequisites where !course.labIDs.contains(prerequisite) {
            problem("unknown prerequisite \"\(prerequisite)\"")
        }
        for (what, text) in texts(of: lab) {
            for language in text.missingLanguages {
                problem("\(what) has no \(language.rawValue) text")
            }
        }
        for check in lab.checks where check.hints.isEmpty {
            problem("check \"\(check.id)\" has no hint", hint: "add hints from gentle to direct")
        }
        for language in Language.allCases {
            let path = lab.instructionsPath(in: language)
            if !FileManager.default.fileExists(atPath: path) {
                problem("missing instructions \(path)")
            }
        }
        let startFiles = Self.files(in: lab.startDirectory)
        let solutionFiles = Self.files(in: course.solutionDirectory(id))
        if startFiles.isEmpty { problem("no starter files in \(lab.startDirectory)") }
        if startFiles != solutionFiles {
            let onlyStart = startFiles.subtracting(solutionFiles).sorted()
            let onlySolution = solutionFiles.subtracting(startFiles).sorted()
            problem(
                "start/ and the solution hold different files: only in start: "
                    + "\(onlyStart); only in the solution: \(onlySolution)",
                hint: "Solutions/\(id)/ mirrors Labs/\(id)/start/ file for file")
        }
        let runner = LabRunner()
        let solution = runner.run(lab, studentDirectory: course.solutionDirectory(id))
        let start = runner.run(lab, studentDirectory: lab.startDirectory)
        validation.solution = solution
        validation.start = start
        if !solution.passed {
            let failed = solution.checks.filter { $0.status != .passed }.map(\.check.id)
            let broken = solution.invariants.filter { !$0.passed }.map(\.invariant.id)
            problem(
                "the solution does not pass: checks \(failed), rules \(broken), "
                    + "\(solution.problems.count + solution.manifestDiagnostics.filter { $0.severity == .error }.count) errors",
                file: course.solutionDirectory(id), hint: "run lab replay \(id) --solution")
        }
        if start.passed {
            problem(
                "the starter passes every check: there is nothing to do",
                file: lab.startDirectory)
        }
        validation.problems += lab.mistakes.flatMap {
            Self.problems(with: $0, of: lab, runner: runner, files: startFiles)
        }
        return validation
    }

    private func texts(of lab: Lab) -> [(String, LocalizedText)] {
        var texts: [(String, LocalizedText)] = [("title", lab.title), ("summary", lab.summary)]
        for check in lab.checks {
            texts.append(("check \"\(check.id)\" title", check.title))
            texts.append(("check \"\(check.id)\" rationale", check.rationale))
            for (index, hint) in check.hints.enumerated() {
                texts.append(("check \"\(check.id)\" hint \(index + 1)", hint))
            }
            for (index, explanation) in check.explanations.enumerated() {
                texts.append(("check \"\(check.id)\" explanation \(index + 1)", explanation))
            }
        }
        for invariant in lab.invariants {
            texts.append(("invariant \"\(invariant.id)\" title", invariant.title))
        }
        return texts
    }

    /// File names directly in `directory` (hidden files aside).
    static func files(in directory: String) -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return Set(names.filter { !$0.hasPrefix(".") })
    }
}

/// Results written by concurrent workers, each to its own slot.
final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.withLock { slots[index] = value }
    }

    var values: [Value] {
        lock.withLock { slots.compactMap { $0 } }
    }
}
