import LabDiagnostics

/// Git's merge conflict markers left in a manifest (`<<<<<<< HEAD`, `=======`,
/// `>>>>>>> branch`): the file holds both sides of a conflict, which YAML can only misread, so
/// it is reported at the `<<<<<<<` line, once per conflict, and not parsed.
enum ConflictMarkers {
    /// One error per conflict, at its opening marker; empty when there is none.
    static func diagnostics(_ lines: [String], source: SourceText) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var index = 0
        while index < lines.count {
            guard isMarker(lines[index], "<") else {
                index += 1
                continue
            }
            let start = index
            let separator = lines[(start + 1)...].firstIndex { isMarker($0, "=") }
            let end = lines[(start + 1)...].firstIndex { isMarker($0, ">") }
            var notes: [String] = []
            if let separator, end.map({ separator < $0 }) ?? true {
                notes.append("line \(separator + 1) (\"=======\") separates the two sides")
            }
            if let end {
                notes.append("line \(end + 1) (\">>>>>>>\") ends the conflict")
            }
            found.append(
                source.diagnostic(
                    .error,
                    "merge conflict: the file still holds both sides of a git merge conflict, "
                        + "from this \"<<<<<<<\" line",
                    line: start + 1, column: 1,
                    hint: "keep the lines you want, delete the marker lines (<<<<<<<, =======, "
                        + ">>>>>>>), save, then `git add` the file to finish the merge",
                    notes: notes))
            index = (end ?? start) + 1
        }
        return found
    }

    /// Seven `kind` characters at the start of the line, then the end or a space, as git
    /// writes its markers (`<<<<<<< HEAD`, `=======`, `>>>>>>> topic`).
    private static func isMarker(_ line: String, _ kind: Character) -> Bool {
        let marker = String(repeating: kind, count: 7)
        guard line.hasPrefix(marker) else { return false }
        let rest = line.dropFirst(7)
        return rest.isEmpty || rest.first == " " || rest.first == "\t"
    }
}
