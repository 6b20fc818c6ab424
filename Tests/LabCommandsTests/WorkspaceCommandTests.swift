import Foundation
import LabTestSupport
import Testing

/// The student workspace from the built `lab` binary: start, check, status, hint, reset,
/// solution, log and export in a scratch folder, read back with plain git.
@Suite("lab start, check, status and friends in a workspace")
struct WorkspaceCommandTests {
    @Test func startCopySolutionCheckStatusAndPlainGitAgree() throws {
        let scratch = try ScratchWorkspace()
        let start = try scratch.lab("start", "hpa")
        #expect(start.status == 0, "\(start.stderr)")
        #expect(start.stdout.contains("created a LabKit workspace in"))
        #expect(start.stdout.contains("started lab hpa"))
        #expect(start.stdout.contains("cd hpa"))
        let instructions = try String(
            contentsOf: LabBinary.root.appendingPathComponent("Labs/hpa/README.en.md"),
            encoding: .utf8)
        #expect(scratch.read("hpa/README.md") == instructions)
        #expect(scratch.read(".lab/workspace.json")?.contains("\"format\" : 1") == true)

        try scratch.copySolution("hpa")
        let check = try scratch.lab("check", in: "hpa")
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("PASS hpa: 6 of 6 checks passed"))
        #expect(check.stdout.contains("first pass: tagged lab/hpa/passed"))

        let status = try scratch.lab("status")
        #expect(status.status == 0)
        let row = status.stdout.split(separator: "\n").first { $0.hasPrefix("hpa ") }
        #expect(row?.contains("passed") == true)
        #expect(row?.contains("7/7") == true)

