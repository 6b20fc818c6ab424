import Foundation
import KubeYAML
import LabGit
import LabKit
import LabWorkspace

/// Grades one submission: opens it, picks the commit, re-executes every lab on that commit's
/// files and reads the history; everything wrong becomes a flag on the student's row.
struct SubmissionGrader {
    var plan: GradingPlan
    var cache: OutcomeCache
    /// A private folder for this submission, inside the output folder; removed afterwards.
    var scratch: URL
    /// The worker process that runs checks; nil runs them in this process.
    var worker: CheckWorkerProcess?

    func grade(_ submission: Submission) -> StudentGrade {
        var student = StudentGrade(
            id: submission.id, name: submission.name, submission: submission.displayPath,
            kind: submission.kind.rawValue, maxPoints: plan.labs.reduce(0) { $0 + $1.points })
        defer { try? FileManager.default.removeItem(at: scratch) }
        if let first = submission.duplicateOf {
            student.flags.append(
                GradeFlag(
                    .duplicateStudent,
                    "\"\(first)\" is graded as \(submission.name) too; this one is \(submission.id)"
                ))
        }
        if let problem = submission.problem {
            let code: GradeFlag.Code = submission.kind == .none ? .noSubmission : .notASubmission
            return ungraded(student, GradeFlag(code, problem), status: .missing)
        }
        let repository: Repository
        do {
            repository = try open(submission)
        } catch {
            return ungraded(
                student, GradeFlag(.unreadableRepository, error.message), status: .error)
        }
        do {
            try grade(repository, into: &student)
        } catch {
            student.flags.append(GradeFlag(.unreadableRepository, error.message))
            student.labs = missingLabs(status: .error, present: student.labs)
        }
        student.points = student.labs.reduce(0) { $0 + $1.points }
        return student
    }

    private func open(_ submission: Submission) throws(WorkspaceError) -> Repository {
        switch submission.kind {
        case .bundle:
            try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            return try Repository.importBundle(
                at: submission.location, into: scratch.appendingPathComponent("repository.git"))
        default:
            return try Repository.open(at: submission.location)
        }
    }

    private func grade(
        _ repository: Repository, into student: inout StudentGrade
    ) throws(WorkspaceError) {
        guard try repository.headCommit() != nil else {
            student = ungraded(
                student, GradeFlag(.emptyRepository, "the repository has no commits"),
                status: .missing)
            return
        }
        let all = try repository.history(limit: plan.maxCommits + 1)
        let truncated = all.count > plan.maxCommits
        let commits = Array(all.prefix(plan.maxCommits))
        let chosen: CommitInfo?
        if let deadline = plan.deadline {
            chosen = try repository.lastCommit(atOrBefore: deadline.date)
        } else {
            chosen = commits.first
        }
        guard let chosen else {
            student = ungraded(
                student,
                GradeFlag(.noCommitBeforeDeadline, "every commit is dated after the deadline"),
                status: .missing)
            student.lateCommits = commits.count
            return
        }
        student.commit = chosen.id.hex
        student.commitTime = Timestamp.text(chosen.committer.time)
        let history = SubmissionHistory(all: commits, gradedCommit: chosen.id, truncated: truncated)
        student.lateCommits = history.late.count
        if truncated {
            student.flags.append(
                GradeFlag(
                    .historyTruncated,
                    "only the newest \(plan.maxCommits) commits were read for history facts"))
        }
        student.flags += history.dateFlags(deadline: plan.deadline?.date)
        student.flags += try detachedFlags(repository, graded: chosen.id)
        student.flags += workspaceFlags(repository, at: chosen.id)
        for lab in plan.labs {
            var flags: [GradeFlag] = []
            let grade = try gradeLab(
                lab, repository: repository, commit: chosen.id, history: history, flags: &flags)
            student.labs.append(grade)
            student.flags += flags
        }
    }

    /// Flags a HEAD detached from every branch: its history is what was graded, which may not
    /// be the work the student meant to hand in (a branch with newer commits says so).
    private func detachedFlags(
        _ repository: Repository, graded: ObjectID
    ) throws(WorkspaceError) -> [GradeFlag] {
        guard case .detached(let head) = try repository.head() else { return [] }
        let newer = try repository.branches(aheadOf: head)
        var message =
            "HEAD is detached at \(head.short) (on no branch); commit \(graded.short) was graded"
        if let branch = newer.first {
            message +=
                "; branch \(branch.name) has newer commits (up to \(branch.commit.short)), not graded"
        } else {
            message += "; no branch has newer commits"
        }
        return [GradeFlag(.detachedHead, message)]
    }

