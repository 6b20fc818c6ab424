import Foundation
public import LabDiagnostics

extension StudentFolderScan {
    /// What `lab check` says about the scan, each diagnostic at the file in the student's
    /// folder (`directory` joined with the entry's path), never in the course's files.
    ///
    /// A refused file that `lab check` would read (a manifest, or a file the lab applies) is an
    /// error, since the check would otherwise pass on a file the grader never sees; a refused
    /// file neither reads is a warning. A folder named like a file the lab applies is an error.
    ///
    /// - Parameters:
    ///   - directory: The lab folder as the report names it.
    ///   - applied: The file names the lab's scenario applies (`order.yaml`).
    /// - Returns: The diagnostics, sorted by location.
    public func diagnostics(directory: String, applied: Set<String>) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func location(_ path: String) -> SourceLocation {
            SourceLocation(
                file: (directory as NSString).appendingPathComponent(path), line: 1, column: 1)
        }
        for (entry, refusal) in refused where !entry.isHidden {
            let isRead = entry.isManifest || applied.contains(entry.path)
            // A large file nothing reads is simply not committed (`unrecordable`).
            if refusal == .tooLarge, !isRead { continue }
            found.append(
                Diagnostic(
                    isRead ? .error : .warning, message(refusal, entry),
                    at: location(entry.path), hint: hint(refusal, entry)))
        }
        for name in manifestNamedFolders {
            let isApplied = applied.contains(name)
            found.append(
                Diagnostic(
                    isApplied ? .error : .warning,
                    "\"\(name)\" is a folder, not a file"
                        + (isApplied ? ": the lab applies the file \"\(name)\"" : ""),
                    at: location(name),
                    hint: "manifests are files directly in the lab folder: move what the folder "
                        + "holds out of it, then restore the file (`git checkout -- \(name)` in "
                        + "the lab folder, or `lab reset`)"))
        }
        return found.sortedByLocation()
    }

    private func message(_ refusal: LabFileRules.Refusal, _ entry: Entry) -> String {
        let name = "\"\(entry.path)\""
        return switch refusal {
        case .symlink: "\(refusal.rule): lab grade never reads \(name), a symbolic link"
        case .notAFile:
            if case .special(let what) = entry.kind {
                "\(name) is \(what): \(refusal.rule)"
            } else {
                "\(name) is not a regular file: \(refusal.rule)"
            }
        case .tooLarge:
            "\(refusal.rule): \(name) is \(entry.size) bytes, over the \(rules.maxFileBytes)-byte "
                + "limit"
        case .tooManyFiles:
            "\(refusal.rule): lab grade reads the first \(rules.maxFiles) files, not \(name)"
        case .definition, .nonUTF8Name, .unsafePath, .submodule:
            "\(refusal.rule): lab grade never reads \(name)"
        }
    }

    private func hint(_ refusal: LabFileRules.Refusal, _ entry: Entry) -> String {
        switch refusal {
        case .symlink:
            "replace the link with a copy of the file it points to: lab grade reads only the "
                + "files committed in the lab folder"
        case .notAFile: "put a regular file there, or remove it"
        case .tooLarge:
            "a manifest is a few kilobytes: split it into several files (lab check and lab "
                + "grade read at most \(rules.maxFileBytes) bytes per file)"
        case .tooManyFiles:
            "keep only the lab's own files in its folder (at most \(rules.maxFiles))"
        case .definition:
            "rename or remove it: the grader always uses the course's own lab definition"
        case .nonUTF8Name, .unsafePath:
            "rename it with plain letters, digits, dots and dashes"
        case .submodule: "move the nested git repository out of the lab folder"
        }
    }
}
