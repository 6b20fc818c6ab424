public import Foundation
import LabGit

/// What `lab export` wrote.
public struct ExportOutcome: Sendable {
    /// The bundle file.
    public var file: URL
    /// The branches and tags in it (`refs/heads/main`, `refs/tags/lab/hpa/passed`, ...).
    public var references: [String]
}

extension Workspace {
    /// Where `lab export` writes by default: `<workspace folder name>.bundle` beside the
    /// workspace, so the file is not inside the repository it holds.
    public var defaultExportFile: URL {
        root.deletingLastPathComponent().appendingPathComponent(
            root.lastPathComponent + ".bundle")
    }

    /// Writes the whole repository (every branch and tag with all their history) as one git
    /// bundle file, atomically; `git clone FILE` reads it.
    public func export(to file: URL? = nil) throws(ProgressError) -> ExportOutcome {
        let destination = file ?? defaultExportFile
        do throws(WorkspaceError) {
            let bundle = try repository.exportBundle(to: destination)
            return ExportOutcome(file: destination, references: bundle.references.map(\.name))
        } catch {
            if case .fileSystem(_, let detail) = error {
                throw .cannotExport(path: destination.path, detail: detail)
            }
            throw .repository(error)
        }
    }
}
