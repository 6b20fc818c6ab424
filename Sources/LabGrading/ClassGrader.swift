public import Foundation
import LabKit
import Synchronization

/// Grades many submissions at once: each simulated cluster is single-threaded, so `jobs`
/// submissions are graded side by side, and the gradebook comes out sorted by student id
/// whatever order they finish in.
public struct ClassGrader: Sendable {
    public var plan: GradingPlan
    public var jobs: Int
    /// Scratch space for bundles and lab files, inside the output folder; emptied when done.
    public var scratch: URL

    public init(plan: GradingPlan, jobs: Int, scratch: URL) {
        self.plan = plan
        self.jobs = max(1, jobs)
        self.scratch = scratch
    }

    /// What grading found, beyond the gradebook.
    public struct Statistics: Sendable, Hashable {
        /// Lab checks run.
        public var checksRun: Int
        /// Lab checks answered from byte-identical files graded before.
        public var checksReused: Int
    }

    /// Grades `submissions`; `progress` is called once per finished student, one call at a
    /// time, with the number done so far.
    public func grade(
        _ submissions: [Submission], shard: GradeShard? = nil,
        progress: @escaping @Sendable (StudentGrade, Int) -> Void = { _, _ in }
    ) -> (gradebook: Gradebook, statistics: Statistics) {
        let cache = OutcomeCache()
        // A scratch folder left by an interrupted run would make bundle imports fail.
        try? FileManager.default.removeItem(at: scratch)
        let results = Mutex<[StudentGrade?]>(Array(repeating: nil, count: submissions.count))
        let next = Mutex(0)
        let reporting = Mutex(0)
        let plan = plan
        let scratch = scratch
        let workers = DispatchGroup()
        for _ in 0..<min(jobs, max(1, submissions.count)) {
            let thread = Thread {
                // One worker process per grading thread, kept for all its submissions.
                var worker: CheckWorkerProcess?
                if case .workerProcess(let executable, let arguments) = plan.isolation {
                    worker = CheckWorkerProcess(executable: executable, arguments: arguments)
                }
                while true {
                    let index = next.withLock { value -> Int in
                        defer { value += 1 }
                        return value
                    }
                    guard index < submissions.count else { break }
                    let folder = scratch.appendingPathComponent(
                        "\(index)-\(Self.safeName(submissions[index].id))")
                    let grade = SubmissionGrader(
                        plan: plan, cache: cache, scratch: folder, worker: worker
                    ).grade(submissions[index])
                    results.withLock { $0[index] = grade }
                    reporting.withLock { done in
                        done += 1
                        progress(grade, done)
                    }
                }
                worker = nil
                workers.leave()
            }
            thread.stackSize = 8 << 20
            workers.enter()
            thread.start()
        }
        workers.wait()
        try? FileManager.default.removeItem(at: scratch)
        let students = results.withLock { $0.compactMap { $0 } }
        let gradebook = Gradebook(
            labkitVersion: plan.labkitVersion, courseVersion: plan.course.version,
            deadline: plan.deadline?.text, shard: shard, labs: plan.labInfos,
            students: students.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) })
        let counts = cache.statistics
        return (gradebook, Statistics(checksRun: counts.misses, checksReused: counts.hits))
    }

    /// A student id as a file name: letters, digits, `.`, `_` and `-`; anything else becomes
    /// `_`, and a leading dot is replaced so the file is not hidden.
    public static func safeName(_ id: String) -> String {
        var name = String(
            id.unicodeScalars.map { scalar -> Character in
                scalar.isASCII
                    && (CharacterSet.alphanumerics.contains(scalar)
                        || "._-".unicodeScalars.contains(scalar))
                    ? Character(scalar) : "_"
            })
        if name.hasPrefix(".") { name = "_" + name.dropFirst() }
        return name.isEmpty ? "_" : String(name.prefix(100))
    }
}
