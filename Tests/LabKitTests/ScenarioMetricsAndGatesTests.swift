import ClusterSim
import Foundation
import LabDiagnostics
import LabKit
import Testing

/// `setMetric`, `setUsage` with `container:` and `cluster.featureGates` as a lab author writes
/// them: what they compile to, what they refuse, and what the cluster then does.
@Suite struct ScenarioMetricsAndGatesTests {
    static func run(_ text: String) throws -> ScenarioResult {
        let parse = ScenarioParser().parse(bytes: Array(text.utf8), file: "s.yaml")
        #expect(parse.diagnostics.isEmpty, "\(parse.diagnostics.map(\.description))")
        return ScenarioRunner().run(try #require(parse.scenario))
    }

    static func diagnostics(_ text: String) -> [String] {
        ScenarioParser().parse(bytes: Array(text.utf8), file: "s.yaml").diagnostics.map {
            $0.description
        }
    }

    static func hpaScenario(gates: String) -> String {
        """
        name: t
        cluster:
          controlPlaneVersion: "1.33"
        \(gates)
        steps:
          - apply:
              manifest: |
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  replicas: 2
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers: [{name: web, image: "nginx:1.27"}]
                ---
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: web}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
                  maxReplicas: 3
                  behavior:
                    scaleUp: {tolerance: 0.05}
                  metrics:
                    - type: Pods
                      pods:
                        metric: {name: qps}
                        target: {type: AverageValue, averageValue: "10"}
          - wait: {for: {rolloutComplete: deployment/web}, timeout: 1m}
          - setMetric: {pods: {of: deployment/web, name: qps, value: "10.8"}}
          - advance: 20s
        """
    }

    /// With the gate off (its default in 1.33) the API server drops the tolerance, the HPA
    /// keeps 10 %, and LabKit warns at the field.
    @Test func aToleranceWithoutItsGateIsDroppedWithAWarning() throws {
        let result = try Self.run(Self.hpaScenario(gates: ""))
        let warnings = result.diagnostics.map(\.description)
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("s.yaml:26:") == true)
        #expect(
            warnings.first?.contains(
                "\"spec.behavior.scaleUp.tolerance\" is dropped: the HPAConfigurableTolerance"
                    + " feature gate is off in this cluster (Kubernetes 1.33)") == true)
        #expect(!result.timeline.contains { $0.text.contains("SuccessfulRescale") })
    }

    @Test func aToleranceWithItsGateIsHonoured() throws {
        let result = try Self.run(
            Self.hpaScenario(gates: "  featureGates: {HPAConfigurableTolerance: true}"))
        #expect(result.diagnostics.isEmpty)
        #expect(result.timeline.contains { $0.text.contains("New size: 3") })
    }

    /// `dropStatefulSetDisabledFields`: a StatefulSet's maxUnavailable without its gate.
    ///
    /// With MaxUnavailableStatefulSet off (alpha since 1.24) the API server drops the field;
    /// LabKit says so at it. Turning the gate on is refused: the simulation does not roll
    /// several StatefulSet pods at once.
    @Test func aStatefulSetsMaxUnavailableIsDroppedWithAWarning() throws {
        let result = try Self.run(
            """
            name: t
            steps:
              - apply:
                  manifest: |
                    apiVersion: apps/v1
                    kind: StatefulSet
                    metadata: {name: web}
                    spec:
                      serviceName: web
                      selector: {matchLabels: {app: web}}
                      updateStrategy:
                        rollingUpdate: {maxUnavailable: 2}
                      template:
                        metadata: {labels: {app: web}}
                        spec:
                          containers: [{name: web, image: "nginx:1.27"}]
              - expect:
                  object: statefulset/web
                  field: spec.updateStrategy.rollingUpdate.maxUnavailable
                  exists: false
            """)
        let passed = result.expectations.allSatisfy(\.passed)
        #expect(passed)
        #expect(
            result.diagnostics.contains {
                $0.description.contains(
                    "\"spec.updateStrategy.rollingUpdate.maxUnavailable\" is dropped: the"
                        + " MaxUnavailableStatefulSet feature gate is off")
            })
        let refused = Self.diagnostics(
            """
            name: t
            cluster:
              featureGates: {MaxUnavailableStatefulSet: true}
            steps:
              - advance: 1s
            """)
        #expect(
            refused.first?.contains(
                "LabKit does not simulate what the MaxUnavailableStatefulSet feature gate turns on")
                == true)
    }

    /// PodLevelResources: absent before 1.32, so a 1.29 cluster drops `spec.resources` with a
    /// warning and schedules by the containers' requests; on from 1.34, the scheduler counts
    /// the pod-level request (PodRequests), and 3 cpus fit on no 2-cpu node.
    @Test(arguments: [("1.29", true), ("1.34", false)])
    func podLevelResourcesFollowTheirGate(version: String, dropped: Bool) throws {
        let result = try Self.run(
            """
            name: t
            cluster:
              controlPlaneVersion: "\(version)"
            steps:
              - apply:
                  manifest: |
                    apiVersion: v1
                    kind: Pod
                    metadata: {name: big}
                    spec:
                      resources:
                        requests: {cpu: "3"}
                      containers: [{name: web, image: "nginx:1.27", resources: {requests: {cpu: 100m}}}]
              - advance: 5s
              - expect:
                  object: pod/big
                  field: status.phase
                  equals: Pending
            """)
        let warned = result.diagnostics.contains {
            $0.description.contains(
                "\"spec.resources\" is dropped: the PodLevelResources feature gate is off")
        }
        #expect(warned == dropped)
        let pending = result.expectations.allSatisfy(\.passed)
        #expect(pending == !dropped)
    }

    @Test func anUnknownGateIsRefused() {
        let messages = Self.diagnostics(
            """
            name: t
            cluster:
              featureGates: {HPAConfigurableTolernce: true}
            steps:
              - advance: 1s
            """)
        #expect(messages.count == 1)
        #expect(
            messages.first?.contains("unknown feature gate \"HPAConfigurableTolernce\"") == true)
    }

    @Test(arguments: [
        ("{pods: {of: deployment/web, name: qps, value: ten}}", "invalid quantity \"ten\""),
        ("{object: ingress/main, value: 3}", "needs \"name\" and \"value\""),
        (
            "{pods: {selector: app=web, name: qps, value: 1}, external: {name: q, value: 1}}",
            "exactly one of \"pods\", \"object\" or \"external\""
        ),
        ("{object: gadget/main, name: qps, value: 1}", "doesn't have a resource type \"gadget\""),
        ("{pods: {name: qps, value: 1}}", "\"pods\" takes either \"selector\" or \"of\""),
    ])
    func badSetMetricIsRefusedWhereItIsWritten(step: String, message: String) {
        let messages = Self.diagnostics(
            """
            name: t
            steps:
              - setMetric: \(step)
            """)
        #expect(messages.count == 1)
        #expect(messages.first?.contains("s.yaml:3:") == true, "\(messages)")
        #expect(messages.first?.contains(message) == true, "\(messages)")
    }
}
