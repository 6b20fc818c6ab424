import ClusterSim
import KubeModel
import LabDiagnostics
import LabKit
import Testing

/// Node groups, control plane, disruption, metrics and milestone expectations: parsing and
/// every diagnostic, located at line and column.
@Suite struct ScenarioPart2ParserTests {
    static func problems(_ text: String) -> [String] {
        ScenarioParserTests.problems(text)
    }

    @Test func part2StepsParse() throws {
        let text = """
            name: part2
            cluster:
              controlPlaneVersion: "1.29"
              nodeGroups:
                - name: blue
                  instanceType: m5.large
                  cpu: 2
                  memory: 8Gi
                  pods: 29
                  min: 1
                  max: 6
                  desired: 3
                  version: "1.29"
                  zones: [us-east-1a, us-east-1b]
                  labels: {tier: app}
                  taints: ["dedicated=app:NoSchedule"]
            steps:
              - kubectl: top pods -l app=order
              - kubectl: top nodes
              - kubectl: get hpa
              - kubectl: cordon blue-1
              - kubectl: drain blue-1 --ignore-daemonsets --delete-emptydir-data --force --timeout=5m --grace-period=30
              - setUsage: {selector: app=order, cpu: 300m}
              - nodeGroup: {create: {name: green, desired: 3, version: "1.30"}}
              - nodeGroup: {scale: {name: blue, desired: 0, min: 0}}
              - nodeGroup: {delete: blue}
              - nodeGroup: {upgrade: {name: green, version: "1.31", force: true}}
              - controlPlane: {upgrade: "1.30"}
              - failNode: green-1
              - recoverNode: green-1
              - wait: {drain: blue-1, timeout: 10m}
              - expect: {drain: blue-1, outcome: succeeded}
              - expect:
                  pods: {selector: app=order, ready: true}
                  count: {atLeast: 2}
                  throughout: until drain finished
              - expect:
                  nodes: {selector: eks.amazonaws.com/nodegroup=green, ready: true, version: "1.30"}
                  count: {equals: 3}
              - expect: {object: hpa/order, field: status.desiredReplicas, equals: 6}
              - load: {name: siege, concurrency: 2, time: 1m, url: "http://order:8080/"}
              - expect: {load: siege, availability: {atLeast: 100}, throughout: until load siege finished}
              - expect: {object: pod/x, throughout: until drain blue-1 finished}
            """
        let parse = ScenarioParser().parse(bytes: Array(text.utf8), file: "s.yaml")
        #expect(parse.diagnostics.map(\.description) == [])
        let scenario = try #require(parse.scenario)
        #expect(scenario.steps.count == 21)
        #expect(scenario.cluster.nodes.isEmpty)
        let group = try #require(scenario.cluster.nodeGroups.first)
        #expect(group.name == "blue")
        #expect((group.min, group.desired, group.max) == (1, 3, 6))
        #expect(group.version == "1.29")
        #expect(group.pods == 29)
        #expect(group.taints.first?.key == "dedicated")
        #expect(group.zones == ["us-east-1a", "us-east-1b"])
        guard case .kubectl(.drain("blue-1", let options)) = scenario.steps[4].action else {
            Issue.record("expected a drain")
            return
        }
        #expect(options.ignoreDaemonSets && options.deleteEmptyDirData && options.force)
        #expect(options.timeout?.time == .seconds(300))
        #expect(options.gracePeriodSeconds == 30)
        guard case .nodeGroup(.scale("blue", 0, 0, nil)) = scenario.steps[7].action else {
            Issue.record("expected a node group scale")
            return
        }
        guard case .nodeGroup(.upgrade("green", "1.31", true)) = scenario.steps[9].action else {
            Issue.record("expected a node group upgrade")
            return
        }
        guard case .upgradeControlPlane("1.30") = scenario.steps[10].action else {
            Issue.record("expected a control plane upgrade")
            return
        }
        guard case .wait(.drain("blue-1", .finished), let timeout) = scenario.steps[13].action
        else {
            Issue.record("expected a drain wait")
            return
        }
        #expect(timeout.time == .seconds(600))
        guard case .expect(let floor) = scenario.steps[15].action else {
            Issue.record("expected an expectation")
            return
        }
        #expect(floor.mode == .throughoutUntil(.drainFinished(nil)))
        guard case .expect(let nodes) = scenario.steps[16].action,
            case .nodes(let query, count: .equals(.number(3))) = nodes.condition
        else {
            Issue.record("expected a node count")
            return
        }
        #expect(query.version == "1.30")
        #expect(query.ready == true)
        #expect(scenario.steps[16].summary.contains("nodes eks.amazonaws.com/nodegroup=green"))
    }

