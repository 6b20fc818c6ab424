extension Gradebook {
    /// `gradebook.csv`: one row per student, a column per lab (points) and the total, then the
    /// flags joined with `; `.
    ///
    /// Columns: `student_id`, `name`, `commit`, `commit_time`, one per lab id, `total`,
    /// `max_total`, `late_commits`, `flags`. A leading `=`, `+`, `-` or `@` in a text field gets
    /// a `'` so spreadsheets do not run it.
    public func csv() -> String {
        var text = CSVTable.line(
            ["student_id", "name", "commit", "commit_time"] + labs.map(\.id)
                + ["total", "max_total", "late_commits", "flags"])
        for student in students {
            let points = labs.map { lab in
                String(student.labs.first { $0.lab == lab.id }?.points ?? 0)
            }
            text += CSVTable.line(
                [student.id, student.name, student.commit ?? "", student.commitTime ?? ""] + points
                    + [
                        String(student.points), String(student.maxPoints),
                        String(student.lateCommits),
                        student.flags.map(\.text).joined(separator: "; "),
                    ])
        }
        return text
    }
}
