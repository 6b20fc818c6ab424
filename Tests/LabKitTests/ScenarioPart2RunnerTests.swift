import ClusterSim
import Foundation
import KubeModel
import LabDiagnostics
import LabKit
import Testing

/// The part-2 steps at run time: tables in the timeline, drains, node groups, and the errors
/// they report at the step's line and column.
@Suite struct ScenarioPart2RunnerTests {
    static let deployment = ScenarioRunnerTests.deployment.replacingOccurrences(
        of: "image: order:stable", with: "image: nginx:1.25")

    /// Runs scenario text as if it were a file in `Labs/scenarios` (so the image catalogue is
    /// `Labs/images.yaml`).
    static func run(_ text: String) throws -> ScenarioResult {
        let file = ExampleScenarioTests.directory + "/inline.yaml"
        let parse = ScenarioParser().parse(bytes: Array(text.utf8), file: file)
        #expect(parse.diagnostics.isEmpty)
        return ScenarioRunner().run(try #require(parse.scenario))
    }

    @Test func getAndTopTablesGoToTheTimeline() throws {
        let result = try Self.run(
            "name: t\nsteps:\n" + Self.deployment + """

                  - kubectl: autoscale deployment order --cpu-percent=50 --min=1 --max=3
                  - kubectl: get hpa
                  - kubectl: get nodes
                  - advance: 1m
                  - kubectl: top nodes
                """)
        let texts = result.timeline.filter { $0.category == .scenario }.map(\.text)
        #expect(texts.contains("  horizontalpodautoscaler.autoscaling/order autoscaled"))
        #expect(
            texts.contains(
                "  NAME    REFERENCE          TARGETS         MINPODS   MAXPODS   REPLICAS   AGE"))
        #expect(texts.contains { $0.hasPrefix("  order   Deployment/order   <unknown>/50%") })
        #expect(texts.contains { $0.hasPrefix("  node-1   Ready    <none>") })
        #expect(texts.contains { $0.hasPrefix("  NAME     CPU(cores)   CPU%") })
        #expect(result.passed)
    }

    /// The API server prints `kubectl get hpa`: from 1.30 on TARGETS names the resource.
    @Test func aNewerAPIServerNamesTheResourceInTargets() throws {
        let result = try Self.run(
            "name: t\ncluster: {controlPlaneVersion: \"1.30\"}\nsteps:\n" + Self.deployment + """

                  - kubectl: autoscale deployment order --cpu-percent=50 --min=1 --max=3
                  - kubectl: get hpa
                """)
        let texts = result.timeline.filter { $0.category == .scenario }.map(\.text)
        #expect(texts.contains { $0.hasPrefix("  order   Deployment/order   cpu: <unknown>/50%") })
    }

