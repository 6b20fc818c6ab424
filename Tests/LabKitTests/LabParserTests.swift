import Foundation
import LabDiagnostics
import LabKit
import Testing

/// `lab.yaml` problems are reported at file:line:column with what to do, in one pass.
@Suite struct LabParserTests {
    static let valid = """
        id: demo
        title: {en: Demo, ko: 데모}
        summary: {en: A demo., ko: 데모입니다.}
        scenario:
          steps:
            - apply: app.yaml
            - check: exists
            - check: ready
        checks:
          - id: exists
            title: {en: the deployment exists, ko: deployment가 있다}
            rationale: {en: Nothing runs otherwise., ko: 없으면 아무것도 돌지 않습니다.}
            expect: {object: deployment/web}
            manifest: {object: deployment/web, field: spec.replicas}
            hints: [{en: Write it., ko: 작성하세요.}]
          - id: ready
            title: {en: two pods are ready, ko: Pod 2개가 준비된다}
            rationale: {en: Two survive one failure., ko: 2개면 하나가 죽어도 버팁니다.}
            points: 2
            needs: [exists]
            expect: {pods: {selector: app=web, ready: true}, count: {equals: 2}, within: 1m}
            hints: [{en: Set replicas., ko: replicas를 설정하세요.}]
            explain:
              - when: {object: deployment/web, field: spec.replicas, atMost: 1}
                say: {en: One replica is not two., ko: 1개는 2개가 아닙니다.}
        invariants:
          - id: keeps-web
            title: {en: web still exists, ko: web이 남아 있다}
            expect: {object: deployment/web}
        """

    static func parse(_ text: String) -> LabParse {
        LabParser().parse(bytes: Array(text.utf8), file: "lab.yaml")
    }

    static func messages(_ parse: LabParse) -> [String] {
        parse.diagnostics.map { diagnostic in
            let line = diagnostic.location.map { "\($0.line):\($0.column)" } ?? "-"
            return "\(line) \(diagnostic.message)"
        }
    }

    @Test func validLabCompiles() throws {
        let parse = Self.parse(Self.valid)
        #expect(parse.diagnostics.isEmpty, "\(Self.messages(parse))")
        let lab = try #require(parse.lab)
        #expect(lab.id == "demo")
        #expect(lab.checks.map(\.id) == ["exists", "ready"])
        #expect(lab.points == 3)
        #expect(lab.checks[1].needs == ["exists"])
        #expect(lab.checks[1].explanations.first?.text(in: .ko) == "1개는 2개가 아닙니다.")
        #expect(lab.checks[0].manifest?.object.anchor.kind == "Deployment")
        // Two check steps, the apply, and one final step per invariant.
        #expect(lab.scenario.steps.count == 4)
        #expect(lab.scenario.steps.last?.summary == "invariant keeps-web: web still exists")
    }

    @Test func titlesFollowTheLanguage() throws {
        let lab = try #require(
            LabParser(language: .ko).parse(bytes: Array(Self.valid.utf8), file: "lab.yaml").lab)
        #expect(lab.scenario.steps[1].summary == "check exists: deployment가 있다")
    }

    @Test func unknownCheckSuggestsTheNearest() {
        let parse = Self.parse(
            Self.valid.replacingOccurrences(of: "- check: ready", with: "- check: redy"))
        #expect(parse.lab == nil)
        #expect(Self.messages(parse).contains("8:7 unknown check \"redy\""))
        #expect(parse.diagnostics.contains { $0.hint == "did you mean \"ready\"?" })
        #expect(Self.messages(parse).contains("16:5 check \"ready\" is never run"))
    }

    @Test func unknownKeysAndWrongTypesAreLocated() {
        let text = Self.valid.replacingOccurrences(of: "    points: 2", with: "    pionts: 2")
            .replacingOccurrences(of: "title: {en: Demo, ko: 데모}", with: "title: [Demo]")
        let messages = Self.messages(Self.parse(text))
        #expect(
            messages.contains(
                "2:8 invalid value [Demo] for \"title\": expected text, or {en: ..., ko: ...}")
                || messages.contains { $0.hasPrefix("2:8 ") })
        #expect(
            messages.contains { $0.hasPrefix("19:5 unknown field \"checks[1].pionts\"") },
            "\(messages)")
    }

    @Test func needsMustNameAnEarlierCheck() {
        let text = Self.valid.replacingOccurrences(of: "needs: [exists]", with: "needs: [ready]")
        let messages = Self.messages(Self.parse(text))
        #expect(
            messages.contains {
                $0.contains("check \"ready\" needs \"ready\", which runs after it")
            })
    }

    @Test func checksRunOnceAndOnlyInLabs() {
        let twice = Self.valid.replacingOccurrences(
            of: "    - check: ready", with: "    - check: ready\n    - check: ready")
        #expect(
            Self.messages(Self.parse(twice)).contains("9:7 check \"ready\" runs more than once"))
        let scenario = ScenarioParser().parse(
            bytes: Array("name: s\nsteps:\n  - check: x\n".utf8), file: "s.yaml")
        #expect(
            scenario.diagnostics.map(\.message) == ["\"check\" steps belong to a lab's scenario"])
    }

    @Test func invariantsAreCheckedOnceAtTheEnd() {
        let text = Self.valid.replacingOccurrences(
            of: "ko: web이 남아 있다}\n    expect: {object: deployment/web}",
            with: "ko: web이 남아 있다}\n    expect: {object: deployment/web, within: 1m}")
        let messages = Self.messages(Self.parse(text))
        #expect(
            messages.contains { $0.contains("an invariant is checked once, at the end") },
            "\(messages)")
    }

    @Test func badIdsAreRefused() {
        let text = Self.valid.replacingOccurrences(of: "id: demo", with: "id: Demo Lab")
        #expect(
            Self.messages(Self.parse(text)).contains(
                "1:1 invalid id \"Demo Lab\": use lowercase letters, digits and hyphens"))
    }
}
