import ClusterSim
import Foundation
import KubeModel
import LabDiagnostics
import LabKit
import Testing

/// `kubectl describe` in scenarios: kubectl's layout (tab-aligned blocks, events folded with
/// their ages) from what the simulated cluster did.
@Suite struct KubectlDescribeTests {
    static func describe(_ steps: String) throws -> [String] {
        let result = try ScenarioPart2RunnerTests.run("name: t\nsteps:\n" + steps)
        // Cross-object lint warnings (a budget applied on its own) are not failures.
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.message))")
        return result.timeline.filter { $0.category == .scenario }.map(\.text)
    }

    static let missingImage = ScenarioPart2RunnerTests.deployment.replacingOccurrences(
        of: "image: nginx:1.25", with: "image: gcr.io/google-samples/kubernetes-bootcamp:v10")

    /// Seed 003: `kubectl describe pods` shows why v10 does not start.
    @Test func aPodThatCannotPullShowsWhyInItsStateAndEvents() throws {
        let lines = try Self.describe(
            Self.missingImage + """

                  - advance: 60s
                  - kubectl: describe pods
                """)
        #expect(lines.contains { $0.hasPrefix("  Name:             order-") })
        #expect(lines.contains("  Status:           Pending"))
        #expect(lines.contains("      Container ID:   "))
        #expect(lines.contains("      State:          Waiting"))
        #expect(lines.contains("        Reason:       ImagePullBackOff"))
        #expect(lines.contains("  QoS Class:                   BestEffort"))
        #expect(
            lines.contains(
                "                               node.kubernetes.io/unreachable:NoExecute op=Exists "
                    + "for 300s"))
        #expect(
            lines.contains {
                $0.hasPrefix("    Type     Reason     Age    ") && $0.hasSuffix("  Message")
            })
        #expect(
            lines.contains {
                $0.hasPrefix("    Normal   BackOff    ") && $0.contains(" (x")
                    && $0.hasSuffix(
                        "kubelet            Back-off pulling image "
                            + "\"gcr.io/google-samples/kubernetes-bootcamp:v10\"")
            }, "\(lines)")
        // Two pods: their descriptions are two blank lines apart.
        let names = lines.indices.filter { lines[$0].hasPrefix("  Name:") }
        #expect(names.count == 2)
        #expect(lines[names[1] - 1] == "" && lines[names[1] - 2] == "")
    }

    @Test func aRunningPodHasItsRuntimeIDsAndServiceAccountToken() throws {
        let lines = try Self.describe(
            ScenarioPart2RunnerTests.deployment + """

                  - advance: 30s
                  - kubectl: describe pods -l app=order
                """)
        #expect(lines.contains { $0.hasPrefix("      Container ID:   containerd://") })
        #expect(
            lines.contains { $0.hasPrefix("      Image ID:       docker.io/library/nginx@sha256:") }
        )
        #expect(lines.contains("      State:          Running"))
        #expect(lines.contains("    Ready                       True "))
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "        /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-")
            })
    }

    @Test func aDeploymentShowsItsReplicaSetsAndScalingEvents() throws {
        let lines = try Self.describe(
            ScenarioPart2RunnerTests.deployment + """

                  - advance: 30s
                  - kubectl: scale deployment/order --replicas=3
                  - advance: 30s
                  - kubectl: describe deployments/order
                """)
        #expect(lines.contains("  Name:                   order"))
        #expect(
            lines.contains(
                "  Replicas:               3 desired | 3 updated | 3 total | 3 available | 0 unavailable"
            ))
        #expect(lines.contains("  RollingUpdateStrategy:  25% max unavailable, 25% max surge"))
        #expect(lines.contains("    Labels:  app=order"))
        #expect(lines.contains("      Image:         nginx:1.25"))
        #expect(lines.contains("  OldReplicaSets:  <none>"))
        #expect(
            lines.contains {
                $0.hasPrefix("  NewReplicaSet:   order-") && $0.hasSuffix(" (3/3 replicas created)")
            })
        #expect(lines.contains { $0.contains("ScalingReplicaSet") && $0.contains(" to 3 from 2") })
    }

    @Test func aServiceListsItsReadyEndpoints() throws {
        let lines = try Self.describe(
            ScenarioPart2RunnerTests.deployment + """

                  - kubectl: expose deployment/order --port=80 --type=NodePort
                  - advance: 30s
                  - kubectl: describe svc order
                """)
        #expect(lines.contains("  Type:                     NodePort"))
        #expect(lines.contains("  IP Family Policy:         SingleStack"))
        #expect(lines.contains("  Port:                     <unset>  80/TCP"))
        #expect(lines.contains { $0.hasPrefix("  NodePort:                 <unset>  3") })
        let endpoints = try #require(lines.first { $0.hasPrefix("  Endpoints:") })
        #expect(endpoints.split(separator: ",").count == 2, "two ready pods: \(endpoints)")
        #expect(lines.contains("  Events:                   <none>"))
    }

    @Test func anHPAShowsItsMetricAgainstTheTarget() throws {
        let lines = try Self.describe(
            ScenarioPart2RunnerTests.deployment + """

                  - kubectl: autoscale deployment order --cpu-percent=50 --min=1 --max=3
                  - kubectl: describe hpa order
                """)
        #expect(
            lines.contains(
                "  Metrics:                                               ( current / target )"))
        #expect(
            lines.contains(
                "    resource cpu on pods  (as a percentage of request):  <unknown> / 50%"))
        #expect(
            lines.contains(
                "  Deployment pods:                                       0 current / 0 desired"))
    }

    /// A name matching nothing exactly describes the objects it prefixes, as kubectl does; a
    /// name matching nothing at all fails the step with kubectl's words.
    @Test func namesMatchByPrefixThenFail() throws {
        let lines = try Self.describe(
            ScenarioPart2RunnerTests.deployment + """

                  - advance: 5s
                  - kubectl: describe pods ord
                """)
        #expect(lines.filter { $0.hasPrefix("  Name:") }.count == 2)
        let both = try ScenarioPart2RunnerTests.run(
            "name: t\nsteps:\n" + ScenarioPart2RunnerTests.deployment
                + "\n  - advance: 5s\n  - kubectl: describe pods nope ord")
        // The found ones are described, then the step fails for the missing one, as kubectl.
        #expect(both.timeline.filter { $0.text.hasPrefix("  Name:") }.count == 2)
        #expect(
            both.diagnostics.map(\.message) == [
                "Error from server (NotFound): pods \"nope\" not found"
            ])
        let result = try ScenarioPart2RunnerTests.run(
            "name: t\nsteps:\n  - kubectl: describe pod web\n  - kubectl: describe deploy")
        #expect(
            result.diagnostics.map(\.message) == [
                "Error from server (NotFound): pods \"web\" not found"
            ])
        #expect(
            result.timeline.map(\.text).contains("  No resources found in default namespace."))
    }

    @Test func aBudgetShowsItsAllowedDisruptionsAndAReplicaSetItsPods() throws {
        let lines = try Self.describe(
            ScenarioPart2RunnerTests.deployment + """

                  - apply:
                      manifest: |
                        apiVersion: policy/v1
                        kind: PodDisruptionBudget
                        metadata: {name: order}
                        spec:
                          minAvailable: 2
                          selector: {matchLabels: {app: order}}
                  - advance: 30s
                  - kubectl: describe pdb order
                  - kubectl: describe rs
                """)
        #expect(lines.contains("  Min available:  2"))
        #expect(lines.contains("      Allowed disruptions:  0"))
        #expect(lines.contains("      Current:              2"))
        #expect(lines.contains { $0.hasPrefix("  Controlled By:  Deployment/order") })
        #expect(lines.contains("  Pods Status:    2 Running / 0 Waiting / 0 Succeeded / 0 Failed"))
    }

    @Test func aStatefulSetShowsItsClaimsAndAClaimWhoUsesIt() throws {
        let lines = try Self.describe(
            """
              - apply:
                  manifest: |
                    apiVersion: apps/v1
                    kind: StatefulSet
                    metadata: {name: db}
                    spec:
                      replicas: 1
                      serviceName: db
                      selector: {matchLabels: {app: db}}
                      template:
                        metadata: {labels: {app: db}}
                        spec:
                          containers:
                            - name: db
                              image: nginx:1.25
                              volumeMounts: [{name: data, mountPath: /data}]
                      volumeClaimTemplates:
                        - metadata: {name: data}
                          spec:
                            accessModes: [ReadWriteOnce]
                            resources: {requests: {storage: 1Gi}}
              - advance: 30s
              - kubectl: describe sts db
              - kubectl: describe pvc data-db-0
            """)
        #expect(lines.contains("  Replicas:           1 desired | 1 total"))
        #expect(lines.contains("    Access Modes:  [ReadWriteOnce]"))
        #expect(lines.contains("  Used By:       db-0"))
        #expect(lines.contains("  Finalizers:    [kubernetes.io/pvc-protection]"))
        #expect(lines.contains("  Status:        Bound"))
    }
}