    /// `kubectl exec -it siege -- siege ...` starts the load from the course's siege pod,
    /// which must exist and run.
    @Test func execSiegeStartsTheLoadFromItsPod() throws {
        let result = try Self.run(
            """
            name: t
            steps:
              - kubectl: exec -it siege -- siege -c1 -t2S http://order:8080/
              - apply:
                  manifest: |
                    apiVersion: v1
                    kind: Pod
                    metadata: {name: siege}
                    spec: {containers: [{name: siege, image: "apexacme/siege-nginx"}]}
              - advance: 30s
              - kubectl: exec -it siege -- siege -c2 -t10S http://order:8080/
              - advance: 15s
              - expect: {load: siege, transactions: {atLeast: 1}}
            """)
        #expect(
            result.diagnostics.map(\.message) == [
                "Error from server (NotFound): pods \"siege\" not found"
            ])
        #expect(result.loadReports.map(\.name) == ["siege"])
        #expect(result.expectations.first?.passed == false, "no service order: every request fails")
    }

    /// `kubectl get events`: identical events folded, LAST SEEN `26s (x3 over 58s)`.
    @Test func getEventsFoldsRepeatedEvents() throws {
        let missing = Self.deployment.replacingOccurrences(
            of: "image: nginx:1.25", with: "image: gcr.io/google-samples/kubernetes-bootcamp:v10")
        let result = try Self.run(
            "name: t\nsteps:\n" + missing + """

                  - advance: 60s
                  - kubectl: get events
                """)
        let lines = result.timeline.filter { $0.category == .scenario }.map(\.text)
        #expect(lines.contains { $0.hasPrefix("  LAST SEEN ") && $0.hasSuffix(" MESSAGE") })
        #expect(
            lines.contains {
                $0.contains(" over ") && $0.contains("Warning") && $0.contains("ImagePullBackOff")
            }, "\(lines)")
    }

    /// Nodes are cluster-scoped: their age comes from when they joined, not 0s.
    @Test func nodesShowTheirAge() throws {
        let result = try Self.run(
            """
            name: t
            steps:
              - advance: 3m
              - kubectl: get nodes
            """)
        let texts = result.timeline.filter { $0.category == .scenario }.map(\.text)
        #expect(texts.contains { $0.hasPrefix("  node-1   Ready    <none>   3m ") })
    }

    /// `kubectl get -w` prints a deleted pod's last line with its age, not 0s.
    @Test func aDeletedPodShowsItsAge() throws {
        let result = try Self.run(
            """
            name: t
            steps:
              - apply:
                  manifest: |
                    apiVersion: v1
                    kind: Pod
                    metadata: {name: web}
                    spec:
                      terminationGracePeriodSeconds: 0
                      containers: [{name: web, image: nginx}]
              - advance: 90s
              - kubectl: delete pod web
              - advance: 5s
            """)
        let deleted = result.timeline.map(\.text).filter { $0.hasSuffix("(deleted)") }
        #expect(deleted.count == 1)
        #expect(deleted.first?.contains(" 90s ") == true, "\(deleted)")
    }

    @Test func runtimeErrorsAreLocatedAtTheStep() throws {
        let result = try Self.run(
            """
            name: t
            steps:
              - kubectl: cordon nowhere
              - kubectl: drain nowhere
              - nodeGroup: {scale: {name: ghost, desired: 2}}
              - controlPlane: {upgrade: "1.31"}
              - failNode: nowhere
              - kubectl: get hpa missing
              - expect: {drain: node-1}
            """)
        #expect(
            result.diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0)" }
                == ["3:5", "4:5", "5:5", "6:5", "7:5", "8:5"])
        #expect(
            result.diagnostics.first?.message
                == "Error from server (NotFound): nodes \"nowhere\" not found")
        #expect(
            result.diagnostics.last?.message
                == "Error from server (NotFound): horizontalpodautoscalers.autoscaling "
                + "\"missing\" not found")
        #expect(result.expectations.first?.observed == "no drain of node/node-1 was started")
    }

    @Test func drainWaitAndMilestone() throws {
        let result = try Self.run(
            "name: t\nsteps:\n" + Self.deployment + """

                  - wait: {for: {rolloutComplete: deployment/order}, timeout: 2m}
                  - kubectl: drain node-1 --ignore-daemonsets
                  - expect:
                      pods: {selector: app=order}
                      count: {atLeast: 1}
                      throughout: until drain node-1 finished
                  - wait: {drain: node-1, timeout: 5m}
                  - expect: {drain: node-1, outcome: succeeded}
                  - expect: {nodes: {schedulable: false}, count: {equals: 1}}
                  - kubectl: uncordon node-1
                  - expect: {nodes: {ready: true, version: "1.29"}, count: {equals: 3}}
                  - expect:
                      pods: {selector: app=order}
                      count: {atLeast: 1}
                      throughout: until drain node-9 finished
                """)
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.expectations.map(\.passed) == [true, true, true, true, false])
        #expect(result.expectations[0].observed.hasPrefix("held from "))
        #expect(
            result.expectations[4].observed
                == "nothing to wait for: until drain node-9 finished names no running work")
    }

    @Test func nodeGroupsBootAndScale() throws {
        let result = try Self.run(
            """
            name: t
            cluster:
              nodeGroups:
                - {name: blue, desired: 2, max: 4, version: "1.29"}
            steps:
              - expect:
                  nodes: {selector: eks.amazonaws.com/nodegroup=blue, ready: true}
                  count: {equals: 2}
              - nodeGroup: {scale: {name: blue, desired: 3}}
              - expect:
                  nodes: {selector: eks.amazonaws.com/nodegroup=blue, ready: true}
                  count: {equals: 3}
                  within: 5m
              - nodeGroup: {create: {name: green, desired: 1, version: "1.29"}}
              - nodeGroup: {delete: blue}
              - expect:
                  nodes: {selector: eks.amazonaws.com/nodegroup=blue}
                  count: {equals: 0}
                  within: 10m
            """)
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.expectations.map(\.passed) == [true, true, true])
    }
}
