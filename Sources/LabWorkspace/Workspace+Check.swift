public import Foundation
public import LabGit
public import LabKit

/// One `lab check` in a workspace: the report, its JSON document, and how it was recorded.
public struct CheckAttempt: Sendable {
    public var report: LabReport
    /// What `lab check --json` prints and `.lab/results/<id>.json` holds.
    public var document: LabReportDocument
    /// The lab folder as the report names it (relative to the current directory, if it can).
    public var directory: String
    /// The `check <id>: ...` commit; nil when the attempt could not be recorded.
    public var commit: ObjectID?
    /// This attempt is the lab's first pass (the tag `lab/<id>/passed` was created).
    public var isFirstPass: Bool
    /// Why the attempt was not recorded, when it was not; the report is valid all the same.
    public var recordingError: ProgressError?
    /// Files of the lab folder left out of the commit (over the size limit, or binary) that
    /// the student has not been told about before; empty when there is nothing new to say.
    public var notRecorded: [StudentFolderScan.Entry] = []
}

extension Workspace {
    /// Runs lab `id`'s checks on the files of `<id>/` and records the attempt as a commit of
    /// those files plus `.lab/results/<id>.json`; never changes the student's files.
    ///
    /// - Parameters:
    ///   - id: The lab; nil infers it from `currentDirectory` or the last started lab.
    ///   - currentDirectory: Where the student is; report paths are relative to it when it is
    ///     the process's current directory, else absolute.
    ///   - runner: Runs the checks.
    /// - Returns: The report and how it was recorded.
    /// - Throws: When the lab cannot be found or run. A failure to record is returned in
    ///   `recordingError` instead, so the student still sees the report.
    public func check(
        _ id: String?, from currentDirectory: URL, runner: LabRunner = LabRunner()
    ) throws(ProgressError) -> CheckAttempt {
        let id = try resolveLab(id, from: currentDirectory)
        let folder = folder(of: id)
        try requireRealFolder(id)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else { throw .labNotStarted(id) }
        let lab = try loadLab(id)
        let before = try LabFolder.files(in: folder, maxBytes: LabFileRules.standard.maxFileBytes)
        // The report names the folder relative to `currentDirectory` only when that is where
        // this process runs, as the student reads paths from there.
        let processDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let directory =
            Self.canonical(processDirectory) == Self.canonical(currentDirectory)
            ? Self.displayPath(of: folder, from: currentDirectory) : folder.path
        // The files as read for the commit are the files checked.
        let files = StudentFiles.read(
            folder: folder.path, shownAs: directory, applied: lab.appliedFileNames,
            snapshot: before)
        let check = LabCheck(
            lab, files: files, runner: runner, language: settings.language,
            labkitVersion: settings.labkitVersion, courseVersion: course.version)
        var attempt = CheckAttempt(
            report: check.report, document: check.document, directory: directory, commit: nil,
            isFirstPass: false, recordingError: nil)
        do throws(ProgressError) {
            (attempt.commit, attempt.isFirstPass, attempt.notRecorded) = try recordCheck(
                check.report, document: check.document, snapshot: before)
        } catch {
            attempt.recordingError = error
        }
        return attempt
    }

    /// Commits the checked files and the result, and tags a first pass; files too large or
    /// binary to record are left out, and those not mentioned before are returned.
    private func recordCheck(
        _ report: LabReport, document: LabReportDocument, snapshot: [String: Data]
    ) throws(ProgressError) -> (ObjectID?, Bool, [StudentFolderScan.Entry]) {
        let id = report.lab.id
        return try withWriteLock("check \(id)") {
            () throws(ProgressError) -> (ObjectID?, Bool, [StudentFolderScan.Entry]) in
            // The commit must hold the files exactly as checked.
            let now = try LabFolder.files(
                in: folder(of: id), maxBytes: LabFileRules.standard.maxFileBytes)
            guard now == snapshot else { throw .changedDuringCheck(id) }
            let entries = unrecordableFiles(of: id).entries
            let result = LabResultTrailer(
                passed: report.passed, checksPassed: report.passedCount,
                checksTotal: report.checks.count)
            let commit = try record(
                subject: "check \(id): \(result.value)", lab: id, action: .check,
                extra: WorkspaceFormat.checkTrailers(
                    result, points: report.points, maxPoints: report.lab.points),
                paths: [id], writing: [WorkspaceFormat.resultFile(of: id, document)],
                allowEmpty: true)
            let untold = try untold(entries, of: id)
            guard report.passed, let commit else { return (commit, false, untold) }
            do throws(WorkspaceError) {
                let tagged = try repository.createTag(WorkspaceFormat.passTag(of: id), at: commit)
                return (commit, tagged, untold)
            } catch {
                throw .repository(error)
            }
        }
    }
}
