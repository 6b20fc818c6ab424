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
    ///
    /// Every run (each lab's solution, starter and mistakes) is its own job, so two cores stay
    /// busy to the end instead of waiting on the one lab with the most runs.
    public func validate(_ ids: [String]? = nil) -> [LabValidation] {
        let wanted = ids ?? course.labIDs
        let planned = ResultSlots<Plan>(count: wanted.count)
        DispatchQueue.concurrentPerform(iterations: wanted.count) { index in
            planned.set(index, plan(id: wanted[index]))
        }
        let plans = planned.values
        let jobs = plans.enumerated().flatMap { index, plan in
            plan.runs.indices.map { (plan: index, run: $0) }
        }
        let reports = ResultSlots<LabReport>(count: jobs.count)
        let runner = LabRunner()
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let job = jobs[index]
            let plan = plans[job.plan]
            guard let lab = plan.lab else { return }
            reports.set(index, runner.run(lab, studentDirectory: plan.runs[job.run]))
        }
        var done = reports.slots.makeIterator()
        return plans.map { plan in
            let runs = plan.runs.map { _ in done.next() ?? nil }
            return finish(plan, reports: runs.compactMap { $0 })
        }
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

    /// One lab's checks that need no run, and the folders to run it on.
    private struct Plan {
        var validation: LabValidation
        var lab: Lab?
        var startFiles: Set<String> = []
        /// The solution, the starter, then each mistake; empty when the lab does not load.
        var runs: [String] = []
    }

    private func plan(id: String) -> Plan {
        var validation = LabValidation(id: id, problems: [])
        let directory = course.labDirectory(id)
        let parse = course.lab(id)
        validation.problems += parse.diagnostics.filter { $0.severity != .note }
        guard let lab = parse.lab else { return Plan(validation: validation, lab: nil) }
        func problem(_ message: String, at part: String = "id", hint: String? = nil) {
            validation.problems.append(.error(message, at: lab.location(of: part), hint: hint))
        }
        func problem(_ message: String, file: String, hint: String? = nil) {
            validation.problems.append(
                .error(message, at: SourceLocation(file: file, line: 1, column: 1), hint: hint))
        }
        if lab.id != id {
            problem("the lab's id is \"\(lab.id)\" but its folder is \"\(id)\"")
        }
        for prerequisite in lab.prerequisites where !course.labIDs.contains(prerequisite) {
            problem("unknown prerequisite \"\(prerequisite)\"", at: "prerequisites")
        }
        for (what, part, text) in texts(of: lab) {
            for language in text.missingLanguages {
                problem("\(what) has no \(language.rawValue) text", at: part)
            }
        }
        for (index, check) in lab.checks.enumerated() where check.hints.isEmpty {
            problem(
                "check \"\(check.id)\" has no hint",
                at: lab.checkPath(check.id) ?? "checks[\(index)]",
                hint: "add hints from gentle to direct")
        }
        for language in Language.allCases {
            let path = lab.instructionsPath(in: language)
            if !FileManager.default.fileExists(atPath: path) {
                problem("missing instructions \(path)", file: path)
            }
        }
        let startFiles = Self.files(in: lab.startDirectory)
        let solutionFiles = Self.files(in: course.solutionDirectory(id))
        if startFiles.isEmpty {
            problem("no starter files in \(lab.startDirectory)", file: lab.startDirectory)
        }
        if startFiles != solutionFiles {
            let onlyStart = startFiles.subtracting(solutionFiles).sorted()
            let onlySolution = solutionFiles.subtracting(startFiles).sorted()
            problem(
                "start/ and the solution hold different files: only in start: "
                    + "\(onlyStart); only in the solution: \(onlySolution)",
                file: course.solutionDirectory(id),
                hint: "Solutions/\(id)/ mirrors Labs/\(id)/start/ file for file")
        }
        let runs =
            [course.solutionDirectory(id), lab.startDirectory]
            + lab.mistakes.map { lab.mistakeDirectory($0.name) }
            + lab.counterfeits.map { lab.counterfeitDirectory($0.name) }
            + lab.equivalents.map { lab.equivalentDirectory($0.name) }
        return Plan(validation: validation, lab: lab, startFiles: startFiles, runs: runs)
    }

    /// The run-dependent rules, from the reports of `plan.runs` in order.
    private func finish(_ plan: Plan, reports: [LabReport]) -> LabValidation {
        var validation = plan.validation
        guard let lab = plan.lab, reports.count == plan.runs.count, reports.count >= 2 else {
            return validation
        }
        let id = validation.id
        func problem(_ message: String, file: String, hint: String? = nil) {
            validation.problems.append(
                .error(message, at: SourceLocation(file: file, line: 1, column: 1), hint: hint))
        }
        let solution = reports[0]
        let start = reports[1]
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
        let wrong = Array(reports[1..<(2 + lab.mistakes.count + lab.counterfeits.count)])
        validation.problems += Self.checkProblems(
            of: lab, solution: solution, wrong: wrong,
            solutionDirectory: course.solutionDirectory(id))
        var rest = reports.dropFirst(2)
        for mistake in lab.mistakes {
            guard let report = rest.popFirst() else { break }
            validation.problems += Self.problems(
                with: mistake, in: lab.mistakeDirectory(mistake.name), of: lab, report: report,
                files: plan.startFiles)
        }
        for counterfeit in lab.counterfeits {
            guard let report = rest.popFirst() else { break }
            validation.problems += Self.problems(
                with: counterfeit, in: lab.counterfeitDirectory(counterfeit.name), of: lab,
                report: report, files: nil)
        }
        for equivalent in lab.equivalents {
            guard let report = rest.popFirst() else { break }
            validation.problems += Self.problems(
                with: equivalent, of: lab, report: report)
        }
        return validation
    }

    /// Every text students read, what it is, and where it is written.
    private func texts(of lab: Lab) -> [(String, String, LocalizedText)] {
        var texts: [(String, String, LocalizedText)] = [
            ("title", "title", lab.title), ("summary", "summary", lab.summary),
        ]
        for check in lab.checks {
            let base = lab.checkPath(check.id) ?? "checks"
            texts.append(("check \"\(check.id)\" title", "\(base).title", check.title))
            texts.append(("check \"\(check.id)\" rationale", "\(base).rationale", check.rationale))
            for (index, hint) in check.hints.enumerated() {
                texts.append(
                    ("check \"\(check.id)\" hint \(index + 1)", "\(base).hints[\(index)]", hint))
            }
            for (index, explanation) in check.explanations.enumerated() {
                texts.append(
                    (
                        "check \"\(check.id)\" explanation \(index + 1)",
                        "\(base).explain[\(index)]", explanation
                    ))
            }
        }
        for (index, invariant) in lab.invariants.enumerated() {
            texts.append(
                (
                    "invariant \"\(invariant.id)\" title", "invariants[\(index)].title",
                    invariant.title
                ))
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
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.withLock { storage[index] = value }
    }

    var values: [Value] {
        lock.withLock { storage.compactMap { $0 } }
    }

    /// Every slot in order, nil where nothing was set.
    var slots: [Value?] {
        lock.withLock { storage }
    }
}
