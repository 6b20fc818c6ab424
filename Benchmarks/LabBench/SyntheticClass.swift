import Foundation
import LabGrading
import LabKit
import LabTestSupport

/// Writes a class of synthetic student workspaces for the grading benchmark.
///
/// Each student's history follows docs/workspace.md (init, start, checks with result
/// documents and trailers, hints, solutions, plain commits, some after the deadline), and the
/// files vary the way real submissions do: most are the solution or one of the lab's declared
/// mistakes with the student's own comments and spacing (unique bytes, so the grader's reuse of
/// byte-identical inputs does not apply), some are untouched starters or a verbatim copy of the
/// solution (identical bytes), some labs are never started, and 2 % of students commit a
/// result file claiming a pass they did not earn.
struct SyntheticClass {
    let course: Course
    let labs: [Lab]
    let deadline: Date
    /// The shares of each kind of lab submission, out of 100.
    static let untouchedShare = 12
    static let copiedShare = 5
    static let missingShare = 8
    static let mistakeShare = 25

    /// Writes `count` workspaces into `folder`; returns the number of commits written.
    func write(count: Int, into folder: URL) throws -> Int {
        var random = SplitMix(seed: 2026)
        var reports: [String: LabReportDocument] = [:]
        var commits = 0
        for index in 0..<count {
            let name = String(format: "student-%04d", index)
            let start = deadline - Double(10 + random.next(14)) * 86400
            let script = try WorkspaceScript(at: folder.appendingPathComponent(name), time: start)
            try script.initialize(course: course.version)
            commits += 1
            for lab in labs {
                let roll = random.next(100)
                if roll < Self.missingShare { continue }
                let starter = try files(lab.startDirectory, readme: lab)
                try script.start(lab: lab.id, files: starter)
                commits += 1
                let solution = try files(course.solutionDirectory(lab.id), base: starter)
                var final = starter
                var kind = "starter"
                if roll < Self.missingShare + Self.untouchedShare {
                    final = starter
                } else if roll < Self.missingShare + Self.untouchedShare + Self.copiedShare {
                    final = solution
                    kind = "solution"
                } else if roll < Self.missingShare + Self.untouchedShare + Self.copiedShare
                    + Self.mistakeShare, let mistake = lab.mistakes.randomElement(using: &random)
                {
                    final = personal(
                        try files(lab.mistakeDirectory(mistake.name), base: solution), name, &random
                    )
                    kind = "mistake-" + mistake.name
                } else {
                    final = personal(solution, name, &random)
                    kind = "solution"
                }
                // Earlier attempts, hints and the final check.
                for _ in 0..<random.next(3) {
                    try script.check(
                        lab: lab.id, files: starter,
                        result: try report(lab, "starter", starter, &reports))
                    script.advance(Double(300 + random.next(3600)))
                    commits += 1
                }
                if random.next(4) == 0 {
                    try script.hint(lab: lab.id, check: lab.checks[0].id, level: 1)
                    commits += 1
                }
                if random.next(20) == 0 {
                    try script.solution(lab: lab.id, forced: true)
                    commits += 1
                }
                try script.check(
                    lab: lab.id, files: final, result: try report(lab, kind, final, &reports))
                commits += 1
                script.advance(Double(3600 + random.next(86400)))
            }
            // 2 %: a result file copied from someone who passed, committed with plain git.
            if random.next(50) == 0, let lab = labs.first {
                let forged = try report(
                    lab, "solution", try files(course.solutionDirectory(lab.id)), &reports)
                try script.plainCommit(
                    [".lab/results/\(lab.id).json": Data(LabReport.encode(forged).utf8)],
                    message: "results")
                commits += 1
            }
            if random.next(20) == 0 {
                script.time = deadline + Double(60 + random.next(86400))
                try script.plainCommit(
                    ["notes.md": Data("after the deadline\n".utf8)], message: "late")
                commits += 1
            }
        }
        return commits
    }

    /// The files of a course folder (over `base`), with the instructions as `README.md`.
    private func files(
        _ directory: String, readme lab: Lab? = nil, base: [String: Data] = [:]
    ) throws -> [String: Data] {
        var result = base
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
            result[name] = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name))
        }
        if let lab {
            result["README.md"] = try Data(
                contentsOf: URL(fileURLWithPath: lab.instructionsPath(in: .en)))
        }
        return result
    }

    /// The student's own version: a comment naming them, and sometimes extra blank lines.
    private func personal(
        _ files: [String: Data], _ name: String, _ random: inout SplitMix
    ) -> [String: Data] {
        var result = files
        for (file, data) in files where file.hasSuffix(".yaml") {
            let comment = "# \(name): my answer (attempt \(random.next(1000)))\n"
            let spacing = random.next(2) == 0 ? "" : "\n"
            result[file] = Data(comment.utf8) + data + Data(spacing.utf8)
        }
        return result
    }

    /// What `lab check` records for one kind of submission, computed once per kind.
    private func report(
        _ lab: Lab, _ kind: String, _ files: [String: Data],
        _ cache: inout [String: LabReportDocument]
    ) throws -> LabReportDocument {
        let key = lab.id + "/" + kind
        if let known = cache[key] { return known }
        let document = try Checkout.recordedResult(of: lab, files: files, course: course)
        cache[key] = document
        return document
    }
}

/// A small seeded generator (SplitMix64), so every run writes the same class.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// A number in `0..<bound`.
    mutating func next(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}
