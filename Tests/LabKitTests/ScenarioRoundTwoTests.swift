import ClusterSim
import KubeModel
import LabDiagnostics
import LabKit
import Testing

/// The scenario language of issue 16's second part: `breakPod`/`healPod`, `new rs of` and
/// `old rs of` (deploymentutil `FindNewReplicaSet`/`FindOldReplicaSets`), `equals: null` and
/// `replaced`, parsed with every diagnostic located, and run.
@Suite struct ScenarioRoundTwoTests {
    static func parse(_ text: String) -> ScenarioParse {
        ScenarioParser().parse(bytes: Array(text.utf8), file: "s.yaml")
    }

    static func problems(_ text: String) -> [String] {
        ScenarioParserTests.problems(text)
    }

    @Test func podFaultStepsParse() throws {
        let text = """
            name: faults
            steps:
              - breakPod: {pod: web-0, path: /orders, after: 30s}
              - breakPod: {of: deployment/order}
              - breakPod: {pod: pod/web-1, crash: true, namespace: shop}
              - healPod: {pod: web-0, path: /orders, after: 1m}
              - healPod: {of: statefulset/web}
            """
        let scenario = try #require(Self.parse(text).scenario)
        let faults = scenario.steps.compactMap { step -> PodFault? in
            if case .podFault(let fault) = step.action { return fault }
            return nil
        }
        #expect(faults.count == 5)
        #expect(faults[0].pod == "web-0")
        #expect(faults[0].change == .breakPath("/orders"))
        #expect(faults[0].after?.text == "30s")
        #expect(faults[1].owner == ObjectReferenceText(kind: "Deployment", name: "order"))
        #expect(faults[1].change == .breakPath(nil))
        #expect(faults[2].pod == "web-1")
        #expect(faults[2].namespace == "shop")
        #expect(faults[2].change == .crash)
        #expect(faults[3].change == .heal("/orders"))
        #expect(faults[4].change == .heal(nil))
        #expect(
            scenario.steps.map(\.summary) == [
                "break /orders of pod/web-0 after 30s",
                "hang the application of the oldest pod of deployment/order",
                "crash the application of pod/web-1",
                "heal /orders of pod/web-0 after 1m",
                "heal the application of the oldest pod of statefulset/web",
            ])
    }

    @Test func podFaultMistakesAreLocated() {
        let text = """
            name: faults
            steps:
              - breakPod: {path: /orders}
              - breakPod: {pod: web-0, of: deployment/order}
              - breakPod: {pod: web-0, path: orders}
              - breakPod: {pod: web-0, path: /orders, crash: true}
              - healPod: {pod: web-0, crash: true}
              - breakPod: {pod: deployment/order}
            """
        #expect(
            Self.problems("name: f\nsteps:\n  - breakPod: {pod: web-0, aftr: 3s}")
                == ["3:28: unknown field \"steps[0].breakPod.aftr\""])
        #expect(
            Self.problems(text) == [
                "3:5: \"breakPod\" takes either \"pod\" or \"of\"",
                "4:5: \"breakPod\" takes either \"pod\" or \"of\"",
                "5:28: invalid path \"orders\": a path starts with \"/\"",
                "6:43: \"crash\" and \"path\" cannot be used together",
                "7:27: \"healPod\" has no \"crash\"",
                "8:16: expected a pod name, such as \"web-0\", found \"deployment/order\"",
            ])
    }

    @Test func replicaSetReferencesEqualsNullAndReplacedParse() throws {
        let text = """
            name: assertions
            steps:
              - expect: {object: new rs of deployment/web, field: spec.replicas, equals: 2}
              - expect: {object: old replicasets of deployment/web, exists: false}
              - expect: {object: deployment/web, field: spec.paused, equals: null}
              - expect: {object: pod/web-0, replaced: true, within: 1m}
              - expect: {object: pod/web-1, replaced: false}
            """
        let parse = Self.parse(text)
        #expect(parse.diagnostics.isEmpty, "\(parse.diagnostics.map(\.message))")
        let conditions = try #require(parse.scenario).steps.compactMap {
            step -> LabKit.Condition? in
            if case .expect(let expectation) = step.action { return expectation.condition }
            return nil
        }
        let web = ObjectReferenceText(kind: "Deployment", name: "web")
        guard case .object(.related(.newReplicaSet, web), _, _, true) = conditions[0],
            case .object(.related(.oldReplicaSets, web), nil, nil, false) = conditions[1],
            case .object(.named(web), let field?, nil, false) = conditions[2]
        else {
            Issue.record("unexpected conditions \(conditions)")
            return
        }
        #expect(field.description == "spec.paused")
        #expect(
            conditions[3]
                == LabKit.Condition.replaced(ObjectReferenceText(kind: "Pod", name: "web-0"), true))
        #expect(
            conditions[4]
                == LabKit.Condition.replaced(ObjectReferenceText(kind: "Pod", name: "web-1"), false)
        )
        #expect(ConditionText.describe(conditions[0]).hasPrefix("new replicaset of deployment/web"))
        #expect(ConditionText.describe(conditions[2]) == "deployment/web spec.paused is absent")
    }

    /// Before, `equals: null` decoded as no comparison at all: `"field" needs a comparison`.
    @Test func assertionMistakesAreLocated() {
        let text = """
            name: assertions
            steps:
              - expect: {object: deployment/web, equals: null}
              - expect: {object: deployment/web, field: spec.paused, equals: null, exists: true}
              - expect: {object: new pods of deployment/web, exists: false}
              - expect: {object: new rs of statefulset/web, exists: false}
              - expect: {object: pods of deployment/web, replaced: true}
              - expect: {object: pod/web-0, replaced: true, field: metadata.uid}
            """
        #expect(
            Self.problems(text) == [
                "3:38: \"equals: null\" needs \"field\"",
                "4:58: \"equals: null\" says the field is absent; it goes with no other comparison",
                "5:14: cannot find \"new pods\" of an object",
                "6:14: \"new replicaset of\" names a Deployment, found \"statefulset/web\"",
                "7:14: \"replaced\" is about one object named by its name, found \"pods of deployment/web\"",
                "8:49: \"replaced\" and \"field\" do not go together",
            ])
    }
}
