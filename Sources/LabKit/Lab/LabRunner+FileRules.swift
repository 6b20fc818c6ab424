import Foundation

extension LabRunner {
    /// Checks a student's folder as `lab check --dir` does: read by the grader's file rules
    /// (`StudentFiles.read(folder:...)`), then `run(_:files:)`.
    public func run(
        _ lab: Lab, studentFolder directory: String, rules: LabFileRules = .standard
    ) -> LabReport {
        run(
            lab,
            files: StudentFiles.read(
                folder: directory, rules: rules, applied: lab.appliedFileNames))
    }

    /// Checks a folder of the course (a reference answer, a starter, a declared mistake),
    /// whose files are trusted: `run(_:files:)` on all of them.
    public func run(_ lab: Lab, studentDirectory directory: String) -> LabReport {
        run(lab, files: StudentFiles.read(courseFolder: directory))
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
