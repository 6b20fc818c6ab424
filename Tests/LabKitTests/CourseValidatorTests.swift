import Foundation
import LabDiagnostics
import LabKit
import Testing

/// `lab dev check` on labs that are broken on purpose: each rule reports its problem, at the
/// line of `lab.yaml` (or the folder) it is about, and a sound lab reports none.
@Suite struct CourseValidatorTests {
    /// The deployment of a student's answer, with `replicas`, under `name`.
    static func deployment(replicas: Int, name: String = "web") -> String {
        LabRunnerTests.deployment(replicas: replicas).replacingOccurrences(
            of: "name: web\nspec", with: "name: \(name)\nspec")
    }

    /// The lab: two ready pods, explained by the replica count.
    ///
    /// One mistake, one counterfeit, one equivalent.
    static let labText = """
        id: demo
        title: {en: Demo, ko: 데모}
        summary: {en: A demo., ko: 데모입니다.}
        scenario:
          steps:
            - apply: .
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
            expect: {pods: {of: deployment/web, ready: true}, count: {equals: 2}, within: 1m}
            hints: [{en: Set replicas., ko: replicas를 설정하세요.}]
            explain:
              - when: {object: deployment/web, field: status.replicas, atMost: 1}
                say: {en: One replica is not two., ko: 1개는 2개가 아닙니다.}
        mistakes:
          - name: one-replica
            fails: [ready]
            says: One replica
        counterfeits:
          - name: three-replicas
            fails: [ready]
        equivalents:
          - name: renamed-file
        """

    /// Writes a course with the demo lab (its files as given) and runs the validator on it.
    static func validate(
        lab: String = labText, files: [String: String] = [:], listed: Bool = true
    ) throws -> (LabValidation, [String]) {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("labkit-course-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        var all: [String: String] = [
            "Labs/course.yaml": """
            title: {en: Test, ko: 시험}
            version: "1"
            units:
              - title: {en: One, ko: 하나}
                labs: [\(listed ? "demo" : "")]
            """,
            "Labs/demo/lab.yaml": lab,
            "Labs/demo/README.en.md": "# Demo\n", "Labs/demo/README.ko.md": "# 데모\n",
            "Labs/demo/start/app.yaml": """
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec: {selector: {app: web}, ports: [{port: 80}]}
            """,
            "Solutions/demo/app.yaml": deployment(replicas: 2),
            "Labs/demo/mistakes/one-replica/app.yaml": deployment(replicas: 1),
            "Labs/demo/counterfeits/three-replicas/app.yaml": deployment(replicas: 3),
            "Labs/demo/equivalents/renamed-file/web.yaml": deployment(replicas: 2),
        ]
        for (path, text) in files { all[path] = text }
        for (path, text) in all {
            let full = "\(root)/\(path)"
            try FileManager.default.createDirectory(
                atPath: (full as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        }
        try FileManager.default.copyItem(
            atPath: CourseLabsTests.root + "/Labs/images.yaml", toPath: root + "/Labs/images.yaml")
        let course = try #require(CourseLoader.load(root: root).course)
        let validator = CourseValidator(course: course)
        let validation = try #require(validator.validate(["demo"]).first)
        return (validation, validator.unlistedLabs())
    }

    static func messages(_ validation: LabValidation) -> [String] {
        validation.problems.map(\.message)
    }

    /// Where a problem is: `file-name:line`.
    static func place(_ validation: LabValidation, _ phrase: String) -> String? {
        validation.problems.first { $0.message.contains(phrase) }?.location.map {
            "\(($0.file as NSString).lastPathComponent):\($0.line)"
        }
    }

    @Test func aSoundLabHasNoProblem() throws {
        let (validation, unlisted) = try Self.validate()
        #expect(validation.problems.isEmpty, "\(Self.messages(validation))")
        #expect(unlisted.isEmpty)
    }

    @Test func aSolutionThatFailsAndAStarterThatPassesAreReported() throws {
        let (validation, _) = try Self.validate(files: [
            "Solutions/demo/app.yaml": Self.deployment(replicas: 1),
            "Labs/demo/start/app.yaml": Self.deployment(replicas: 2),
        ])
        #expect(
            Self.messages(validation).contains {
                $0.hasPrefix("the solution does not pass: checks [\"ready\"]")
            })
        #expect(
            Self.messages(validation).contains(
                "the starter passes every check: there is nothing to do"))
    }

