import ArgumentParser
import Foundation
import LabGrading
import LabKit

extension LabCommand {
    /// `lab grade SUBMISSIONS...`: the grading run itself.
    struct GradeRun: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract:
                "Grade submissions: repositories, bare repositories, bundles or folders of them.",
            discussion: """
                Each lab is re-checked on the files of the last commit at or before the \
                deadline; recorded results are never trusted. Writes gradebook.csv, \
                gradebook.json, junit.xml, results/<student>.json (Gradescope) and summary.md \
                into --out. Exits 0 when every submission was graded (problems in a submission \
                are flags on its row), 1 when the outputs cannot be written, 64 on a usage error.
                """
        )

        @Argument(help: "Submissions, or folders holding one per student.")
        var submissions: [String]

        @Option(help: "Labs to grade, comma-separated (default: every lab of the course).")
        var labs: String?

        @Option(help: "Grade the last commit at or before this time (ISO 8601 with an offset).")
        var deadline: String?

        @Option(help: "Submissions graded at once (default: the number of cores).")
        var jobs: Int?

        @Option(help: "The folder to write the gradebook into.")
        var out: String = "grades"

        @Option(help: "Outputs to write, comma-separated: csv, json, junit, gradescope, markdown.")
        var format: String = "csv,json,junit,gradescope,markdown"

        @Option(help: "A CSV mapping submission names to student ids (columns name and id).")
        var roster: String?

        @Option(help: "Grade only slice i of n (from 1), by sorted student id: 2/4.")
        var shard: String?

        @Option(help: "Wall-clock seconds one lab check may take before it is a timeout.")
        var timeout: Int = 60

        @Flag(help: .hidden)
        var inProcess = false

        @OptionGroup var course: CourseOptions

        func validate() throws {
            if let deadline, Deadline(deadline) == nil {
                throw ValidationError(
                    "--deadline \"\(deadline)\" is not ISO 8601 with an offset, "
                        + "e.g. 2026-12-01T23:59:00+09:00")
            }
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
            if timeout < 1 { throw ValidationError("--timeout must be at least 1 second") }
            if let shard, GradeShard(shard) == nil {
                throw ValidationError("--shard \"\(shard)\" must be i/n with 1 ≤ i ≤ n, e.g. 2/4")
            }
            if case .failure(let unknown) = GradebookFormat.list(format) {
                throw ValidationError(
                    "unknown format \"\(unknown.name)\"; formats: "
                        + GradebookFormat.allCases.map(\.rawValue).joined(separator: ", "))
            }
        }

        func run() throws {
            let loaded = try course.loadCourse()
            let labIDs =
                labs.map {
                    $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                }
                ?? loaded.labIDs
            var seen: Set<String> = []
            let unique = labIDs.filter { !$0.isEmpty && seen.insert($0).inserted }
            let graded = try unique.map { try course.lab($0, in: loaded) }
            var plan = GradingPlan(
                course: loaded, labs: graded, deadline: deadline.flatMap(Deadline.init),
                language: course.language, wallTimeLimit: .seconds(timeout),
                labkitVersion: LabKitVersion.current)
            // Each check runs in a `lab grade worker` process that is killed when it overruns.
            let executable = URL(fileURLWithPath: CourseOptions.executablePath)
            if !inProcess {
                plan.isolation = .workerProcess(
                    executable: executable,
                    arguments: [
                        "grade", "worker", "--course-root", loaded.root, "--lang",
                        course.language.rawValue,
                    ])
            }
            // Still a row (flagged not-a-submission), but a mistyped path should not pass unseen.
            for path in submissions where !FileManager.default.fileExists(atPath: path) {
                Terminal.error("warning: \"\(path)\" does not exist; it is graded as missing")
            }
            let outFolder = URL(fileURLWithPath: out)
            let found = SubmissionFinder().find(
                submissions, roster: try readRoster(), excluding: [outFolder])
            for skipped in found.skipped { Terminal.error("warning: skipped \(skipped)") }
            let slice = shard.flatMap(GradeShard.init)
            let chosen = slice.map { $0.slice(found.submissions) } ?? found.submissions
            let progress = GradeProgress(total: chosen.count)
            let grader = ClassGrader(
                plan: plan, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                scratch: outFolder.appendingPathComponent(".lab-grade-scratch"))
            let (gradebook, statistics) = grader.grade(chosen, shard: slice) { student, done in
                progress.update(student, done: done)
            }
            progress.finish()
            let formats = (try? GradebookFormat.list(format).get()) ?? GradebookFormat.allCases
            let written: [String]
            do {
                written = try GradebookWriter(formats: formats).write(gradebook, to: outFolder)
            } catch {
                Terminal.error("cannot write the gradebook into \"\(out)\": \(error)")
                throw ExitCode(1)
            }
            let flagged = gradebook.students.filter { !$0.flags.isEmpty }.count
            let files = written.filter { !$0.hasPrefix("results/") }
            let results = written.count - files.count
            print(
                "graded \(gradebook.students.count) submission(s), \(graded.count) lab(s) each; "
                    + "\(flagged) flagged")
            print(
                "lab checks: \(statistics.checksRun) run, \(statistics.checksReused) reused "
                    + "from byte-identical files")
            print(
                "wrote \(out)/: "
                    + (files + (results > 0 ? ["results/ (\(results) files)"] : []))
                    .joined(separator: ", "))
        }

        private func readRoster() throws -> Roster? {
            guard let roster else { return nil }
            guard let data = FileManager.default.contents(atPath: roster) else {
                Terminal.error("cannot read the roster \"\(roster)\"")
                throw ExitCode(64)
            }
            switch Roster.parse(String(decoding: data, as: UTF8.self)) {
            case .success(let parsed): return parsed
            case .failure(let problem):
                Terminal.error("\(roster):\(problem.line): error: \(problem.message)")
                throw ExitCode(64)
            }
        }
    }
}
