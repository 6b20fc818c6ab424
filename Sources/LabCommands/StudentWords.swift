import LabGit
import LabKit
import LabWorkspace

/// The words around what `lab start`, `lab check` and `lab hint` show, in the student's language.
///
/// The lab's own text (titles, hints, explanations) comes in English and Korean, and so does
/// what frames it. Commands, file paths and kubectl output stay as they are in both.
struct StudentWords {
    let language: Language

    private func say(_ english: String, _ korean: String) -> String {
        language == .ko ? korean : english
    }

    var files: String { say("files", "파일") }
    var expected: String { say("expected", "기대") }
    var observed: String { say("observed", "관찰") }
    var inYourFiles: String { say("in your files", "내 파일") }
    var because: String { say("because", "원인") }
    var evidence: String { say("evidence", "근거") }
    var whyItMatters: String { say("why it matters", "중요한 이유") }
    var hint: String { say("hint", "힌트") }
    var moreHints: String { say("(lab hint for more)", "(더 보기: lab hint)") }
    var neverReached: String {
        say("the scenario never reached this check", "시나리오가 이 검사까지 오지 못했습니다")
    }
    var manifestErrors: String {
        say(
            "your manifests have errors: fix them first (no check ran)",
            "매니페스트에 오류가 있습니다. 먼저 고치세요 (검사를 하나도 실행하지 않았습니다)")
    }
    var scenarioProblems: String {
        say("the lab's scenario did not run cleanly:", "실습 시나리오가 깔끔하게 실행되지 않았습니다:")
    }
    var ruleKept: String { say("rule kept", "규칙 지킴") }
    var ruleBroken: String { say("rule broken", "규칙 위반") }
    var ruleBlocksPass: String {
        say(
            "the lab does not pass while this rule is broken, whatever the points",
            "이 규칙을 어기면 점수와 관계없이 실습을 통과하지 못합니다")
    }

    func at(_ time: String) -> String { say("(at \(time))", "(\(time) 시점)") }

    func skipped(_ title: String, needs: String) -> String {
        say(
            "- skipped: \(title) (needs \"\(needs)\", which did not pass)",
            "- 건너뜀: \(title) (먼저 통과해야 하는 \"\(needs)\"가 통과하지 않았습니다)")
    }

    func notRun(_ title: String) -> String { say("- not run: \(title)", "- 실행 안 함: \(title)") }

    func summary(passed: Int, of total: Int, points: Int, of maxPoints: Int) -> String {
        say(
            "\(passed) of \(total) checks passed, \(points)/\(maxPoints) points",
            "검사 \(total)개 중 \(passed)개 통과, \(points)/\(maxPoints)점")
    }

    func rulesBroken(_ count: Int) -> String {
        say("\(count) rule\(count == 1 ? "" : "s") broken", "규칙 위반 \(count)개")
    }

    func virtualTime(_ duration: String) -> String {
        say("(virtual time \(duration))", "(가상 시간 \(duration))")
    }

    func wholeRun(_ command: String) -> String {
        say("see the whole run: \(command)", "전체 실행 보기: \(command)")
    }

    func recorded(commit: String, subject: String) -> String {
        say(
            "recorded: commit \(commit) \"\(subject)\" (lab log shows attempts)",
            "기록됨: 커밋 \(commit) \"\(subject)\" (시도 기록은 lab log)")
    }

    func firstPass(tag: String) -> String {
        say(
            "first pass: tagged \(tag); lab status shows it",
            "첫 통과: 태그 \(tag); lab status에서 볼 수 있습니다")
    }

    /// Said once per file: `lab check` left it out of the commit.
    func notRecorded(_ entries: [StudentFolderScan.Entry], folder: String, limit: Int) -> [String] {
        var lines = [
            say(
                "note: not recorded in git (lab grade never reads these files):",
                "참고: git에 기록하지 않은 파일 (lab grade는 이 파일을 읽지 않습니다):")
        ]
        for entry in entries {
            let path = folder == "." ? entry.path : "\(folder)/\(entry.path)"
            let why =
                entry.size > limit
                ? say(
                    "\(entry.size) bytes, over the \(limit)-byte limit",
                    "\(entry.size)바이트, 한도 \(limit)바이트 초과")
                : say("binary", "바이너리")
            lines.append("  \(path) (\(why))")
        }
        lines.append(
            say(
                "  keep such files outside the workspace; this is said once per file",
                "  이런 파일은 작업 공간 밖에 두세요. 파일마다 한 번만 알려 드립니다"))
        return lines
    }