    /// A wrong answer fails exactly what it declares: one that passes, or that fails more.
    @Test func wrongAnswersFailExactlyWhatTheyDeclare() throws {
        let (passing, _) = try Self.validate(files: [
            "Labs/demo/mistakes/one-replica/app.yaml": Self.deployment(replicas: 2)
        ])
        #expect(
            Self.messages(passing).contains(
                "mistake \"one-replica\" should fail \"ready\", but it did not"))
        #expect(
            Self.messages(passing).contains(
                "mistake \"one-replica\": the report never says \"One replica\""))
        let (more, _) = try Self.validate(files: [
            "Labs/demo/counterfeits/three-replicas/app.yaml": Self.deployment(
                replicas: 3, name: "api")
        ])
        #expect(
            Self.messages(more).contains(
                "counterfeit \"three-replicas\" also fails \"manifests\", which its \"fails\" does "
                    + "not declare"))
    }

    /// A mistake whose files are refused before anything runs is declared `fails: [manifests]`.
    @Test func aMistakeThatDoesNotLoadCanBeDeclared() throws {
        let lab = Self.labText.replacingOccurrences(
            of: "    fails: [ready]\n    says: One replica\n",
            with: "    fails: [manifests]\n    says: replicas\n")
        let (validation, _) = try Self.validate(
            lab: lab,
            files: [
                "Labs/demo/mistakes/one-replica/app.yaml": Self.deployment(replicas: 2)
                    .replacingOccurrences(of: "replicas: 2", with: "replicas: two")
            ])
        // The mistake is sound; only the explanation it used to fire is left without a run.
        #expect(
            Self.messages(validation) == [
                "explanation 1 of check \"ready\" holds on no declared run that fails the check: "
                    + "nothing shows it ever fires"
            ])
    }

    /// An equivalent answer must pass: one with the wrong count is reported.
    @Test func anEquivalentThatFailsIsReported() throws {
        let (validation, _) = try Self.validate(files: [
            "Labs/demo/equivalents/renamed-file/web.yaml": Self.deployment(replicas: 4)
        ])
        #expect(
            Self.messages(validation).contains(
                "equivalent answer \"renamed-file\" does not pass: it fails \"ready\""))
    }

    /// A check no declared answer fails can never fail: reported at the check's line.
    @Test func aCheckThatCannotFailIsReportedAtItsLine() throws {
        let (validation, _) = try Self.validate(files: [
            "Labs/demo/start/app.yaml": Self.deployment(replicas: 1)
        ])
        let message =
            "check \"exists\" passes on the starter and on every declared mistake and "
            + "counterfeit (2): nothing shows it can fail"
        #expect(Self.messages(validation).contains(message))
        #expect(Self.place(validation, message) == "lab.yaml:10")
    }

    /// An explanation true on the solution names a false cause; one true on no declared run
    /// never fires: both reported at the explanation's line.
    @Test func explanationsMustBeTrueExactlyWhereTheyAreSaid() throws {
        let onSolution = Self.labText.replacingOccurrences(
            of: "field: status.replicas, atMost: 1", with: "field: status.replicas, atLeast: 0")
        let (always, _) = try Self.validate(lab: onSolution)
        let message =
            "explanation 1 of check \"ready\" holds on the reference solution: it would name "
            + "a cause that is not one"
        #expect(Self.messages(always).contains(message))
        #expect(Self.place(always, message) == "lab.yaml:24")
        let never = Self.labText.replacingOccurrences(
            of: "field: status.replicas, atMost: 1", with: "field: status.replicas, equals: 7"
        )
        .replacingOccurrences(of: "    says: One replica\n", with: "")
        let (dead, _) = try Self.validate(lab: never)
        #expect(
            Self.messages(dead).contains(
                "explanation 1 of check \"ready\" holds on no declared run that fails the check: "
                    + "nothing shows it ever fires"))
    }

    /// A pointer at a field the solution does not write would point students at an ancestor.
    @Test func aPointerAtAFieldTheSolutionLacksIsReported() throws {
        let lab = Self.labText.replacingOccurrences(
            of: "manifest: {object: deployment/web, field: spec.replicas}",
            with: "manifest: {object: deployment/web, field: spec.strategy.rollingUpdate}")
        let (validation, _) = try Self.validate(lab: lab)
        let message =
            "manifest pointer deployment/web spec.strategy.rollingUpdate is not in the "
            + "reference solution: students would be pointed at an ancestor of it"
        #expect(Self.messages(validation).contains(message))
        #expect(Self.place(validation, message) == "lab.yaml:14")
    }

    /// A lab folder the course does not list is reported by the whole-course check, and can
    /// still be validated by id.
    @Test func anUnlistedLabIsReportedAndStillChecked() throws {
        let (validation, unlisted) = try Self.validate(listed: false)
        #expect(unlisted == ["demo"])
        #expect(validation.problems.isEmpty, "\(Self.messages(validation))")
    }
}
