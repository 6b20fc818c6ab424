import KubeYAML
import LabDiagnostics
import Testing

/// Upstream validation and cross-object findings land on the line of the field concerned.
@Suite("Validation and cross-object findings in the source")
struct ValidationLocationTests {
    static let manifests = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: order
        spec:
          replicas: -1
          selector:
            matchLabels:
              app: order
          template:
            metadata:
              labels:
                app: orders
            spec:
              containers:
                - name: order
                  image: jinyoung/order:stable
                  readinessProbe:
                    httpGet:
                      path: /orders
                      port: 8080
                    tcpSocket:
                      port: 8080
        ---
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata:
          name: order
        spec:
          scaleTargetRef:
            apiVersion: apps/v1
            kind: Deployment
            name: order
          minReplicas: 5
          maxReplicas: 3
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata:
          name: order
        spec:
          minAvailable: 1
          maxUnavailable: 1
          selector:
            matchLabels:
              app: nothing

        """

    @Test func everyFindingIsLocated() {
        let set = lint(Self.manifests)
        #expect(
            set.found == [
                Found(
                    .error,
                    "invalid value \"-1\" for \"spec.replicas\": must be greater than or equal to 0",
                    6, 3),
                Found(
                    .error,
                    "invalid value \"app=orders\" for \"spec.template.metadata.labels\": `selector` does not match template `labels`",
                    12, 7),
                Found(
                    .error,
                    "forbidden field \"spec.template.spec.containers[0].readinessProbe.tcpSocket\": may not specify more than 1 handler type",
                    22, 13),
                Found(
                    .warning,
                    "HPA cannot compute cpu utilization: target \"deployment/order\" container \"order\" has no cpu request (missing request for cpu)",
                    30, 3),
                Found(
                    .error,
                    "invalid value \"3\" for \"spec.maxReplicas\": must be greater than or equal to `minReplicas`",
                    35, 3),
                Found(.error, "minAvailable and maxUnavailable cannot be both set", 41, 1),
                Found(
                    .warning,
                    "pod disruption budget \"order\" selects no pods: no pod template among the manifests matches its selector",
                    44, 3),
            ])
        #expect(set.objects.count == 3)
    }
}
