import ClusterSim
import KubeModel
import LabDiagnostics
import LabKit
import Testing

@Suite struct ScenarioParserTests {
    static func parse(_ text: String) -> ScenarioParse {
        ScenarioParser().parse(bytes: Array(text.utf8), file: "s.yaml")
    }

    /// `line:column: message` of every diagnostic.
    static func problems(_ text: String) -> [String] {
        parse(text).diagnostics.map { diagnostic in
            let location = diagnostic.location.map { "\($0.line):\($0.column)" } ?? "-"
            return "\(location): \(diagnostic.message)"
        }
    }

    @Test func everyStepKindParses() throws {
        let text = """
            name: all
            description: every step
            cluster:
              seed: 3
              nodes:
                - {name: big, cpu: 4, memory: 16Gi, zone: a, count: 2, taints: ["db=x:NoSchedule"]}
              storageClasses:
                - {name: fast, isDefault: true, reclaimPolicy: Retain}
            steps:
              - apply: order.yaml
              - apply: [a.yaml, b.yaml]
              - apply:
                  manifest: |
                    apiVersion: v1
                    kind: Pod
              - delete: pod/web-0
              - delete: {object: statefulset/web, cascade: orphan}
              - kubectl: scale deployment/order --replicas=4
              - load: {name: siege, concurrency: 2, time: 60s, delay: 1s, url: "http://order:8080/"}
              - stopLoad: siege
              - setUsage: {selector: app=order, cpu: 300m}
              - advance: 1m30s
              - wait: {for: {pods: {selector: app=order, ready: true}, count: {equals: 4}}, timeout: 2m}
              - expect: {object: deployment/order, field: status.availableReplicas, atLeast: 4}
              - expect: {event: {reason: ImagePullBackOff}, within: 60s}
              - expect: {load: siege, availability: {atLeast: 100}, throughout: 10s}
              - expect: {resolves: web-0.nginx}
              - expect: {createdInOrder: [pod/web-0, pod/web-1], eachAfterPreviousReady: true}
              - expect: {deletedInOrder: [pod/web-1, pod/web-0]}
              - expect: {rolloutComplete: deployment/order, id: done, title: rolled out}
            """
        let parse = Self.parse(text)
        #expect(parse.diagnostics.isEmpty)
        let scenario = try #require(parse.scenario)
        #expect(scenario.steps.count == 18)
        #expect(scenario.cluster.seed == 3)
        #expect(scenario.cluster.nodes.map(\.name) == ["big-1", "big-2"])
        #expect(scenario.cluster.nodes.first?.taints.first?.key == "db")
        #expect(scenario.cluster.storageClasses.first?.isDefaultClass == true)
        #expect(scenario.steps[2].location.line == 12)
        guard
            case .apply(.inline(let manifest, let firstLine, let indent)) = scenario.steps[2].action
        else {
            Issue.record("expected an inline apply")
            return
        }
        #expect(manifest.hasPrefix("apiVersion: v1\n"))
        #expect(firstLine == 14)
        #expect(indent == 8)
        guard case .advance(let duration) = scenario.steps[9].action else {
            Issue.record("expected advance")
            return
        }
        #expect(duration.time == .seconds(90))
        guard case .expect(let expectation) = scenario.steps[17].action else {
            Issue.record("expected expect")
            return
        }
        #expect(expectation.id == "done")
        #expect(expectation.title == "rolled out")
    }

    @Test func defaultsGiveThreeNodesAndAStandardClass() throws {
        let scenario = try #require(Self.parse("name: x\nsteps:\n  - advance: 1s\n").scenario)
        #expect(scenario.cluster.nodes.count == 3)
        #expect(scenario.cluster.storageClasses.map { $0.metadata.name } == ["standard"])
    }

    @Test func unknownStepIsLocated() {
        #expect(
            Self.problems("name: x\nsteps:\n  - aply: x.yaml\n")
                == ["3:5: unknown field \"steps[0].aply\""])
        #expect(
            Self.parse("name: x\nsteps:\n  - aply: x.yaml\n").diagnostics.first?.hint
                == "did you mean \"apply\"?")
    }

    @Test func badDurationIsLocated() {
        #expect(
            Self.problems("name: x\nsteps:\n  - advance: 30x\n")
                == [
                    "3:14: invalid value \"30x\" for \"steps[0].advance\": expected a duration "
                        + "such as \"30s\", \"5m\", \"1m30s\" or \"500ms\""
                ])
    }

    @Test func semanticErrorsAreLocated() {
        let text = """
            name: bad
            steps:
              - kubectl: scal deployment/order --replicas=4
              - kubectl: scale deployment/order
              - apply: missing.yaml
                advance: 5s
              - expect: {object: deplyment/order, field: spec.replicas, equals: 3}
              - load: {time: 10s, url: "ftp://x"}
              - {}
              - expect: {pods: {selector: app=order}}
              - expect: {load: siege}
              - wait: {for: {object: pod/a, within: 5s}}
            """
        #expect(
            Self.problems(text) == [
                "3:5: unknown command \"scal\" for \"kubectl\"",
                "4:5: required flag(s) \"replicas\" not set",
                "6:5: a step has exactly one action, found \"apply\" and \"advance\"",
                "7:14: the server doesn't have a resource type \"deplyment\"",
                "8:23: invalid URL \"ftp://x\"",
                "9:5: a step needs an action",
                "10:14: \"pods\" needs \"count\"",
                "11:14: \"load\" needs a metric to check",
                "12:33: \"within\" belongs to an expectation, not to a wait condition",
            ])
    }

    @Test func missingFieldsAndTypesAreLocated() {
        #expect(
            Self.problems("steps:\n  - advance: 1s\n") == ["1:1: missing required field \"name\""])
        #expect(
            Self.problems("name: x\nsteps:\n  - load: {url: \"http://a:1/\"}\n")
                == ["3:5: missing required field \"steps[0].load.time\""])
        #expect(
            Self.problems("name: x\ncluster: {seed: many}\nsteps:\n  - advance: 1s\n")
                == [
                    "2:17: invalid type for \"cluster.seed\": expected an integer, found string \"many\""
                ])
    }

    @Test func missingFileIsADiagnostic() {
        let parse = ScenarioParser().parse(path: "/nonexistent/scenario.yaml")
        #expect(parse.scenario == nil)
        #expect(
            parse.diagnostics.map(\.description) == [
                "/nonexistent/scenario.yaml:1:1: error: cannot read the scenario file"
            ])
    }

    @Test func aBoundThatIsNeitherNumberNorQuantityIsAnError() {
        let problems = Self.problems(
            "name: t\nsteps:\n  - expect: {object: deployment/order, field: spec.replicas, atMost: lots}\n"
        )
        #expect(problems.count == 1)
        #expect(
            problems.first?.hasSuffix(
                "expected a number or a quantity such as \"500m\" or \"64Mi\"") == true,
            "\(problems)")
    }
}
