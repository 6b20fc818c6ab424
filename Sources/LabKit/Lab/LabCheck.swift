/// One lab check, the same whatever the files were read from (`lab check` in a workspace or
/// with `--dir`, `lab watch`): the report, and the versioned document `--json` prints and the
/// workspace records.
public struct LabCheck: Sendable {
    public var report: LabReport
    public var document: LabReportDocument

    /// Runs `lab` on `files`; the document names the folder by `files.root`.
    public init(
        _ lab: Lab, files: StudentFiles, runner: LabRunner = LabRunner(), language: Language,
        labkitVersion: String, courseVersion: String
    ) {
        report = runner.run(lab, files: files)
        document = report.document(
            language: language, directory: files.root, labkitVersion: labkitVersion,
            courseVersion: courseVersion)
    }
}