    /// Flags when the graded commit has no `.lab/workspace.json`, or one from another course.
    private func workspaceFlags(_ repository: Repository, at commit: ObjectID) -> [GradeFlag] {
        guard
            let data = try? repository.contents(
                of: WorkspaceFormat.markerPath, at: commit, maxBytes: 64 << 10
            )
            .data
        else {
            return [
                GradeFlag(
                    .notAWorkspace,
                    "no .lab/workspace.json: this is not a LabKit workspace (graded anyway)")
            ]
        }
        guard let course = WorkspaceFormat.markerCourse(data) else {
            return [GradeFlag(.notAWorkspace, ".lab/workspace.json is not a LabKit marker")]
        }
        guard course == plan.course.version else {
            return [
                GradeFlag(
                    .courseVersionMismatch,
                    "the workspace was made for course \(course), graded with "
                        + plan.course.version)
            ]
        }
        return []
    }

    private func gradeLab(
        _ lab: Lab, repository: Repository, commit: ObjectID, history: SubmissionHistory,
        flags: inout [GradeFlag]
    ) throws(WorkspaceError) -> LabGrade {
        let facts = history.facts(for: lab.id)
        if facts.solutionsForced > 0 {
            flags.append(
                GradeFlag(
                    .solutionViewedBeforePass, lab: lab.id,
                    "the solution was shown \(facts.solutionsForced) time(s) before the lab passed")
            )
        }
        let entries = try repository.files(at: commit, under: lab.id)
        guard !entries.isEmpty else {
            flags.append(
                GradeFlag(.missingLab, lab: lab.id, "no \(lab.id)/ folder in the graded commit"))
            return LabGrade.notGraded(lab, status: .missing, history: facts)
        }
        let reader = LabFolderReader(
            repository: repository, maxFileBytes: plan.limits.maxFileBytes,
            maxFiles: plan.maxFilesPerLab)
        let read = reader.read(lab: lab.id, entries: entries, commit: commit)
        flags += read.flags
        if let instructions = read.instructions, !isInstructions(instructions, of: lab) {
            flags.append(
                GradeFlag(
                    .instructionsEdited, lab: lab.id,
                    "\(lab.id)/README.md differs from the course's instructions (not graded)"))
        }
        // Messages name the files as the submission does: `hpa/order.yaml`.
        let files = StudentFiles(root: lab.id, contents: read.contents)
        let outcome = outcome(of: lab, read: read, files: files)
        let reason = outcome.checks.first?.message ?? ""
        switch outcome.interruption {
        case .timeout: flags.append(GradeFlag(.checkTimeout, lab: lab.id, reason))
        case .crash: flags.append(GradeFlag(.checkCrashed, lab: lab.id, reason))
        case nil: break
        }
        if let error = outcome.firstError {
            let more = outcome.errorCount > 1 ? " (and \(outcome.errorCount - 1) more)" : ""
            flags.append(GradeFlag(.manifestErrors, lab: lab.id, error + more))
        }
        for invariant in outcome.invariants where !invariant.held {
            flags.append(
                GradeFlag(
                    .invariantBroken, lab: lab.id,
                    "\(invariant.title)\(invariant.observed.map { " (observed \($0))" } ?? "")"))
        }
        if !outcome.passed, outcome.interruption == nil {
            flags += claimFlags(lab, repository: repository, commit: commit, history: history)
        }
        return LabGrade(
            lab: lab.id, status: Self.status(outcome.interruption), points: outcome.points,
            maxPoints: lab.points, passed: outcome.passed, checks: outcome.checks,
            invariants: outcome.invariants, history: facts)
    }

