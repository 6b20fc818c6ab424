import ClusterSim
import Foundation
import KubeModel
import LabDiagnostics
import LabKit
import Testing

/// The rules that make a verdict trustworthy, one scenario each: settled states, watches that
/// share an interval or last to the end, empty intervals, objects found by meaning, list
/// entries by content, DNS answers compared with the pod, pods being deleted.
@Suite struct VerdictRulesTests {
    static let deployment = ScenarioPart2RunnerTests.deployment

    static func run(_ steps: String, cluster: String = "") throws -> ScenarioResult {
        try ScenarioPart2RunnerTests.run("name: t\n\(cluster)steps:\n" + deployment + steps)
    }

    static func problems(_ text: String) -> [String] {
        ScenarioParser().parse(bytes: Array(text.utf8), file: "s.yaml").diagnostics.map {
            "\($0.location.map { "\($0.line):\($0.column)" } ?? ""): \($0.message)"
        }
    }

    /// Six replicas flip Ready at one instant: a count of 3 is never a settled state, so
    /// "exactly 3 Ready" must not pass half-way through that instant (class 2).
    @Test func countsAreJudgedOnSettledStates() throws {
        let result = try Self.run(
            """

              - kubectl: scale deployment/order --replicas=6
              - expect:
                  pods: {of: deployment/order, ready: true}
                  count: {equals: 3}
                  within: 1m
              - expect:
                  pods: {of: deployment/order, ready: true}
                  count: {equals: 6}
            """)
        #expect(result.expectations.map(\.passed) == [false, true])
        #expect(result.expectations[0].observed.hasPrefix("6 pods"))
    }

    /// Checks listed in one step watch the same interval; a check `until end` watches while
    /// the rest of the scenario runs and breaks on what happens later (class 3, class 12).
    @Test func checksShareAnIntervalAndWatchToTheEnd() throws {
        let result = try Self.run(
            """

              - advance: 20s
              - expect:
                  id: never-below-two
                  pods: {of: deployment/order, ready: true}
                  count: {atLeast: 2}
                  throughout: until end
              - load: {name: siege, concurrency: 1, time: 20s, url: "http://order:8080/"}
              - advance: 30s
              - kubectl: scale deployment/order --replicas=1
              - advance: 10s
            """)
        let verdict = try #require(result.expectations.first { $0.id == "never-below-two" })
        #expect(!verdict.passed)
        #expect(verdict.time == .seconds(50))
    }

