import ClusterSim
import Foundation
import KubeModel
import LabDiagnostics
import LabKit
import Testing

@Suite struct ScenarioRunnerTests {
    static func run(_ text: String) throws -> ScenarioResult {
        let parse = ScenarioParser().parse(bytes: Array(text.utf8), file: "/tmp/inline.yaml")
        #expect(parse.diagnostics.isEmpty)
        return ScenarioRunner().run(try #require(parse.scenario))
    }

    static let deployment = """
          - apply:
              manifest: |
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: order
                spec:
                  replicas: 2
                  selector:
                    matchLabels: {app: order}
                  template:
                    metadata:
                      labels: {app: order}
                    spec:
                      containers:
                        - name: order
                          image: order:stable
        """

    @Test func objectFieldExpectations() throws {
        let result = try Self.run(
            "name: t\nsteps:\n" + Self.deployment + """

                  - kubectl: scale deployment/order --replicas=4
                  - expect: {object: deployment/order, field: spec.replicas, equals: 4}
                  - expect: {object: deployment/order, field: spec.replicas, atLeast: 5}
                  - expect:
                      object: deployment/order
                      field: spec.template.spec.containers[0].image
                      matches: "stable$"
                  - expect: {object: service/order, exists: false}
                  - expect: {object: deployment/order, field: status.availableReplicas, equals: 0}
                """)
        #expect(result.expectations.map(\.passed) == [true, false, true, true, true])
        #expect(result.expectations[1].observed == "spec.replicas = 4")
        #expect(result.expectations[1].expected == "deployment/order spec.replicas ≥ 5")
        #expect(result.expectations[1].evidence.last?.contains("deployment.apps/order") == true)
        #expect(!result.passed)
    }

    /// Quantities compare by value (`200m` ≤ `500m`, `64Mi` < `1Gi`), shown as written.
    @Test func quantityBoundsCompareByValue() throws {
        let requests = Self.deployment.replacingOccurrences(
            of: "image: order:stable",
            with:
                "image: order:stable\n                  resources: {requests: {cpu: 200m, memory: 64Mi}}"
        )
        let cpu = "spec.template.spec.containers[0].resources.requests.cpu"
        let memory = "spec.template.spec.containers[0].resources.requests.memory"
        let result = try Self.run(
            "name: t\nsteps:\n" + requests + """

                  - expect: {object: deployment/order, field: \"\(cpu)\", atMost: 500m}
                  - expect: {object: deployment/order, field: \"\(cpu)\", atLeast: 0.1}
                  - expect: {object: deployment/order, field: \"\(memory)\", atLeast: 1Gi}
                """)
        #expect(result.expectations.map(\.passed) == [true, true, false])
        #expect(result.expectations[0].expected == "deployment/order \(cpu) ≤ 500m")
        #expect(result.expectations[2].expected == "deployment/order \(memory) ≥ 1Gi")
    }

    /// `get pods` has kubectl's five columns; `-o wide` adds IP, NODE, NOMINATED NODE and
    /// READINESS GATES; Deployments and ReplicaSets have their own tables.
    @Test func getTables() throws {
        let result = try Self.run(
            "name: t\nsteps:\n" + Self.deployment + """

                  - advance: 30s
                  - kubectl: get pods
                  - kubectl: get pods -o wide
                  - kubectl: get deployments
                  - kubectl: get rs
                """)
        let lines = result.timeline.filter { $0.category == .scenario }.map(\.text)
            .filter { $0.hasPrefix("  ") }
        let headers = lines.filter { $0.hasPrefix("  NAME") }.map {
            $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }
        #expect(
            headers == [
                "NAME READY STATUS RESTARTS AGE",
                "NAME READY STATUS RESTARTS AGE IP NODE NOMINATED NODE READINESS GATES",
                "NAME READY UP-TO-DATE AVAILABLE AGE", "NAME DESIRED CURRENT READY AGE",
            ])
        #expect(lines.contains { $0.hasPrefix("  order ") && $0.contains("/2 ") })
        #expect(lines.contains { $0.contains(" 10.244.") && $0.contains(" node-") })
    }