    /// Runs the lab on the files read, or takes the outcome of byte-identical files.
    private func outcome(of lab: Lab, read: LabFolderReader.Read, files: StudentFiles)
        -> LabOutcome
    {
        if plan.reusesIdenticalInputs, let known = cache.outcome(for: read.key) { return known }
        // Tenths, so a limit under a second does not read "0 s".
        let limit = plan.wallTimeLimit.components
        let tenths = limit.seconds * 10 + limit.attoseconds / 100_000_000_000_000_000
        let seconds = tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
        let timeout = LabOutcome.interrupted(
            lab, .timeout, message: "the lab check took more than \(seconds) s of wall time")
        let ran: LabOutcome
        if let worker {
            let request = CheckWorker.Request(lab: lab.id, files: files, limits: plan.limits)
            let data = (try? JSONEncoder().encode(request)) ?? Data()
            switch worker.ask(data, limit: plan.wallTimeLimit) {
            case .timedOut: return timeout
            case .died(let why): return LabOutcome.interrupted(lab, .crash, message: why)
            case .outcome(let line):
                guard let decoded = try? JSONDecoder().decode(LabOutcome.self, from: line) else {
                    worker.stop()
                    return LabOutcome.interrupted(
                        lab, .crash, message: "the check worker gave an unreadable answer")
                }
                ran = decoded
            }
        } else {
            let limits = plan.limits
            let language = plan.language
            let finished = WallClockLimit.run(limit: plan.wallTimeLimit) {
                LabOutcome(LabRunner(limits: limits).run(lab, files: files), language: language)
            }
            guard let finished else { return timeout }
            ran = finished
        }
        cache.store(ran, for: read.key)
        return ran
    }

    /// Flags a recorded pass the re-execution did not reproduce: a `Lab-Result: pass` on the
    /// last check of these very files, or a `.lab/results/<lab>.json` claiming a pass.
    private func claimFlags(
        _ lab: Lab, repository: Repository, commit: ObjectID, history: SubmissionHistory
    ) -> [GradeFlag] {
        var flags: [GradeFlag] = []
        let current = try? repository.files(at: commit, under: lab.id)
        func sameFiles(_ other: ObjectID) -> Bool {
            (try? repository.files(at: other, under: lab.id)) == current
        }
        if let check = history.lastCheck(of: lab.id),
            let value = check.trailers.value(for: LabTrailer.result),
            WorkspaceFormat.result(of: check)?.passed == true, sameFiles(check.id)
        {
            flags.append(
                GradeFlag(
                    .passNotReproduced, lab: lab.id,
                    "commit \(check.id.short) records \"\(LabTrailer.result): \(value)\" for these "
                        + "files; re-executing them does not pass"))
            return flags
        }
        let resultPath = WorkspaceFormat.resultPath(of: lab.id)
        guard
            let data = try? repository.contents(of: resultPath, at: commit).data,
            let claimed = WorkspaceFormat.resultDocument(data), claimed.passed
        else { return flags }
        let writer = try? repository.history(touching: resultPath, from: commit, limit: 1).first
        let writtenByCheck = writer.map { WorkspaceFormat.action(of: $0) == .check } ?? false
        if let writer, writtenByCheck {
            // A stale result from an earlier check of different files is not a claim.
            guard sameFiles(writer.id) else { return flags }
        }
        let how = writtenByCheck ? "" : " (the file was not written by lab check)"
        flags.append(
            GradeFlag(
                .passNotReproduced, lab: lab.id,
                "\(resultPath) records a pass\(how); re-executing the files does not pass"))
        return flags
    }

    private static func status(_ interruption: LabOutcome.Interruption?) -> LabGrade.Status {
        switch interruption {
        case nil: .graded
        case .timeout: .timeout
        case .crash: .error
        }
    }

    /// Whether `data` is the lab's README in any of the course's languages.
    private func isInstructions(_ data: Data, of lab: Lab) -> Bool {
        Language.allCases.contains { language in
            FileManager.default.contents(atPath: lab.instructionsPath(in: language)) == data
        }
    }

    private func ungraded(_ student: StudentGrade, _ flag: GradeFlag, status: LabGrade.Status)
        -> StudentGrade
    {
        var student = student
        student.flags.append(flag)
        student.labs = missingLabs(status: status, present: [])
        student.points = 0
        return student
    }

    private func missingLabs(status: LabGrade.Status, present: [LabGrade]) -> [LabGrade] {
        plan.labs.map { lab in
            present.first { $0.lab == lab.id }
                ?? LabGrade.notGraded(lab, status: status, history: LabHistory())
        }
    }
}

extension LabGrade {
    /// A lab with nothing to run: every check failed with the reason.
    static func notGraded(_ lab: Lab, status: LabGrade.Status, history: LabHistory) -> LabGrade {
        let message =
            status == .missing ? "the lab was not submitted" : "the submission could not be read"
        return LabGrade(
            lab: lab.id, status: status, points: 0, maxPoints: lab.points, passed: false,
            checks: lab.checks.map {
                CheckGrade(
                    id: $0.id, status: .failed, points: 0, maxPoints: $0.points, message: message)
            },
            invariants: [], history: history)
    }
}
