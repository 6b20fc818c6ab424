/// Combines the gradebooks of shards into one (`lab grade merge`).
public enum GradebookMerge {
    /// Why shards cannot be merged.
    public struct Conflict: Error, Sendable, Hashable {
        public var message: String
    }

    /// One gradebook with every student of `parts`, sorted by id; the parts must come from the
    /// same course, labs and deadline, and no student may appear twice.
    public static func merge(_ parts: [Gradebook]) -> Result<Gradebook, Conflict> {
        guard let first = parts.first else {
            return .failure(Conflict(message: "no gradebooks to merge"))
        }
        var students: [StudentGrade] = []
        var seen: Set<String> = []
        for part in parts {
            guard part.courseVersion == first.courseVersion, part.labs == first.labs,
                part.deadline == first.deadline
            else {
                return .failure(
                    Conflict(
                        message:
                            "the gradebooks were made with different courses, labs or deadlines"))
            }
            for student in part.students {
                guard seen.insert(student.id).inserted else {
                    return .failure(
                        Conflict(message: "student \"\(student.id)\" is in more than one gradebook")
                    )
                }
                students.append(student)
            }
        }
        return .success(
            Gradebook(
                labkitVersion: first.labkitVersion, courseVersion: first.courseVersion,
                deadline: first.deadline, shard: nil, labs: first.labs,
                students: students.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }))
    }
}
