import Foundation
import LabDiagnostics

extension LabRunner {
    /// Checks a student's folder as `lab check` does: the grader's file rules first
    /// (`LabFileRules`, through `StudentFolderScan`), then the lab.
    ///
    /// A file the check would read but `lab grade` would skip (a symbolic link, a file over the
    /// size limit, a named pipe, a lab definition...) is an error and no check runs, so a lab
    /// never passes here and then grades differently; what neither reads is a warning. The
    /// rules' diagnostics come first among the manifest diagnostics.
    public func run(
        _ lab: Lab, studentFolder directory: String, rules: LabFileRules = .standard
    ) -> LabReport {
        let scan = StudentFolderScan(folder: directory, rules: rules)
        let found = scan.diagnostics(directory: directory, applied: lab.appliedFileNames)
        guard !found.hasErrors else { return LabReport.notRun(lab, manifestDiagnostics: found) }
        var report = run(lab, studentDirectory: directory)
        report.manifestDiagnostics = (found + report.manifestDiagnostics).sortedByLocation()
        return report
    }
}

extension Lab {
    /// The relative file names the lab's `apply:` steps name (`order.yaml`).
    public var appliedFileNames: Set<String> {
        var names: Set<String> = []
        for step in scenario.steps {
            guard case .apply(.paths(let paths)) = step.action else { continue }
            for path in paths where !path.hasPrefix("/") {
                names.insert(path.hasPrefix("./") ? String(path.dropFirst(2)) : path)
            }
        }
        return names
    }
}
