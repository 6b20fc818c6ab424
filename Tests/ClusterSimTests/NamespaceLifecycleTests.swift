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
        #expect(cluster.get(Namespace.self, namespace.storeKey)?.status?.phase == .terminating)
        #expect(
            throws: APIError(
                code: 403, reason: .forbidden,
                message:
                    "unable to create new content in namespace shop because it is being terminated")
        ) {
            try cluster.create(Self.pod(in: "shop"))
        }
    }

    /// The namespace controller: a deleted namespace is Terminating while its objects go
    /// (pods stop gracefully), then it goes itself.
    @Test func deletingANamespaceDeletesWhatIsInIt() throws {
        let cluster = Cluster.standard(
            configuration: ClusterConfiguration(nodes: [NodeTemplate(name: "node-1").makeNode()]),
            images: KubeletFixture.catalog)
        let shop = try cluster.create(Namespace(metadata: ObjectMeta(name: "shop")))
        #expect(shop.spec?.finalizers == ["kubernetes"])
        // An application that ignores SIGTERM: its pod takes the whole 30 s grace period.
        var stubborn = Self.pod(in: "shop")
        stubborn.spec.containers[0].image = "stubborn:1"
        try cluster.create(stubborn)
        try cluster.create(Self.pod(in: "default"))
        cluster.advance(by: .seconds(10))
        #expect(cluster.get(Pod.self, "web", namespace: "shop")?.status?.phase == .running)

        try cluster.delete(Namespace.self, shop.storeKey)
        cluster.advance(by: .seconds(20))
        #expect(cluster.get(Namespace.self, shop.storeKey)?.status?.phase == .terminating)
        #expect(cluster.get(Pod.self, "web", namespace: "shop")?.metadata.deletionTimestamp != nil)
        cluster.advance(by: .seconds(60))
        #expect(cluster.get(Pod.self, "web", namespace: "shop") == nil)
        #expect(cluster.get(Namespace.self, shop.storeKey) == nil)
        let untouched = cluster.get(Pod.self, "web", namespace: "default")
        #expect(untouched != nil && untouched?.metadata.deletionTimestamp == nil)
        try cluster.create(Namespace(metadata: ObjectMeta(name: "shop")))
        #expect(try cluster.create(Self.pod(in: "shop")).metadata.namespace == "shop")
    }

    /// Only a deletion sets the deletion timestamp: writing an object back (a re-applied
    /// manifest) does not bring it back, and does not drop a namespace's finalizer.
    @Test func anUpdateKeepsTheDeletionAndTheFinalizers() throws {
        let cluster = Cluster.standard()
        var namespace = Namespace(metadata: ObjectMeta(name: "shop"))
        namespace.metadata.finalizers = ["example.com/hold"]
        try cluster.create(namespace)
        try cluster.delete(Namespace.self, namespace.storeKey)
        var written = Namespace(metadata: ObjectMeta(name: "shop"))
        written.metadata.finalizers = ["example.com/hold"]
        let updated = try cluster.update(written)
        #expect(updated.metadata.deletionTimestamp != nil)
        #expect(updated.spec?.finalizers == ["kubernetes"])
    }
}