    @Test func nodeGroupDefaults() throws {
        let text =
            "name: x\ncluster:\n  nodeGroups:\n    - {name: a, desired: 2}\n"
            + "steps:\n  - advance: 1s\n"
        let scenario = try #require(
            ScenarioParser().parse(bytes: Array(text.utf8), file: "s.yaml").scenario)
        let group = try #require(scenario.cluster.nodeGroups.first)
        #expect((group.min, group.desired, group.max) == (1, 2, 2))
        #expect(scenario.cluster.nodes.isEmpty)
    }

    @Test func nodeGroupErrorsAreLocated() {
        let text = """
            name: x
            cluster:
              controlPlaneVersion: latest
              nodeGroups:
                - {name: a, min: 3, max: 2}
                - {name: b, desired: 5, max: 4}
                - {name: c, cpu: lots, version: "one"}
                - {name: d}
                - {name: d}
            steps:
              - nodeGroup: {scale: {name: a}}
              - nodeGroup: {}
              - nodeGroup: {delete: a, scale: {name: a, desired: 1}}
              - nodeGroup: {upgrade: {name: a, version: "v1"}}
              - controlPlane: {upgrade: "1.x"}
              - nodeGroup: {create: {name: e, desired: -1}}
            """
        #expect(
            Self.problems(text) == [
                "3:3: invalid Kubernetes version \"latest\" for \"cluster.controlPlaneVersion\"",
                "5:17: \"min\" (3) is greater than \"max\" (2)",
                "6:17: \"desired\" (5) is greater than \"max\" (4)",
                "7:17: invalid quantity \"lots\"",
                "7:28: invalid Kubernetes version \"one\" for \"cluster.nodeGroups[2].version\"",
                "9:8: duplicate node group \"d\"",
                "11:17: \"scale\" needs desired, min or max",
                "12:5: \"nodeGroup\" needs one of create, scale, delete, upgrade",
                "13:17: \"nodeGroup\" takes exactly one of create, scale, delete, upgrade",
                "14:36: invalid Kubernetes version \"v1\" for \"steps[3].nodeGroup.upgrade.version\"",
                "15:20: invalid Kubernetes version \"1.x\" for \"steps[4].controlPlane.upgrade\"",
                "16:35: \"desired\" must be at least 0",
            ])
        #expect(
            Self.problems(
                "name: x\ncluster:\n  nodeGroups: [{name: d, taints: [nope]}]\n"
                    + "steps:\n  - advance: 1s\n") == ["3:35: invalid taint \"nope\""])
        #expect(
            Self.problems("name: x\nsteps:\n  - nodeGroup: {creat: {name: e}}\n")
                == ["3:17: unknown field \"steps[0].nodeGroup.creat\""])
    }

    @Test func drainAndNodeConditionErrorsAreLocated() {
        let text = """
            name: x
            steps:
              - expect: {drain: n1, outcome: done}
              - expect: {nodes: {selector: "a=b=c"}, count: {equals: 1}}
              - expect: {nodes: {ready: true}}
              - expect: {nodes: {version: "new"}, count: {equals: 1}}
              - wait: {drain: n1, for: {object: pod/a}}
              - wait: {timeout: 1m}
              - kubectl: top deployments
              - kubectl: get ingress
              - kubectl: top nodes -l a=b
              - kubectl: drain n1 --grace-period=soon
            """
        #expect(
            Self.problems(text) == [
                "3:25: unsupported value \"done\" for \"steps[0].expect.outcome\"",
                "4:22: invalid selector \"a=b=c\"",
                "5:14: \"nodes\" needs \"count\"",
                "6:22: invalid Kubernetes version \"new\" for \"steps[3].expect.nodes.version\"",
                "7:12: a wait has either \"for\" or \"drain\", not both",
                "8:5: missing required field \"steps[5].wait.for\"",
                "9:5: unknown command \"top deployments\"",
                "10:5: get ingress is not supported",
                "11:5: unknown flag: --selector",
                "12:5: invalid argument \"soon\" for \"--grace-period\" flag",
            ])
        #expect(
            Self.problems("name: x\nsteps:\n  - expect: {object: pod/a, throughout: until lunch}\n")
                == [
                    "3:41: invalid value \"until lunch\" for \"steps[0].expect.throughout\": "
                        + "expected a duration such as \"30s\" or \"5m\", or \"until drain "
                        + "finished\", \"until drain NODE finished\", \"until load NAME finished\", "
                        + "\"until end\""
                ])
    }

    @Test func kubectlPart2Commands() {
        #expect(
            KubectlParserTests.parse("top pods -l app=order -n shop")
                == .top(.pods, selector: "app=order", namespace: "shop"))
        #expect(
            KubectlParserTests.parse("kubectl top nodes")
                == .top(.nodes, selector: nil, namespace: "default"))
        #expect(
            KubectlParserTests.parse("top pods --containers -l app=order")
                == .top(.containers, selector: "app=order", namespace: "default"))
        #expect(
            KubectlParserTests.parse("get hpa order")
                == .get(kind: "HorizontalPodAutoscaler", name: "order", namespace: "default"))
        #expect(
            KubectlParserTests.parse("get pdb/order")
                == .get(kind: "PodDisruptionBudget", name: "order", namespace: "default"))
        #expect(
            KubectlParserTests.parse("get nodes")
                == .get(kind: "Node", name: nil, namespace: "default"))
        #expect(KubectlParserTests.error("get") == "you must specify the type of resource to get")
        #expect(
            KubectlParserTests.error("get widgets")
                == "the server doesn't have a resource type \"widgets\"")
        var options = KubectlCommand.DrainOptions()
        options.disableEviction = true
        #expect(
            KubectlParserTests.parse("drain node/n1 --disable-eviction")
                == .drain("n1", options: options))
    }
}
