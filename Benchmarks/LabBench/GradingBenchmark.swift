import Foundation
import LabGrading
import LabKit

/// `labkit-bench grading`: 1,000 synthetic submissions × 5 labs graded with `--jobs 2`
/// (target ≤ 60 s on 2 cores), then with `--jobs 1` for the scaling across cores.
///
/// `LABKIT_BENCH_SCALE` shrinks the class; `LABKIT_BENCH_LABS` picks the labs (comma-separated).
enum GradingBenchmark {
    static let defaultLabs = ["scaling", "rolling-update", "readiness", "liveness", "statefulset"]

    /// CPU time used by this process and its finished children (the check workers).
    static func cpuSeconds() -> (total: Double, workers: Double) {
        func seconds(_ who: Int32) -> Double {
            var usage = rusage()
            getrusage(who, &usage)
            return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        }
        let workers = seconds(RUSAGE_CHILDREN.rawValue)
        return (seconds(RUSAGE_SELF.rawValue) + workers, workers)
    }

    static func run() {
        let environment = ProcessInfo.processInfo.environment
        let scale = environment["LABKIT_BENCH_SCALE"].flatMap(Double.init) ?? 1
        let count = max(4, Int(1000 * scale))
        let ids =
            environment["LABKIT_BENCH_LABS"].map { $0.split(separator: ",").map(String.init) }
            ?? defaultLabs
        let root = FileManager.default.currentDirectoryPath
        guard let course = CourseLoader.load(root: root).course else {
            FileHandle.standardError.write(Data("run from the repository root (Labs/)\n".utf8))
            exit(1)
        }
        let labs = ids.compactMap { course.lab($0).lab }
        let deadline = Deadline(
            date: Date(timeIntervalSince1970: 1_796_137_140), text: "2026-12-01T23:59:00+09:00")
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("labkit-grading-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let generating = WallClock()
        let commits: Int
        do {
            commits = try SyntheticClass(course: course, labs: labs, deadline: deadline.date)
                .write(count: count, into: folder.appendingPathComponent("class"))
        } catch {
            FileHandle.standardError.write(Data("cannot generate the class: \(error)\n".utf8))
            exit(1)
        }
        report(
            "grading: generate \(count) workspaces",
            String(format: "%.1f s", generating.seconds), target: "(\(commits) commits, untimed)")
        var plan = GradingPlan(
            course: course, labs: labs, deadline: deadline, labkitVersion: "bench")
        // Grade as `lab grade` does, with checks in `lab grade worker` processes, when the
        // `lab` executable was built beside this one (`swift build -c release`).
        let lab = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("lab")
        let isolated = FileManager.default.isExecutableFile(atPath: lab.path)
        if isolated {
            plan.isolation = .workerProcess(
                executable: lab, arguments: ["grade", "worker", "--course-root", root])
        }
        report(
            "grading: checks run in", isolated ? "worker processes" : "this process",
            target: isolated ? "(as lab grade)" : "(build the lab product for workers)")
        let submissions = SubmissionFinder().find([folder.appendingPathComponent("class").path])
            .submissions
        var times: [Int: Double] = [:]
        for (jobs, reuse) in [(2, true), (1, true), (2, false)] {
            plan.reusesIdenticalInputs = reuse
            let clock = WallClock()
            let cpuBefore = cpuSeconds()
            let (gradebook, statistics) = ClassGrader(
                plan: plan, jobs: jobs, scratch: folder.appendingPathComponent("out-\(jobs)")
            ).grade(submissions)
            let seconds = clock.seconds
            // Workers are reaped shortly after their input closes; their CPU counts then.
            usleep(300_000)
            let cpuAfter = cpuSeconds()
            let cpu = cpuAfter.total - cpuBefore.total
            let inWorkers = cpuAfter.workers - cpuBefore.workers
            if reuse { times[jobs] = seconds }
            var codes: [String: Int] = [:]
            for flag in gradebook.students.flatMap(\.flags) {
                codes[flag.code.rawValue, default: 0] += 1
            }
            let flagged = codes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
                .joined(separator: ", ")
            report(
                "grading: \(count) × \(labs.count) labs, --jobs \(jobs)\(reuse ? "" : ", no reuse")",
                String(format: "%.1f s (CPU %.0f s, %.0f in workers)", seconds, cpu, inWorkers),
                target: jobs == 2 ? "≤ 60 s at 1,000 × 5" : "(for scaling)")
            guard reuse else { continue }
            report(
                "grading: lab checks run / reused (--jobs \(jobs))",
                "\(statistics.checksRun) / \(statistics.checksReused)",
                target: "(flags: \(flagged))")
        }
        if let one = times[1], let two = times[2], two > 0 {
            report(
                "grading: speed-up --jobs 2 over 1", String(format: "%.2f×", one / two),
                target: "≈ 2× on 2 cores")
        }
    }
}