    // MARK: lab start

    func started(_ id: String, title: String) -> String {
        say("started lab \(id): \(title)", "\(id) 실습 시작: \(title)")
    }

    func alreadyStarted(_ id: String, folder: String) -> [String] {
        [
            say(
                "lab \(id) is already started; your files in \(folder)/ are unchanged",
                "\(id) 실습은 이미 시작했습니다. \(folder)/의 파일은 그대로입니다"),
            say(
                "  to start over: lab reset \(id) (your files stay in history)",
                "  처음부터 다시: lab reset \(id) (내 파일은 기록에 남습니다)"),
        ]
    }

    func startedFiles(_ folder: String, instructions: String) -> String {
        say(
            "  files: \(folder)/ (instructions in \(folder)/\(instructions))",
            "  파일: \(folder)/ (설명은 \(folder)/\(instructions))")
    }

    var next: String { say("next:", "다음:") }
    var editThenCheck: String {
        say("  edit the manifests, then run: lab check", "  매니페스트를 고친 뒤 실행: lab check")
    }

    // MARK: lab hint

    func hint(_ index: Int, of count: Int, _ text: String) -> String {
        say("  hint \(index) of \(count): \(text)", "  힌트 \(index)/\(count): \(text)")
    }

    func moreHints(_ id: String) -> String { say("more: lab hint \(id)", "더 보기: lab hint \(id)") }

    func noHint(_ id: String) -> String {
        say(
            "no hint to give: every check of \(id) with hints passed in your last attempt",
            "줄 힌트가 없습니다: 마지막 시도에서 \(id)의 힌트가 있는 검사를 모두 통과했습니다")
    }

    // MARK: lab status

    var statusHeaders: [String] {
        language == .ko
            ? ["실습", "상태", "시도", "첫 통과", "점수", "힌트"]
            : ["LAB", "STATE", "ATTEMPTS", "FIRST PASS", "POINTS", "HINTS"]
    }

    func state(_ state: LabProgressEntry.State) -> String {
        switch state {
        case .notStarted: say(state.rawValue, "시작 전")
        case .inProgress: say(state.rawValue, "진행 중")
        case .passed: say(state.rawValue, "통과")
        }
    }

    func solutionSeen(forced: Bool) -> String {
        forced ? say("+solution (forced)", "+정답 (통과 전)") : say("+solution", "+정답")
    }

    func detachedStatus(_ head: DetachedHead) -> String {
        let short = head.commit.short
        let newer = head.newer.map(\.name).joined(separator: ", ")
        let english =
            "warning: HEAD is detached at \(short) (on no branch): this is your progress up to "
            + "that commit"
            + (newer.isEmpty ? "" : ", and branch \(newer) has newer commits")
            + "\n  hint: run `git switch \(head.returnBranch)` to return to your work "
            + "(`git switch -c NEW-BRANCH` first keeps commits made here)"
        let korean =
            "warning: HEAD가 \(short) 커밋에 분리되어 있습니다(브랜치 아님): 그 커밋까지의 진행 상황입니다"
            + (newer.isEmpty ? "" : ". \(newer) 브랜치에 더 새로운 커밋이 있습니다")
            + "\n  hint: `git switch \(head.returnBranch)`로 돌아가세요 "
            + "(여기서 만든 커밋을 지키려면 먼저 `git switch -c 새-브랜치`)"
        return say(english, korean)
    }

    func workspace(_ path: String) -> String { say("(workspace \(path))", "(작업 공간 \(path))") }

    func labsPassed(_ passed: Int, of total: Int) -> String {
        say("\(passed) of \(total) labs passed", "실습 \(total)개 중 \(passed)개 통과")
    }

    func nextCommand(_ command: String) -> String { say("next: \(command)", "다음: \(command)") }
}