        let log = try scratch.git("log", "--format=%s|%(trailers:separator=;)")
        #expect(log.status == 0)
        let lines = log.output.split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "check hpa: pass 6/6|Lab: hpa;Lab-Action: check;Lab-Result: pass 6/6;"
                    + "Lab-Points: 7/7;LabKit-Version: 0.1.0",
                "start hpa|Lab: hpa;Lab-Action: start;LabKit-Version: 0.1.0",
                "init LabKit workspace|Lab-Action: init;LabKit-Version: 0.1.0",
            ])
        #expect(try scratch.git("tag").output == "lab/hpa/passed\n")
        #expect(
            try scratch.git("show", "HEAD:.lab/results/hpa.json").output.contains(
                "\"passed\" : true"))
        #expect(
            try scratch.git("log", "-1", "--format=%an <%ae>").output
                == "LabKit Student <student@labkit.invalid>\n")
        let fsck = try scratch.git("fsck", "--strict")
        #expect(fsck.status == 0, "\(fsck.output)")
        #expect(try scratch.git("status", "--porcelain").output.isEmpty)
    }

    /// The README's set-up: `lab` on PATH, run by name outside the repository.
    ///
    /// No LABKIT_COURSE: the course is found beside the executable, not from `argv[0]`
    /// (which is then just "lab").
    @Test func labFoundThroughPATHFindsItsCourse() throws {
        let scratch = try ScratchWorkspace()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "lab start hpa"]
        process.currentDirectoryURL = scratch.root
        let folder = LabBinary.executable.deletingLastPathComponent().path
        process.environment = scratch.environment.merging(
            ["PATH": folder + ":/usr/bin:/bin", "LABKIT_COURSE": ""], uniquingKeysWith: { $1 })
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(
            decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(FileManager.default.fileExists(atPath: scratch.url("hpa/order.yaml").path))
    }

    @Test func startWithAMistypedLabCreatesNothing() throws {
        let scratch = try ScratchWorkspace()
        let run = try scratch.lab("start", "hpx")
        #expect(run.status == 64)
        #expect(run.stderr.contains("unknown lab \"hpx\"; did you mean \"hpa\"?"))
        #expect(run.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).isEmpty)
    }

    @Test func startAndHintSpeakKorean() throws {
        let scratch = try ScratchWorkspace()
        let start = try scratch.lab("start", "hpa", "--lang", "ko")
        #expect(start.status == 0, "\(start.stderr)")
        #expect(start.stdout.contains("hpa 실습 시작: "))
        #expect(start.stdout.contains("다음:\n  cd hpa\n  매니페스트를 고친 뒤 실행: lab check"))
        _ = try scratch.lab("check", in: "hpa")
        let hint = try scratch.lab("hint", "--lang", "ko", in: "hpa")
        #expect(hint.status == 0, "\(hint.stderr)")
        #expect(hint.stdout.contains("  힌트 1/"))
        #expect(hint.stdout.contains("더 보기: lab hint hpa"))
        let status = try scratch.lab("status", "--lang", "ko")
        #expect(status.stdout.contains("실습                 상태      시도   첫 통과"))
        #expect(status.stdout.contains("hpa                  진행 중"))
        #expect(status.stdout.contains("다음: lab check hpa"))
    }

    @Test func checkOutsideAnyWorkspaceSaysWhatToDo() throws {
        let scratch = try ScratchWorkspace()
        let run = try scratch.lab("check", "hpa")
        #expect(run.status == 1)
        #expect(run.stderr.contains("is not inside a LabKit workspace"))
        #expect(run.stderr.contains("lab start ID"))
        #expect(run.stderr.contains("--dir DIR"))
    }

    @Test func checkWithDirRecordsNothing() throws {
        let scratch = try ScratchWorkspace()
        _ = try scratch.lab("start", "hpa")
        let run = try scratch.lab(
            "check", "hpa", "--dir", LabBinary.root.appendingPathComponent("Solutions/hpa").path)
        #expect(run.status == 0)
        #expect(!run.stdout.contains("recorded"))
        #expect(try scratch.git("rev-list", "--count", "HEAD").output == "2\n")
    }

    @Test func aFailingCheckIsRecordedAndTheLabIsInferred() throws {
        let scratch = try ScratchWorkspace()
        _ = try scratch.lab("start", "hpa")
        // From the workspace root the last started lab is meant.
        let run = try scratch.lab("check")
        #expect(run.status == 1)
        #expect(run.stdout.contains("FAIL hpa"))
        #expect(run.stdout.contains("files: hpa\n"))
        #expect(run.stdout.contains("recorded: commit"))
        let subject = try scratch.git("log", "-1", "--format=%s").output
        #expect(subject.hasPrefix("check hpa: fail "))
        #expect(try scratch.git("tag").output.isEmpty)
    }

    @Test func statusJSONIsAVersionedDocument() throws {
        let scratch = try ScratchWorkspace()
        _ = try scratch.lab("start", "hpa")
        try scratch.copySolution("hpa")
        _ = try scratch.lab("check", in: "hpa")
        let status = try scratch.lab("status", "--json")
        #expect(status.status == 0, "\(status.stderr)")
        let document = try #require(
            JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        #expect(document["version"] as? Int == 1)
        #expect(document["courseVersion"] as? String == "2026.11")
        let labs = try #require(document["labs"] as? [[String: Any]])
        let hpa = try #require(labs.first { $0["id"] as? String == "hpa" })
        #expect(hpa["state"] as? String == "passed")
        #expect(hpa["attempts"] as? Int == 1)
        #expect(hpa["bestPoints"] as? Int == 7)
        #expect((hpa["firstPass"] as? String)?.hasSuffix("Z") == true)
        let scaling = try #require(labs.first { $0["id"] as? String == "scaling" })
        #expect(scaling["state"] as? String == "not started")
        // Absent until there is one (not null): the whole entry, key by key.
        #expect(
            Set(scaling.keys) == [
                "attempts", "forcedSolutions", "hintsUsed", "id", "solutionsViewed", "state",
                "title",
            ])
    }

    @Test func listShowsEachLabsStateInsideAWorkspace() throws {
        let scratch = try ScratchWorkspace()
        _ = try scratch.lab("start", "hpa")
        let list = try scratch.lab("list")
        #expect(list.status == 0)
        let lines = list.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("  hpa ") && $0.contains("  in progress  ") })
        #expect(lines.contains { $0.hasPrefix("  scaling ") && $0.contains("  not started  ") })
        #expect(!list.stdout.contains("Start with:"))
    }

    @Test func startNeverOverwritesTheStudentsFiles() throws {
        let scratch = try ScratchWorkspace()
        _ = try scratch.lab("start", "hpa")
        try scratch.write("hpa/order.yaml", "# my work\n")
        let again = try scratch.lab("start", "hpa")
        #expect(again.status == 1)
        #expect(again.stderr.contains("already started"))
        #expect(again.stderr.contains("lab reset hpa"))
        #expect(scratch.read("hpa/order.yaml") == "# my work\n")
    }

    @Test func resetSavesTheFilesFirstAndSaysHowToGetThemBack() throws {
        let scratch = try ScratchWorkspace()
        _ = try scratch.lab("start", "hpa")
        let starter = scratch.read("hpa/order.yaml")
        try scratch.write("hpa/order.yaml", "# my work\n")
        try scratch.write("hpa/extra.yaml", "# more work\n")
        let reset = try scratch.lab("reset", "hpa")
        #expect(reset.status == 0, "\(reset.stderr)")
        #expect(scratch.read("hpa/order.yaml") == starter)
        #expect(!FileManager.default.fileExists(atPath: scratch.url("hpa/extra.yaml").path))
        let saved = try #require(
            reset.stdout.split(separator: "\n").first { $0.contains("git checkout") }?
                .split(separator: " ").dropFirst(2).first.map(String.init))
        #expect(try scratch.git("show", "\(saved):hpa/order.yaml").output == "# my work\n")
        #expect(try scratch.git("show", "\(saved):hpa/extra.yaml").output == "# more work\n")
        #expect(
            try scratch.git("log", "-2", "--format=%s").output
                == "reset hpa\nsave hpa before reset\n")
        #expect(try scratch.git("fsck", "--strict").status == 0)
    }

    @Test func hintsComeOneLevelAtATimeAndAreRecorded() throws {
        let scratch = try ScratchWorkspace()
        _ = try scratch.lab("start", "hpa")
        let early = try scratch.lab("hint")
        #expect(early.status == 1)
        #expect(early.stderr.contains("has not been checked yet"))
        _ = try scratch.lab("check")
        let first = try scratch.lab("hint", in: "hpa")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("hint 1 of"))
        #expect(!first.stdout.contains("hint 2 of"))
        let second = try scratch.lab("hint", "hpa")
        #expect(second.stdout.contains("hint 2 of"))
        let trailer = try scratch.git("log", "-1", "--format=%(trailers:key=Lab-Hint,valueonly)")
        #expect(trailer.output.hasSuffix(" 2\n\n"))
    }

    @Test func theSolutionOpensAfterAPassOrWhenForcedAndRecorded() throws {
        let scratch = try ScratchWorkspace()
        _ = try scratch.lab("start", "hpa")
        let locked = try scratch.lab("solution", "hpa")
        #expect(locked.status == 1)
        #expect(locked.stderr.contains("opens once the lab passes"))
        #expect(locked.stdout.isEmpty)
        let forced = try scratch.lab("solution", "hpa", "--force")
        #expect(forced.status == 0)
        #expect(forced.stdout.contains("# hpa/hpa.yaml"))
        #expect(
            try scratch.git("log", "-1", "--format=%s|%(trailers:key=Lab-Forced,valueonly)")
                .output == "solution hpa|yes\n\n")
        let status = try scratch.lab("status")
        #expect(status.stdout.contains("+solution (forced)"))
    }

    @Test func logShowsAttemptsAndWhatChanged() throws {
        let scratch = try ScratchWorkspace()
        _ = try scratch.lab("start", "hpa")
        _ = try scratch.lab("check")
        try scratch.copySolution("hpa")
        _ = try scratch.lab("check")
        let log = try scratch.lab("log", "hpa")
        #expect(log.status == 0)
        let lines = log.stdout.split(separator: "\n").map(String.init)
        let checks = lines.filter { $0.contains("check hpa:") }
        #expect(checks.count == 2)
        #expect(checks.last?.contains("pass 6/6") == true)
        let last = try #require(lines.lastIndex { $0.contains("pass 6/6") })
        #expect(lines[(last + 1)...].contains { $0.contains("modified hpa/order.yaml (+") })
    }

    @Test func exportWritesABundleThatGitClones() throws {
        let scratch = try ScratchWorkspace()
        _ = try scratch.lab("start", "hpa")
        try scratch.copySolution("hpa")
        _ = try scratch.lab("check")
        let bundle = scratch.root.deletingLastPathComponent().appendingPathComponent("hand-in")
        let export = try scratch.lab("export", "--output", bundle.path)
        #expect(export.status == 0, "\(export.stderr)")
        let clone = try scratch.git(
            "clone", "-q", bundle.path,
            scratch.root.deletingLastPathComponent()
                .appendingPathComponent("clone").path)
        #expect(clone.status == 0, "\(clone.output)")
        let tags = try scratch.git("tag", in: "../clone")
        #expect(tags.output == "lab/hpa/passed\n")
    }

    @Test func aDetachedHeadShowsTheReportAndSaysHowToRecover() throws {
        let scratch = try ScratchWorkspace()
        _ = try scratch.lab("start", "hpa")
        try scratch.copySolution("hpa")
        #expect(try scratch.git("checkout", "-q", "--detach").status == 0)
        let run = try scratch.lab("check")
        #expect(run.status == 1)
        #expect(run.stdout.contains("PASS hpa"))
        #expect(run.stderr.contains("error: HEAD is detached at "))
        #expect(run.stderr.contains("hint: Run `git switch main`"))
        #expect(try scratch.git("switch", "-q", "main").status == 0)
        #expect(try scratch.lab("check").status == 0)
    }

    @Test func aRepositoryWithAMissingCommitSaysWhatIsWrong() throws {
        let scratch = try ScratchWorkspace()
        _ = try scratch.lab("start", "hpa")
        let head = try scratch.git("rev-parse", "HEAD").output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try FileManager.default.removeItem(
            at: scratch.url(".git/objects/\(head.prefix(2))/\(head.dropFirst(2))"))
        let run = try scratch.lab("status")
        #expect(run.status == 1)
        #expect(run.stderr.contains("is damaged: main points to commit \(head)"))
        #expect(run.stderr.contains("hint: Run `git fsck`"))
    }
}
