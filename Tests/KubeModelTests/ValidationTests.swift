import Foundation
import KubeModel
import LabDiagnostics
import Testing

/// Each rule: decode, default, validate, and assert the exact path and message.
@Suite struct ValidationTests {
    func errors<T: KubeObject>(_ type: T.Type, _ json: String) throws -> [FieldError] {
        try defaulted(type, json).validate()
    }

    @Test func validDeploymentHasNoErrors() throws {
        #expect(try errors(Deployment.self, deploymentJSON()) == [])
    }

    @Test func selectorMustMatchTemplateLabels() throws {
        let found = try errors(Deployment.self, deploymentJSON(labels: #"{"app":"api"}"#))
        #expect(found.count == 1)
        let error = try #require(found.first)
        #expect(error.path == "spec.template.metadata.labels")
        #expect(
            error.message
                == "invalid value \"app=api\" for \"spec.template.metadata.labels\": "
                + "`selector` does not match template `labels`")
        #expect(error.hint?.contains("spec.selector.matchLabels") == true)
    }

    @Test func emptySelectorIsInvalid() throws {
        let found = try errors(Deployment.self, deploymentJSON(selector: "{}"))
        #expect(found.map(\.path) == ["spec.selector"])
        #expect(found.first?.message.hasSuffix("empty selector is invalid for deployment") == true)
    }

    @Test func negativeReplicas() throws {
        let found = try errors(Deployment.self, deploymentJSON(extra: #""replicas":-1,"#))
        #expect(
            found.map(\.message)
                == [#"invalid value "-1" for "spec.replicas": must be greater than or equal to 0"#])
    }

    @Test func surgeAndUnavailableBothZero() throws {
        let found = try errors(
            Deployment.self,
            deploymentJSON(
                extra: #""strategy":{"rollingUpdate":{"maxSurge":0,"maxUnavailable":"0%"}},"#))
        #expect(found.map(\.path) == ["spec.strategy.rollingUpdate.maxUnavailable"])
        #expect(found.first?.message.hasSuffix("may not be 0 when `maxSurge` is 0") == true)
    }

    @Test func percentOver100() throws {
        let found = try errors(
            Deployment.self,
            deploymentJSON(extra: #""strategy":{"rollingUpdate":{"maxSurge":"150%"}},"#))
        #expect(
            found.map(\.message)
                == [
                    #"invalid value "150%" for "spec.strategy.rollingUpdate.maxSurge": must not be greater than 100%"#
                ])
    }

    @Test func containerNameImageAndDuplicates() throws {
        let containers =
            #"{"name":"Web_1","image":"nginx"},{"name":"side","image":" "},{"name":"side","image":"x"}"#
        let found = try errors(Deployment.self, deploymentJSON(container: containers))
        #expect(
            found.map(\.path.description) == [
                "spec.template.spec.containers[0].name",
                "spec.template.spec.containers[1].image",
                "spec.template.spec.containers[2].name",
            ])
        #expect(
            found[1].message == #"missing required field "spec.template.spec.containers[1].image""#)
        #expect(
            found[2].message
                == #"duplicate value "side" for "spec.template.spec.containers[2].name""#)
    }

    @Test(arguments: [0, 70000])
    func containerPortRange(port: Int) throws {
        let container = #"{"name":"web","image":"nginx","ports":[{"containerPort":\#(port)}]}"#
        let found = try errors(Deployment.self, deploymentJSON(container: container))
        #expect(
            found.map(\.message) == [
                "invalid value \"\(port)\" for \"spec.template.spec.containers[0].ports[0].containerPort\": "
                    + "must be between 1 and 65535, inclusive"
            ])
    }

    @Test func probeHandlers() throws {
        let none = #"{"name":"web","image":"nginx","livenessProbe":{"periodSeconds":5}}"#
        let noneFound = try errors(Deployment.self, deploymentJSON(container: none))
        #expect(noneFound.map(\.path) == ["spec.template.spec.containers[0].livenessProbe"])
        #expect(noneFound.first?.message.hasSuffix("must specify a handler type") == true)

        let two =
            #"{"name":"web","image":"nginx","readinessProbe":{"httpGet":{"port":80},"tcpSocket":{"port":80}}}"#
        let twoFound = try errors(Deployment.self, deploymentJSON(container: two))
        #expect(
            twoFound.map(\.path) == ["spec.template.spec.containers[0].readinessProbe.tcpSocket"])
        #expect(
            twoFound.first?.message.hasSuffix("may not specify more than 1 handler type") == true)
    }

    @Test func livenessSuccessThresholdMustBeOne() throws {
        let container =
            #"{"name":"web","image":"nginx","livenessProbe":{"tcpSocket":{"port":80},"successThreshold":2}}"#
        let found = try errors(Deployment.self, deploymentJSON(container: container))
        #expect(
            found.map(\.message) == [
                #"invalid value "2" for "spec.template.spec.containers[0].livenessProbe.successThreshold": must be 1"#
            ])
    }

    @Test func requestAboveLimit() throws {
        let container =
            #"{"name":"web","image":"nginx","resources":{"limits":{"cpu":"500m"},"requests":{"cpu":"1"}}}"#
        let found = try errors(Deployment.self, deploymentJSON(container: container))
        #expect(found.map(\.path) == ["spec.template.spec.containers[0].resources.requests.cpu"])
        #expect(
            found.first?.message.hasSuffix("must be less than or equal to cpu limit of 500m")
                == true)
    }

    @Test func missingNameAndBadLabels() throws {
        let found = try errors(
            Pod.self,
            #"{"apiVersion":"v1","kind":"Pod","metadata":{"labels":{"app":"-bad"}},"spec":{"containers":[{"name":"c","image":"x"}]}}"#
        )
        #expect(found.map(\.path) == ["metadata.name", "metadata.labels"])
        #expect(found[0].message.hasPrefix(#"missing required field "metadata.name""#))
        #expect(
            found[1].message.hasPrefix(
                #"invalid value "-bad" for "metadata.labels": a valid label"#))
    }

    @Test(arguments: [
        ("Service", "web.v1", true), ("Service", "1web", true), ("Service", "web", false),
        ("Namespace", "team.a", true), ("Namespace", "team-a", false),
    ])
    func nameSyntax(kind: String, name: String, invalid: Bool) throws {
        let json =
            kind == "Service"
            ? #"{"apiVersion":"v1","kind":"Service","metadata":{"name":"\#(name)"},"spec":{"ports":[{"port":80}]}}"#
            : #"{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"\#(name)"}}"#
        let found =
            try kind == "Service" ? errors(Service.self, json) : errors(Namespace.self, json)
        #expect(found.map(\.path) == (invalid ? ["metadata.name"] : []))
    }

    static func service(_ spec: String) -> String {
        #"{"apiVersion":"v1","kind":"Service","metadata":{"name":"web"},"spec":\#(spec)}"#
    }

    @Test func serviceRules() throws {
        #expect(
            try errors(Service.self, Self.service("{}")).map(\.message)
                == [#"missing required field "spec.ports": at least one port is required"#])
        #expect(try errors(Service.self, Self.service(#"{"clusterIP":"None"}"#)) == [])
        let nodePort = try errors(
            Service.self, Self.service(#"{"type":"NodePort","ports":[{"port":80,"nodePort":80}]}"#))
        #expect(nodePort.map(\.path) == ["spec.ports[0].nodePort"])
        #expect(
            nodePort.first?.message.hasSuffix("The range of valid ports is 30000-32767") == true)
        let clusterIP = try errors(
            Service.self, Self.service(#"{"ports":[{"port":80,"nodePort":30080}]}"#))
        #expect(clusterIP.map(\.path) == ["spec.ports[0].nodePort"])
        let headless = try errors(
            Service.self,
            Self.service(#"{"type":"NodePort","clusterIP":"None","ports":[{"port":80}]}"#))
        #expect(headless.map(\.path) == ["spec.clusterIP"])
        let names = try errors(
            Service.self,
            Self.service(#"{"ports":[{"port":80,"name":"a"},{"port":81},{"port":82,"name":"a"}]}"#))
        #expect(names.map(\.path) == ["spec.ports[1].name", "spec.ports[2].name"])
        #expect(names[1].message == #"duplicate value "a" for "spec.ports[2].name""#)
    }

    static func statefulSet(_ extra: String, mount: String = "data") -> String {
        #"""
        {"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"name":"db"},
         "spec":{\#(extra)"selector":{"matchLabels":{"app":"db"}},
           "template":{"metadata":{"labels":{"app":"db"}},"spec":{"containers":[{"name":"db","image":"postgres:16",
             "volumeMounts":[{"name":"\#(mount)","mountPath":"/var/lib/postgresql"}]}]}},
           "volumeClaimTemplates":[{"metadata":{"name":"data"},"spec":{"accessModes":["ReadWriteOnce"],
             "resources":{"requests":{"storage":"1Gi"}}}}]}}
        """#
    }

    @Test func statefulSetServiceNameIsAWarningWhenAbsent() throws {
        #expect(try errors(StatefulSet.self, Self.statefulSet(#""serviceName":"db","#)) == [])
        let found = try errors(StatefulSet.self, Self.statefulSet(""))
        #expect(found.map(\.path) == ["spec.serviceName"])
        #expect(found.first?.severity == .warning)
        let bad = try errors(StatefulSet.self, Self.statefulSet(#""serviceName":"db.svc","#))
        #expect(bad.map(\.severity) == [.error])
    }

    @Test func statefulSetMountNeedsClaimTemplate() throws {
        let found = try errors(
            StatefulSet.self, Self.statefulSet(#""serviceName":"db","#, mount: "logs"))
        #expect(found.map(\.path) == ["spec.template.spec.containers[0].volumeMounts[0].name"])
    }

    static func hpa(_ spec: String) -> String {
        #"{"apiVersion":"autoscaling/v2","kind":"HorizontalPodAutoscaler","metadata":{"name":"h"},"spec":{"scaleTargetRef":{"kind":"Deployment","name":"web"},\#(spec)}}"#
    }

    @Test func hpaReplicaBounds() throws {
        let found = try errors(
            HorizontalPodAutoscaler.self, Self.hpa(#""minReplicas":5,"maxReplicas":2"#))
        #expect(
            found.map(\.message)
                == [
                    #"invalid value "2" for "spec.maxReplicas": must be greater than or equal to `minReplicas`"#
                ])
        let zero = try errors(
            HorizontalPodAutoscaler.self, Self.hpa(#""minReplicas":0,"maxReplicas":2"#))
        #expect(zero.map(\.path) == ["spec.minReplicas"])
    }

    @Test func hpaBehaviorLimits() throws {
        let behavior =
            #""maxReplicas":3,"behavior":{"scaleUp":{"stabilizationWindowSeconds":4000,"policies":[{"type":"Pods","value":0,"periodSeconds":1801}]}}"#
        let found = try errors(HorizontalPodAutoscaler.self, Self.hpa(behavior))
        #expect(
            found.map(\.path) == [
                "spec.behavior.scaleUp.stabilizationWindowSeconds",
                "spec.behavior.scaleUp.policies[0].periodSeconds",
                "spec.behavior.scaleUp.policies[0].value",
            ])
        #expect(found[1].message.hasSuffix("must be less than or equal to 1800"))
    }

    @Test func hpaV1TargetMustBePositive() throws {
        let json =
            #"{"apiVersion":"autoscaling/v1","kind":"HorizontalPodAutoscaler","metadata":{"name":"h"},"spec":{"scaleTargetRef":{"kind":"Deployment","name":"web"},"maxReplicas":3,"targetCPUUtilizationPercentage":0}}"#
        let found = try errors(HorizontalPodAutoscalerV1.self, json)
        #expect(found.map(\.path) == ["spec.targetCPUUtilizationPercentage"])
    }

    static func pdb(_ spec: String) -> String {
        #"{"apiVersion":"policy/v1","kind":"PodDisruptionBudget","metadata":{"name":"p"},"spec":\#(spec)}"#
    }

    @Test func pdbBounds() throws {
        let both = try errors(
            PodDisruptionBudget.self, Self.pdb(#"{"minAvailable":1,"maxUnavailable":1}"#))
        #expect(both.map(\.message) == ["minAvailable and maxUnavailable cannot be both set"])
        #expect(both.map(\.path) == ["spec"])
        let neither = try errors(PodDisruptionBudget.self, Self.pdb("{}"))
        #expect(neither.map(\.severity) == [.warning])
        let percent = try errors(PodDisruptionBudget.self, Self.pdb(#"{"minAvailable":"120%"}"#))
        #expect(percent.map(\.path) == ["spec.minAvailable"])
        let negative = try errors(PodDisruptionBudget.self, Self.pdb(#"{"maxUnavailable":-1}"#))
        #expect(negative.map(\.path) == ["spec.maxUnavailable"])
    }

    @Test func pvcNeedsAccessModesAndStorage() throws {
        let found = try errors(
            PersistentVolumeClaim.self,
            #"{"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"c"},"spec":{}}"#
        )
        #expect(found.map(\.path) == ["spec.accessModes", "spec.resources.requests.storage"])
    }

    @Test func ingressBackendNeedsPort() throws {
        let json =
            #"{"apiVersion":"networking.k8s.io/v1","kind":"Ingress","metadata":{"name":"i"},"spec":{"rules":[{"http":{"paths":[{"path":"/","pathType":"Prefix","backend":{"service":{"name":"web"}}}]}}]}}"#
        let found = try errors(Ingress.self, json)
        #expect(found.map(\.path) == ["spec.rules[0].http.paths[0].backend.service.port"])
    }

    @Test func ingressCanaryAnnotations() throws {
        let json =
            #"{"apiVersion":"networking.k8s.io/v1","kind":"Ingress","metadata":{"name":"i","annotations":{"nginx.ingress.kubernetes.io/canary":"true","nginx.ingress.kubernetes.io/canary-weight":"20"}},"spec":{}}"#
        let ingress = try decode(Ingress.self, json)
        #expect(ingress.isCanary)
        #expect(ingress.canaryWeight == 20)
        #expect(ingress.canaryHeader == nil)
    }
}