    /// A `throughout` up to a milestone already reached watches nothing and fails, saying so;
    /// `throughout: 0s` is refused before anything runs (class 12).
    @Test func anEmptyIntervalFails() throws {
        let result = try Self.run(
            """

              - load: {name: siege, concurrency: 1, time: 10s, url: "http://order:8080/"}
              - advance: 30s
              - expect:
                  load: siege
                  failed: {equals: 0}
                  throughout: until load siege finished
            """)
        let verdict = try #require(result.expectations.first)
        #expect(!verdict.passed)
        #expect(
            verdict.observed
                == "the interval is empty: load siege had ended at 10s, before this check "
                + "started at 30s; watch it from a step before it ends")
        let last = try Self.run(
            """

              - expect:
                  pods: {of: deployment/order}
                  count: {atLeast: 1}
                  throughout: until end
            """)
        #expect(
            last.expectations.first?.observed
                == "the interval is empty: the run ended at 0s, when this check started; watch "
                + "from a step before what must not happen")
        #expect(
            Self.problems(
                "name: t\nsteps:\n  - expect: {object: pod/a, field: status.phase, equals: Running, "
                    + "throughout: 0s}\n")
                == ["3:67: \"throughout: 0s\" watches nothing"])
    }

    /// A load named by a check before any step starts it is an error of the scenario, at the
    /// step (class 14).
    @Test func aLoadUsedBeforeItStartsIsRefused() {
        #expect(
            Self.problems(
                """
                name: t
                steps:
                  - expect: {load: siege, failed: {equals: 0}}
                  - load: {name: siege, concurrency: 1, time: 10s, url: "http://order:8080/"}
                  - stopLoad: other
                """)
                == [
                    "3:5: load \"siege\" is used before any step starts it",
                    "5:5: load \"other\" is used before any step starts it",
                ])
    }

    /// Pods found through the workload's own selector, whatever the labels; pods being
    /// deleted are neither ready nor Running unless asked for (class 6, class 13).
    @Test func podsOfAWorkloadAndPodsBeingDeleted() throws {
        let relabelled = Self.deployment.replacingOccurrences(
            of: "{app: order}", with: "{app.kubernetes.io/name: order}")
        let result = try ScenarioPart2RunnerTests.run(
            "name: t\nsteps:\n" + relabelled + """

                  - advance: 30s
                  - expect:
                      pods: {of: deployment/order, ready: true}
                      count: {equals: 2}
                  - kubectl: scale deployment/order --replicas=1
                  - expect:
                      pods: {of: deployment/order, ready: true}
                      count: {equals: 1}
                  - expect:
                      pods: {of: deployment/order, terminating: true}
                      count: {equals: 1}
                  - expect:
                      pods: {of: deployment/order}
                      count: {equals: 2}
                """)
        #expect(result.expectations.map(\.passed) == [true, true, true, true])
    }

    /// The autoscaler and the budget of a workload, found by what they point at or select;
    /// a list entry picked by what it holds; every entry compared with `[*]` (class 7).
    @Test func objectsAndFieldsAreFoundByMeaning() throws {
        let result = try Self.run(
            """

              - apply:
                  manifest: |
                    apiVersion: autoscaling/v2
                    kind: HorizontalPodAutoscaler
                    metadata: {name: order-autoscaler}
                    spec:
                      scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: order}
                      maxReplicas: 3
                      metrics:
                        - type: Resource
                          resource: {name: memory, target: {type: AverageValue, averageValue: 1Gi}}
                        - type: Resource
                          resource: {name: cpu, target: {type: Utilization, averageUtilization: 50}}
                    ---
                    apiVersion: policy/v1
                    kind: PodDisruptionBudget
                    metadata: {name: order-budget}
                    spec:
                      maxUnavailable: 1
                      selector: {matchLabels: {app: order}}
              - advance: 30s
              - expect:
                  object: hpa of deployment/order
                  field: "spec.metrics[resource.name=cpu].resource.target.averageUtilization"
                  equals: 50
              - expect: {object: pdb of deployment/order, field: status.expectedPods, equals: 2}
              - expect:
                  object: pods of deployment/order
                  field: "spec.containers[*].image"
                  equals: "nginx:1.25"
              - expect:
                  object: deployment/order
                  field: "spec.template.spec.containers[name=order].image"
                  exists: true
              - expect: {object: hpa of deployment/other, exists: false}
            """)
        #expect(result.expectations.map(\.passed) == [true, true, true, true, true])
    }

    /// A DNS name that resolves to something other than the pod is not the pod's name: an
    /// ExternalName Service in a namespace named like the headless Service (class 5).
    @Test func aLookalikeDNSAnswerIsNotThePod() throws {
        let result = try ScenarioPart2RunnerTests.run(
            """
            name: t
            steps:
              - apply:
                  manifest: |
                    apiVersion: v1
                    kind: Namespace
                    metadata: {name: nginx}
                    ---
                    apiVersion: v1
                    kind: Service
                    metadata: {name: web-0, namespace: nginx}
                    spec: {type: ExternalName, externalName: web-0.example.com}
                    ---
                    apiVersion: apps/v1
                    kind: StatefulSet
                    metadata: {name: web}
                    spec:
                      serviceName: nginx
                      replicas: 1
                      selector: {matchLabels: {app: web}}
                      template:
                        metadata: {labels: {app: web}}
                        spec: {containers: [{name: web, image: "nginx:1.25"}]}
              - advance: 30s
              - expect: {resolves: web-0.nginx}
              - expect: {resolves: web-0.nginx, to: pod/web-0}
            """)
        #expect(result.expectations.map(\.passed) == [true, false])
        #expect(
            result.expectations[1].observed.hasPrefix(
                "web-0.nginx → service/web-0 in namespace nginx; pod/web-0's address is 10.244."))
    }
}
