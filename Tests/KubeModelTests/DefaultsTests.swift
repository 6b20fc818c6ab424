import Foundation
import KubeModel
import Testing

@Suite struct DefaultsTests {
    @Test func deploymentGetsUpstreamDefaults() throws {
        let deployment = try defaulted(Deployment.self, deploymentJSON())
        #expect(deployment.metadata.namespace == "default")
        #expect(deployment.spec.replicas == 1)
        #expect(deployment.spec.strategy?.type == .rollingUpdate)
        #expect(deployment.spec.strategy?.rollingUpdate?.maxSurge == "25%")
        #expect(deployment.spec.strategy?.rollingUpdate?.maxUnavailable == "25%")
        #expect(deployment.spec.revisionHistoryLimit == 10)
        #expect(deployment.spec.progressDeadlineSeconds == 600)
        let pod = try #require(deployment.spec.template.spec)
        #expect(pod.restartPolicy == .always)
        #expect(pod.terminationGracePeriodSeconds == 30)
        #expect(pod.dnsPolicy == .clusterFirst)
        #expect(pod.schedulerName == "default-scheduler")
        #expect(pod.containers[0].imagePullPolicy == .ifNotPresent)
    }

    @Test func recreateGetsNoRollingUpdate() throws {
        let deployment = try defaulted(
            Deployment.self, deploymentJSON(extra: #""strategy":{"type":"Recreate"},"#))
        #expect(deployment.spec.strategy?.rollingUpdate == nil)
    }

    @Test(arguments: [
        ("nginx", PullPolicy.always), ("nginx:latest", .always), ("nginx:1.27", .ifNotPresent),
        ("localhost:5000/app", .always), ("localhost:5000/app:v2", .ifNotPresent),
        ("nginx@sha256:abc", .ifNotPresent),
    ])
    func imagePullPolicy(image: String, expected: PullPolicy) throws {
        let pod = try defaulted(
            Pod.self,
            #"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"containers":[{"name":"c","image":"\#(image)"}]}}"#
        )
        #expect(pod.spec.containers[0].imagePullPolicy == expected)
    }

    @Test func podProbesPortsAndRequestsFromLimits() throws {
        let pod = try defaulted(
            Pod.self,
            #"""
            {"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"containers":[
              {"name":"c","image":"app:1","ports":[{"containerPort":80}],
               "readinessProbe":{"httpGet":{"port":80}},
               "resources":{"limits":{"cpu":"500m","memory":"128Mi"},"requests":{"cpu":"100m"}}}]}}
            """#)
        let container = pod.spec.containers[0]
        #expect(container.ports?[0].protocol == .tcp)
        let probe = try #require(container.readinessProbe)
        #expect(probe.timeoutSeconds == 1)
        #expect(probe.periodSeconds == 10)
        #expect(probe.successThreshold == 1)
        #expect(probe.failureThreshold == 3)
        #expect(probe.initialDelaySeconds == 0)
        #expect(probe.httpGet?.path == "/")
        #expect(probe.httpGet?.scheme == .http)
        #expect(container.resources?.requests?["cpu"] == Quantity("100m"))
        #expect(container.resources?.requests?["memory"] == Quantity("128Mi"))
    }

    @Test func templatesDoNotGetRequestsFromLimits() throws {
        let deployment = try defaulted(
            Deployment.self,
            deploymentJSON(
                container: #"{"name":"web","image":"nginx","resources":{"limits":{"cpu":"1"}}}"#))
        #expect(deployment.spec.template.spec?.containers[0].resources?.requests == nil)
    }

    @Test func statefulSetDefaults() throws {
        let set = try defaulted(
            StatefulSet.self,
            #"""
            {"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"name":"db"},
             "spec":{"serviceName":"db","selector":{"matchLabels":{"app":"db"}},
               "template":{"metadata":{"labels":{"app":"db"}},"spec":{"containers":[{"name":"db","image":"postgres:16"}]}},
               "volumeClaimTemplates":[{"metadata":{"name":"data"},"spec":{"accessModes":["ReadWriteOnce"],
                 "resources":{"requests":{"storage":"1Gi"}}}}]}}
            """#)
        #expect(set.spec.replicas == 1)
        #expect(set.spec.podManagementPolicy == .orderedReady)
        #expect(set.spec.updateStrategy?.type == .rollingUpdate)
        #expect(set.spec.updateStrategy?.rollingUpdate?.partition == 0)
        #expect(set.spec.revisionHistoryLimit == 10)
        #expect(set.spec.persistentVolumeClaimRetentionPolicy?.whenDeleted == .retain)
        #expect(set.spec.persistentVolumeClaimRetentionPolicy?.whenScaled == .retain)
        #expect(set.spec.volumeClaimTemplates?[0].spec.volumeMode == .filesystem)
    }

    @Test func daemonSetAndReplicaSetDefaults() throws {
        let daemon = try defaulted(
            DaemonSet.self,
            deploymentJSON().replacingOccurrences(of: "Deployment", with: "DaemonSet"))
        #expect(daemon.spec.updateStrategy?.rollingUpdate?.maxUnavailable == 1)
        #expect(daemon.spec.updateStrategy?.rollingUpdate?.maxSurge == 0)
        let replicaSet = try defaulted(
            ReplicaSet.self,
            deploymentJSON().replacingOccurrences(of: "Deployment", with: "ReplicaSet"))
        #expect(replicaSet.spec.replicas == 1)
    }

    @Test func serviceDefaults() throws {
        let service = try defaulted(
            Service.self,
            #"{"apiVersion":"v1","kind":"Service","metadata":{"name":"web"},"spec":{"selector":{"app":"web"},"ports":[{"port":80},{"port":443,"targetPort":8443}]}}"#
        )
        #expect(service.spec.type == .clusterIP)
        #expect(service.spec.sessionAffinity == ServiceAffinity.none)
        #expect(service.spec.ports?[0].protocol == .tcp)
        #expect(service.spec.ports?[0].targetPort == .int(80))
        #expect(service.spec.ports?[1].targetPort == .int(8443))
    }

    @Test func storageDefaults() throws {
        let claim = try defaulted(
            PersistentVolumeClaim.self,
            #"{"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"c"},"spec":{}}"#
        )
        #expect(claim.spec.volumeMode == .filesystem)
        let volume = try defaulted(
            PersistentVolume.self,
            #"{"apiVersion":"v1","kind":"PersistentVolume","metadata":{"name":"v"},"spec":{}}"#)
        #expect(volume.spec.persistentVolumeReclaimPolicy == .retain)
        #expect(volume.metadata.namespace == nil)
        let storageClass = try defaulted(
            StorageClass.self,
            #"{"apiVersion":"storage.k8s.io/v1","kind":"StorageClass","metadata":{"name":"s"},"provisioner":"x"}"#
        )
        #expect(storageClass.reclaimPolicy == .delete)
        #expect(storageClass.volumeBindingMode == .immediate)
    }

    static func hpaJSON(_ extra: String = "") -> String {
        #"{"apiVersion":"autoscaling/v2","kind":"HorizontalPodAutoscaler","metadata":{"name":"h"},"spec":{\#(extra)"scaleTargetRef":{"kind":"Deployment","name":"web"},"maxReplicas":5}}"#
    }

    @Test func hpaWithoutBehaviorGetsNoBehavior() throws {
        let hpa = try defaulted(HorizontalPodAutoscaler.self, Self.hpaJSON())
        #expect(hpa.spec.minReplicas == 1)
        #expect(hpa.spec.behavior == nil)
        #expect(hpa.spec.metrics == [.cpuUtilization(80)])
    }

    @Test func hpaBehaviorFillsMissingFields() throws {
        let hpa = try defaulted(
            HorizontalPodAutoscaler.self,
            Self.hpaJSON(#""behavior":{"scaleDown":{"stabilizationWindowSeconds":60}},"#))
        let behavior = try #require(hpa.spec.behavior)
        #expect(behavior.scaleUp == .defaultScaleUp)
        #expect(behavior.scaleDown?.stabilizationWindowSeconds == 60)
        #expect(behavior.scaleDown?.selectPolicy == .max)
        #expect(
            behavior.scaleDown?.policies
                == [HPAScalingPolicy(type: .percent, value: 100, periodSeconds: 15)])
        #expect(HPAScalingRules.defaultScaleUp.policies?.count == 2)
        #expect(HPAScalingRules.defaultScaleUp.stabilizationWindowSeconds == 0)
    }

    /// autoscaling/v2 defaults_test.go `TestGenerateScaleDownRules`: scale-down rules the
    /// student left out get Max and 100 % per 15 s, but no window (nil: the controller's
    /// 300 s flag applies), so `kubectl get hpa -o yaml` shows none.
    @Test func hpaScaleDownWindowStaysUnset() throws {
        let hpa = try defaulted(
            HorizontalPodAutoscaler.self,
            Self.hpaJSON(#""behavior":{"scaleUp":{"stabilizationWindowSeconds":30}},"#))
        let down = try #require(hpa.spec.behavior?.scaleDown)
        #expect(down.stabilizationWindowSeconds == nil)
        #expect(down.selectPolicy == .max)
        #expect(down.policies == [HPAScalingPolicy(type: .percent, value: 100, periodSeconds: 15)])
        #expect(hpa.spec.behavior?.scaleUp?.stabilizationWindowSeconds == 30)
    }

    @Test func pdbKeepsEvictionPolicyUnset() throws {
        let pdb = try defaulted(
            PodDisruptionBudget.self,
            #"{"apiVersion":"policy/v1","kind":"PodDisruptionBudget","metadata":{"name":"p"},"spec":{"minAvailable":1}}"#
        )
        #expect(pdb.spec?.unhealthyPodEvictionPolicy == nil)
        #expect(pdb.metadata.namespace == "default")
    }

    /// batch/v1 `SetDefaults_Job` and `ValidateJobTemplateSpec`: one completion and one pod
    /// at a time, backoffLimit 6; a template without restartPolicy defaults to Always, which a
    /// Job refuses with upstream's message.
    @Test func jobDefaultsAndRestartPolicy() throws {
        let json =
            #"{"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"pi"},"spec":{"template":"#
            + #"{"spec":{"containers":[{"name":"pi","image":"perl:5.34.0"}]}}}}"#
        let job = try defaulted(Job.self, json)
        #expect(job.spec.completions == 1)
        #expect(job.spec.parallelism == 1)
        #expect(job.spec.backoffLimit == 6)
        #expect(job.spec.completionMode == .nonIndexed)
        let errors = job.validate()
        #expect(errors.map(\.path.description) == ["spec.template.spec.restartPolicy"])
        #expect(errors.first?.message == #"Required value: valid values: "OnFailure", "Never""#)
    }
}