    /// Services, endpoints, StatefulSets, claims, volumes and namespaces print the columns of
    /// the API server's table printers; the `kubernetes` Service is there from the start.
    @Test func getTablesOfMoreKinds() throws {
        let result = try ScenarioPart2RunnerTests.run(
            """
            name: t
            steps:
              - apply:
                  manifest: |
                    apiVersion: apps/v1
                    kind: StatefulSet
                    metadata: {name: db}
                    spec:
                      serviceName: db
                      replicas: 1
                      selector: {matchLabels: {app: db}}
                      template:
                        metadata: {labels: {app: db}}
                        spec: {containers: [{name: db, image: "nginx:1.25"}]}
                      volumeClaimTemplates:
                        - metadata: {name: data}
                          spec:
                            accessModes: [ReadWriteOnce]
                            resources: {requests: {storage: 1Gi}}
                    ---
                    apiVersion: v1
                    kind: Service
                    metadata: {name: db}
                    spec: {clusterIP: None, selector: {app: db}, ports: [{port: 8080}]}
                    ---
                    apiVersion: v1
                    kind: Service
                    metadata: {name: web}
                    spec: {type: NodePort, selector: {app: db}, ports: [{port: 80, targetPort: 8080}]}
              - advance: 30s
              - kubectl: get svc -o wide
              - kubectl: get endpoints web
              - kubectl: get sts
              - kubectl: get pvc
              - kubectl: get pv
              - kubectl: get ns
            """)
        let lines = result.timeline.filter { $0.category == .scenario }.map(\.text)
            .filter { $0.hasPrefix("  ") }.map {
                $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            }
        #expect(
            lines.filter { $0.hasPrefix("NAME") } == [
                "NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE SELECTOR", "NAME ENDPOINTS AGE",
                "NAME READY AGE",
                "NAME STATUS VOLUME CAPACITY ACCESS MODES STORAGECLASS VOLUMEATTRIBUTESCLASS AGE",
                "NAME CAPACITY ACCESS MODES RECLAIM POLICY STATUS CLAIM STORAGECLASS "
                    + "VOLUMEATTRIBUTESCLASS REASON AGE",
                "NAME STATUS AGE",
            ], "\(lines)")
        #expect(lines.contains("kubernetes ClusterIP 10.96.0.1 <none> 443/TCP 30s <none>"))
        #expect(lines.contains("db ClusterIP None <none> 8080/TCP 30s app=db"))
        #expect(lines.contains { $0.hasPrefix("web NodePort 10.") && $0.contains(" 80:3") })
        #expect(lines.contains { $0.hasPrefix("web 10.244.") && $0.contains(":8080 30s") })
        #expect(lines.contains("db 1/1 30s"))
        #expect(lines.contains { $0.hasPrefix("data-db-0 Bound pvc-") && $0.contains(" 1Gi RWO ") })
        #expect(lines.contains { $0.contains(" 1Gi RWO Delete Bound default/data-db-0 ") })
        #expect(lines.contains("kube-system Active 30s"))
    }

    /// `kubectl delete` waits until the object is gone, unless `--wait=false`; a deletion
    /// that cannot finish (a claim a pod still uses) fails the step after 10 minutes.
    @Test func deleteWaitsUntilTheObjectIsGone() throws {
        let pod = { (name: String) in
            """
              - apply:
                  manifest: |
                    apiVersion: v1
                    kind: Pod
                    metadata: {name: \(name)}
                    spec: {containers: [{name: app, image: "nginx:1.25"}]}
            """
        }
        let result = try ScenarioPart2RunnerTests.run(
            "name: t\nsteps:\n" + pod("waited") + "\n" + pod("left") + """

                  - advance: 30s
                  - kubectl: delete pod waited
                  - kubectl: delete pod left --wait=false
                  - kubectl: get pods
                """)
        let steps = result.timeline.filter { $0.category == .scenario }
        let deleted = try #require(steps.first { $0.text == "  pod \"waited\" deleted" })
        let next = try #require(steps.first { $0.text.hasPrefix("— step 5") })
        #expect(next.time > deleted.time, "the pod's deletion is waited for")
        let table = steps.filter { $0.text.hasPrefix("  ") }.map(\.text)
        #expect(!table.contains { $0.hasPrefix("  waited ") })
        #expect(table.contains { $0.hasPrefix("  left ") && $0.contains("Terminating") })
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")

        let stuck = try ScenarioPart2RunnerTests.run(
            """
            name: t
            steps:
              - apply:
                  manifest: |
                    apiVersion: v1
                    kind: PersistentVolumeClaim
                    metadata: {name: data}
                    spec:
                      accessModes: [ReadWriteOnce]
                      resources: {requests: {storage: 1Gi}}
                    ---
                    apiVersion: v1
                    kind: Pod
                    metadata: {name: user}
                    spec:
                      containers: [{name: app, image: "nginx:1.25"}]
                      volumes: [{name: data, persistentVolumeClaim: {claimName: data}}]
              - advance: 30s
              - kubectl: delete pvc data
            """)
        #expect(
            stuck.diagnostics.map(\.message) == [
                "timed out waiting for the condition on persistentvolumeclaims/data"
            ])
        #expect(stuck.duration == .seconds(630))
    }

    /// A broken `throughout` is judged at its first violation, with the evidence of that
    /// moment, including the pods that were counted and are going; time still runs to the end.
    @Test func aBrokenThroughoutIsJudgedAtTheViolation() throws {
        let result = try ScenarioPart2RunnerTests.run(
            "name: t\nsteps:\n" + ScenarioPart2RunnerTests.deployment + """

                  - advance: 30s
                  - delete: deployment/order
                  - expect:
                      pods: {selector: app=order, ready: true}
                      count: {atLeast: 2}
                      throughout: 2m
                """)
        let verdict = try #require(result.expectations.first)
        #expect(!verdict.passed)
        #expect(verdict.time < .seconds(35), "\(verdict.time)")
        #expect(
            result.timeline.contains {
                $0.text.hasPrefix("  ✗ ") && $0.text.hasSuffix(" (at \(verdict.time))")
            })
        // Pods being deleted are not ready in a student's sense (kubectl: Terminating): the
        // count breaks the moment the deletion starts, and the evidence shows them.
        #expect(verdict.time == .seconds(30))
        #expect(verdict.observed == "0 pods")
        #expect(
            verdict.evidence.filter { $0.contains("Terminating") }.count == 2,
            "\(verdict.evidence)")
        #expect(result.duration == .seconds(150))
    }

    /// The evidence of a pod count is about every pod of the selector: the ones not counted
    /// are why the count is wrong.
    @Test func podCountEvidenceShowsThePodsNotCounted() throws {
        let missing = Self.deployment.replacingOccurrences(
            of: "image: order:stable", with: "image: order:v10")
        let result = try ScenarioPart2RunnerTests.run(
            "name: t\nsteps:\n" + missing + """

                  - expect: {pods: {selector: app=order, ready: true}, count: {equals: 2}, within: 30s}
                """)
        let evidence = try #require(result.expectations.first?.evidence)
        #expect(evidence.contains { $0.contains("ImagePullBackOff") }, "\(evidence)")
    }

    /// `kubectl get all`: a table per kind with objects, names as `kind/name`, a blank line
    /// between; `kubectl delete -f` deletes what a file describes.
    @Test func getAllAndDeleteFromAFile() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("labkit-delete-f-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = ScenarioPart2RunnerTests.deployment.split(separator: "\n")
            .drop { !$0.contains("apiVersion") }
            .map { String($0.dropFirst(8)) }.joined(separator: "\n")
        try Data(manifest.utf8).write(to: folder.appendingPathComponent("order.yaml"))
        let parse = ScenarioParser().parse(
            bytes: Array(
                """
                name: t
                steps:
                  - apply: order.yaml
                  - advance: 30s
                  - kubectl: get all
                  - kubectl: delete -f order.yaml
                  - advance: 30s
                  - kubectl: get deployments
                """.utf8),
            file: folder.appendingPathComponent("s.yaml").path)
        let result = ScenarioRunner().run(try #require(parse.scenario))
        let lines = result.timeline.filter { $0.category == .scenario }.map(\.text)
        #expect(lines.contains { $0.hasPrefix("  pod/order-") })
        #expect(lines.contains { $0.hasPrefix("  service/kubernetes ") })
        #expect(lines.contains { $0.hasPrefix("  deployment.apps/order ") })
        #expect(lines.contains(""))
        #expect(lines.contains("  deployment.apps \"order\" deleted"))
        #expect(lines.last == "  No resources found in default namespace.", "\(lines)")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    /// A Deployment whose pods cannot be scheduled says why only through its pods' events:
    /// they are the evidence of its failed expectation.
    @Test func evidenceIncludesTheWarningsOfPodsThatAreNotReady() throws {
        let huge = Self.deployment.replacingOccurrences(
            of: "image: order:stable",
            with: "image: order:stable\n                  resources: {requests: {cpu: 200}}")
        let result = try Self.run(
            "name: t\nsteps:\n" + huge + """

                  - expect: {object: deployment/order, field: status.readyReplicas, equals: 2, within: 30s}
                """)
        let evidence = try #require(result.expectations.first?.evidence)
        #expect(result.expectations.first?.passed == false)
        #expect(
            evidence.contains { $0.contains("Warning  FailedScheduling  pod/order-") },
            "\(evidence)")
    }

    @Test func stepLinesAndCommandOutputAreInTheTimeline() throws {
        let result = try Self.run(
            "name: t\nsteps:\n" + Self.deployment + """

                  - kubectl: expose deploy order --port=8080
                  - advance: 2s
                  - kubectl: set image deployment/order order=order:v2
                """)
        let texts = result.timeline.filter { $0.category == .scenario }.map(\.text)
        #expect(texts.contains("— step 2: kubectl expose deploy order --port=8080"))
        #expect(texts.contains("  service/order exposed"))
        #expect(texts.contains("  deployment.apps/order image updated"))
        #expect(result.duration == .seconds(2))
        #expect(result.passed)
    }

    @Test func failingCommandsAreDiagnosticsAtTheStep() throws {
        let result = try Self.run(
            "name: t\nsteps:\n  - advance: 1s\n  - kubectl: scale deployment/nope --replicas=1\n"
                + "  - apply: nowhere.yaml\n")
        #expect(
            result.diagnostics.map(\.description) == [
                "/tmp/inline.yaml:4:5: error: Error from server (NotFound): "
                    + "deployments.apps \"nope\" not found",
                "/tmp/inline.yaml:5:5: error: no such file or directory: \"nowhere.yaml\"",
            ])
        #expect(!result.passed)
    }

    @Test func waitTimesOutWithADiagnostic() throws {
        let result = try Self.run(
            "name: t\nsteps:\n  - wait: {for: {object: pod/x}, timeout: 30s}\n")
        #expect(result.duration == .seconds(30))
        #expect(
            result.diagnostics.first?.message
                == "timed out after 30s waiting for pod/x exists")
    }

    @Test func manifestErrorsPointIntoTheScenario() throws {
        let text =
            "name: t\nsteps:\n  - apply:\n      manifest: |\n        apiVersion: v1\n"
            + "        kind: Pod\n        metadata: {name: a}\n        spec:\n          containerz: []\n"
        let parse = ScenarioParser().parse(bytes: Array(text.utf8), file: "/tmp/s.yaml")
        let result = ScenarioRunner().run(try #require(parse.scenario))
        let unknown = result.diagnostics.first { $0.message.contains("containerz") }
        #expect(unknown?.location?.line == 9)
        #expect(unknown?.location?.column == 11)
    }

    @Test func comparisons() {
        #expect(Comparison.equals(.number(0)).holds(for: nil))
        #expect(Comparison.atLeast(3).holds(for: .number(3)))
        #expect(!Comparison.atMost(2).holds(for: .number(3)))
        #expect(Comparison.matches("^Run").holds(for: .string("Running")))
        #expect(Comparison.equals(.string("Running")).holds(for: .string("Running")))
        #expect(!Comparison.equals(.string("3")).holds(for: .number(3)))
    }
}
