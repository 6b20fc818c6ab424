import Foundation
import KubeModel
import Testing

/// Pod defaulting that `kubectl get -o yaml` shows, from pkg/apis/core/v1/defaults.go and its
/// tests in defaults_test.go.
@Suite struct PodDefaultsRoundTwoTests {
    static func pod(_ spec: String) throws -> Pod {
        let json = #"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":"# + spec + "}"
        var pod = try JSONDecoder().decode(Pod.self, from: Data(json.utf8))
        pod.applyDefaults()
        return pod
    }

    /// `SetDefaults_PodSpec`: `if obj.SecurityContext == nil { obj.SecurityContext =
    /// &v1.PodSecurityContext{} }`, for pods and templates alike; one written is kept.
    @Test func securityContextIsAnEmptyObject() throws {
        let pod = try Self.pod(#"{"containers":[{"name":"c","image":"app:1"}]}"#)
        #expect(pod.spec.securityContext == .object([:]))
        let kept = try Self.pod(
            #"{"securityContext":{"runAsUser":1000},"containers":[{"name":"c","image":"app:1"}]}"#)
        #expect(kept.spec.securityContext == .object(["runAsUser": .number(1000)]))
        let json =
            #"{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"selector":{"matchLabels":{"a":"b"}},"template":{"metadata":{"labels":{"a":"b"}},"spec":{"containers":[{"name":"c","image":"app:1"}]}}}}"#
        var deployment = try JSONDecoder().decode(Deployment.self, from: Data(json.utf8))
        deployment.applyDefaults()
        #expect(deployment.spec.template.spec?.securityContext == .object([:]))
    }

    /// `TestSetMinimumScalePod`: a memory request of `1n` and a cpu limit of `2n`, in a container
    /// and an init container, both come out as `1m` (`SetDefaults_ResourceList`:
    /// `val.RoundUp(-3)`); the request is not then copied from the limit.
    @Test func amountsBelowOneMilliRoundUpToOneMilli() throws {
        let resources = #"{"requests":{"memory":"1n"},"limits":{"cpu":"2n"}}"#
        let pod = try Self.pod(
            #"{"containers":[{"name":"c","image":"app:1","resources":"# + resources + "}],"
                + #""initContainers":[{"name":"i","image":"app:1","resources":"# + resources
                + "}]}")
        for container in [pod.spec.containers[0], pod.spec.initContainers?[0]] {
            let requests = container?.resources?.requests
            let limits = container?.resources?.limits
            #expect(requests?["memory"]?.description == "1m")
            #expect(limits?["cpu"]?.description == "1m")
            // Requests from limits: cpu 1m copied from the rounded limit.
            #expect(requests?["cpu"]?.description == "1m")
        }
        let exact = try Self.pod(
            #"{"containers":[{"name":"c","image":"app:1","resources":{"requests":{"cpu":"1500u","memory":"64Mi"}}}]}"#
        )
        #expect(exact.spec.containers[0].resources?.requests?["cpu"]?.description == "2m")
        #expect(exact.spec.containers[0].resources?.requests?["memory"]?.description == "64Mi")
    }
}
