import Foundation
import KubeYAML
import LabDiagnostics

/// The student files a lab's scenario applies by name (`apply: [order.yaml, hpa.yaml]`).
///
/// A student who renames or deletes one would see every check fail with "not found" and the
/// reason buried among the scenario's errors; the check stops first and says which file is
/// missing, as it does for a manifest with errors.
struct AppliedFiles {
    let scenario: Scenario
    let files: StudentFiles

    /// An error for each file the scenario applies that is neither in the student's folder nor
    /// beside the lab (a fixture the course provides); a warning for each manifest of the
    /// folder it does not apply (linted, never on the cluster).
    func problems(given manifests: ManifestSet) -> [Diagnostic] {
        let named = names
        guard !named.isEmpty, !named.contains(where: { ["", ".", "./"].contains($0) }) else {
            return []
        }
        let missing = named.filter { !exists($0) }
        let applied = Set(named.map { path(of: $0) })
        let strays = Array(Set(manifests.files).subtracting(applied)).sorted()
        guard !missing.isEmpty else {
            return strays.map { file in
                Diagnostic(
                    .warning, "the lab does not apply this file",
                    at: SourceLocation(file: file, line: 1, column: 1),
                    hint: "it applies " + named.map { "\"\($0)\"" }.joined(separator: ", ")
                        + ": what this file holds never reaches the cluster")
            }
        }
        return missing.map { name in
            var hint =
                "the lab applies " + named.map { "\"\($0)\"" }.joined(separator: ", ")
                + ": keep the starter's file names, or restore the starter with lab reset"
            if missing.count == 1, strays.count == 1 {
                hint =
                    "rename \"\((strays[0] as NSString).lastPathComponent)\" to \"\(name)\": "
                    + "the lab applies its files by name"
            }
            return Diagnostic(
                .error, "the lab applies \"\(name)\", and your folder has no such file",
                at: SourceLocation(file: path(of: name), line: 1, column: 1), hint: hint)
        }
    }

    /// Relative paths the scenario's `apply:` steps name, in order, each once.
    private var names: [String] {
        var seen = Set<String>()
        var names: [String] = []
        for step in scenario.steps {
            guard case .apply(.paths(let paths)) = step.action else { continue }
            for path in paths where !path.hasPrefix("/") {
                let name = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
                if seen.insert(name).inserted { names.append(name) }
            }
        }
        return names
    }

    private func path(of name: String) -> String {
        (files.root as NSString).appendingPathComponent(name)
    }

    /// A student file or folder, else a fixture beside the lab.
    private func exists(_ name: String) -> Bool {
        let fixture = ((scenario.file as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent(name)
        return files.contents[name] != nil
            || files.contents.keys.contains { $0.hasPrefix(name + "/") }
            || FileManager.default.fileExists(atPath: fixture)
    }
}
