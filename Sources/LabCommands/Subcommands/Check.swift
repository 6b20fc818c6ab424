import ArgumentParser
import Foundation
import LabGit
import LabKit
import LabWorkspace

extension LabCommand {
    /// `lab check [<id>]`: run a lab's checks on the workspace's lab folder and record the
    /// attempt; with `--dir`, on any folder, recording nothing.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check your manifests against a lab by replaying it on a simulated cluster.",
            discussion: """
                Prints ✓/✗ per check; for a failure, what was expected and observed, the \
                evidence from the timeline, the file and line concerned, and a hint. Exits 0 \
                when every check passes, 1 when one does not. In a workspace, the lab is the \
                folder you are in (else the last one started) and the attempt is recorded as a \
                git commit of your files and the result; your files are never changed.
                """
        )

        @Argument(help: "The lab id (default: the lab folder you are in, else the last started).")
        var id: String?

        @Option(help: "Check this folder instead, without recording anything (needs the lab id).")
        var dir: String?

        @Flag(help: "Print a versioned JSON document instead of text (docs/lab-format.md).")
        var json = false

        @Flag(name: .shortAndLong, help: "Also print the whole timeline of the run.")
        var verbose = false

        @Flag(help: "Check again each time a file in the lab's folder is saved; Ctrl-C stops.")
        var watch = false

        @OptionGroup var course: CourseOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if let dir {
                try Self.validateDirectory(dir)
                guard id != nil else {
                    throw ValidationError("--dir needs the lab id: lab check ID --dir \(dir)")
                }
            }
        }

        static func validateDirectory(_ dir: String) throws {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory),
                isDirectory.boolValue
            else {
                throw ValidationError("--dir \"\(dir)\" is not a directory")
            }
        }

        func run() throws {
            if let dir, let id {
                let loaded = try course.loadCourse()
                let lab = try course.lab(id, in: loaded)
                let once = { () throws -> Bool in
                    let check = SlowRunNotice().around {
                        LabCheck(
                            lab,
                            files: StudentFiles.read(folder: dir, applied: lab.appliedFileNames),
                            language: course.language, labkitVersion: LabKitVersion.current,
                            courseVersion: loaded.version)
                    }
                    print(
                        render(check.report, document: check.document, directory: dir),
                        terminator: "")
                    return check.report.passed
                }
                if watch {
                    try WorkspaceWatch.run(folder: URL(fileURLWithPath: dir), check: once)
                } else if !(try once()) {
                    throw ExitCode(1)
                }
                return
            }
            let context = try WorkspaceContext(course)
            let workspace = try context.workspace()
            let labID = try context.attempt { () throws(ProgressError) in
                try workspace.resolveLab(id, from: context.currentDirectory)
            }
            let once = { () throws -> Bool in
                try checkAndRecord(labID, in: workspace, context: context)
            }
            if watch {
                try WorkspaceWatch.run(folder: workspace.folder(of: labID), check: once)
            } else if !(try once()) {
                throw ExitCode(1)
            }
        }

        /// Checks the workspace's lab folder, prints the report and how it was recorded;
        /// true when it passed and was recorded.
        func checkAndRecord(
            _ labID: String, in workspace: Workspace, context: WorkspaceContext
        ) throws -> Bool {
            let attempt = try context.attempt { () throws(ProgressError) in
                try SlowRunNotice().around { () throws(ProgressError) in
                    try workspace.check(labID, from: context.currentDirectory)
                }
            }
            print(
                render(attempt.report, document: attempt.document, directory: attempt.directory),
                terminator: "")
            if let error = attempt.recordingError {
                _ = WorkspaceContext.fail(error)
                return false
            }
            if !json, let commit = attempt.commit {
                let subject =
                    "check \(labID): \(attempt.document.passed ? "pass" : "fail") "
                    + "\(attempt.document.passedChecks)/\(attempt.document.totalChecks)"
                let words = StudentWords(language: course.language)
                print(words.recorded(commit: commit.short, subject: subject))
                if attempt.isFirstPass {
                    print(words.firstPass(tag: WorkspaceFormat.passTag(of: labID)))
                }
            }
            if !attempt.notRecorded.isEmpty {
                let words = StudentWords(language: course.language)
                let folder = context.display(workspace.folder(of: labID))
                let lines = words.notRecorded(
                    attempt.notRecorded, folder: folder,
                    limit: LabFileRules.standard.maxFileBytes)
                FileHandle.standardError.write(Data(lines.map { $0 + "\n" }.joined().utf8))
            }
            return attempt.report.passed
        }

        /// The report as text, or as the JSON document with `--json`.
        func render(_ report: LabReport, document: LabReportDocument, directory: String) -> String {
            if json { return LabReport.encode(document) + "\n" }
            return CheckReport(
                report: report, language: course.language, colors: output.colorsEnabled,
                verbose: verbose
            ).text(directory: directory)
        }
    }
}
