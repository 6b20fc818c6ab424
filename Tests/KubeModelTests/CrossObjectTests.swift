import Foundation
import KubeModel
import LabDiagnostics
import Testing

@Suite struct CrossObjectTests {
    func resource<T: KubeObject>(_ type: T.Type, _ json: String) throws -> KubeResource {
        try #require(KubeResource(defaulted(type, json)))
    }

    func deployment(cpu: Bool) throws -> KubeResource {
        let resources = cpu ? #","resources":{"requests":{"cpu":"100m"}}"# : ""
        return try resource(
            Deployment.self,
            deploymentJSON(container: #"{"name":"order","image":"order:1"\#(resources)}"#)
                .replacingName("order"))
    }

    func hpa(target: String = "order") throws -> KubeResource {
        try resource(
            HorizontalPodAutoscalerV1.self,
            #"{"apiVersion":"autoscaling/v1","kind":"HorizontalPodAutoscaler","metadata":{"name":"order"},"spec":{"scaleTargetRef":{"apiVersion":"apps/v1","kind":"Deployment","name":"\#(target)"},"maxReplicas":5}}"#
        )
    }

    func service(selector: String, clusterIP: String = "") throws -> KubeResource {
        try resource(
            Service.self,
            #"{"apiVersion":"v1","kind":"Service","metadata":{"name":"db"},"spec":{\#(clusterIP)"selector":\#(selector),"ports":[{"port":80}]}}"#
        )
    }

    @Test func hpaWithoutCPURequestIsAWarning() throws {
        let findings = CrossObjectChecks.run([try deployment(cpu: false), try hpa()])
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.index == 1)
        #expect(finding.error.severity == .warning)
        #expect(finding.error.path == "spec.scaleTargetRef")
        #expect(
            finding.error.message
                == #"HPA cannot compute cpu utilization: target "deployment/order" container "order" has no cpu request (missing request for cpu)"#
        )
        #expect(finding.error.hint?.contains("resources.requests.cpu") == true)
    }

    /// calculatePodRequests sums sidecars with the app containers: one without a request stops
    /// the HPA as surely.
    @Test func hpaOverASidecarWithoutCPURequestIsAWarning() throws {
        let template =
            #"{"name":"order","image":"order:1","resources":{"requests":{"cpu":"100m"}}}],"#
            + #""initContainers":[{"name":"shipper","image":"ship:1","restartPolicy":"Always"}"#
        let withSidecar = try resource(
            Deployment.self, deploymentJSON(container: template).replacingName("order"))
        let findings = CrossObjectChecks.run([withSidecar, try hpa()])
        #expect(findings.count == 1)
        #expect(findings.first?.error.message.contains(#"container "shipper""#) == true)
    }

    @Test func hpaWithCPURequestIsFine() throws {
        #expect(CrossObjectChecks.run([try deployment(cpu: true), try hpa()]).isEmpty)
    }

    @Test func hpaTargetMissing() throws {
        let findings = CrossObjectChecks.run([try deployment(cpu: true), try hpa(target: "orders")])
        #expect(findings.map(\.error.path) == ["spec.scaleTargetRef.name"])
        #expect(findings.map(\.error.severity) == [.warning])
    }

    @Test func serviceSelectingNothing() throws {
        let findings = CrossObjectChecks.run([
            try deployment(cpu: true), try service(selector: #"{"app":"web"}"#),
            try service(selector: #"{"app":"nope"}"#),
        ])
        #expect(findings.map(\.index) == [2])
        #expect(findings.map(\.error.path) == ["spec.selector"])
    }

    @Test func pdbSelectingNothing() throws {
        let pdb = try resource(
            PodDisruptionBudget.self,
            #"{"apiVersion":"policy/v1","kind":"PodDisruptionBudget","metadata":{"name":"p"},"spec":{"minAvailable":1,"selector":{"matchLabels":{"app":"other"}}}}"#
        )
        let findings = CrossObjectChecks.run([pdb, try deployment(cpu: true)])
        #expect(findings.map(\.index) == [0])
        #expect(findings.map(\.error.severity) == [.warning])
    }

    @Test func statefulSetServiceMustExistAndBeHeadless() throws {
        let set = try resource(
            StatefulSet.self,
            ValidationTests.statefulSet(#""serviceName":"db","#))
        let missing = CrossObjectChecks.run([set])
        #expect(missing.map(\.error.path) == ["spec.serviceName"])
        #expect(missing.first?.error.message.contains("not among the manifests") == true)
        let notHeadless = CrossObjectChecks.run([set, try service(selector: #"{"app":"db"}"#)])
        #expect(
            notHeadless.map(\.error.message.description).first?.contains("not headless") == true)
        let headless = CrossObjectChecks.run([
            set, try service(selector: #"{"app":"db"}"#, clusterIP: #""clusterIP":"None","#),
        ])
        #expect(headless.isEmpty)
    }

    @Test func findingsAreOrderedByIndex() throws {
        let findings = CrossObjectChecks.run([
            try hpa(target: "gone"), try service(selector: #"{"app":"nope"}"#),
        ])
        #expect(findings.map(\.index) == [0, 1])
    }
}

extension String {
    /// Renames the Deployment made by `deploymentJSON`.
    func replacingName(_ name: String) -> String {
        var copy = self
        if let range = copy.range(of: #""name":"web"}"#) {
            copy.replaceSubrange(range, with: #""name":"\#(name)"}"#)
        }
        return copy
    }
}
