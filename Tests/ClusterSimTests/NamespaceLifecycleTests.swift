import ClusterSim
import KubeModel
import Testing

/// The API server's NamespaceLifecycle admission, on in every booted cluster.
@Suite("Namespace lifecycle")
struct NamespaceLifecycleTests {
    static func pod(in namespace: String) -> Pod {
        Pod(
            metadata: ObjectMeta(name: "web", namespace: namespace),
            spec: PodSpec(containers: [Container(name: "web", image: "nginx")]))
    }

    @Test func aBootedClusterHasTheSystemNamespaces() {
        let cluster = Cluster.standard()
        #expect(
            cluster.list(Namespace.self).compactMap(\.metadata.name)
                == ["default", "kube-node-lease", "kube-public", "kube-system"])
        #expect(cluster.list(Namespace.self).allSatisfy { $0.status?.phase == .active })
    }

    @Test func nothingIsCreatedInANamespaceThatDoesNotExist() throws {
        let cluster = Cluster.standard()
        #expect(throws: APIError.notFound("namespaces", "shop")) {
            try cluster.create(Self.pod(in: "shop"))
        }
        try cluster.create(Namespace(metadata: ObjectMeta(name: "shop")))
        #expect(try cluster.create(Self.pod(in: "shop")).metadata.namespace == "shop")
        #expect(try cluster.create(Self.pod(in: "default")).metadata.namespace == "default")
    }

    @Test func nothingIsCreatedInANamespaceBeingDeleted() throws {
        let cluster = Cluster.standard()
        var namespace = Namespace(metadata: ObjectMeta(name: "shop"))
        namespace.metadata.finalizers = ["example.com/hold"]
        try cluster.create(namespace)
        try cluster.delete(Namespace.self, namespace.storeKey)
        #expect(
            throws: APIError(
                code: 403, reason: .forbidden,
                message:
                    "unable to create new content in namespace shop because it is being terminated")
        ) {
            try cluster.create(Self.pod(in: "shop"))
        }
    }
}
