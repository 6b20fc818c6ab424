import ClusterSim
import KubeModel
import Testing

/// Owner references and the three deletion propagations, as the API server and the garbage
/// collector handle them (pkg/controller/garbagecollector).
@Suite("Garbage collection")
struct GarbageCollectorTests {
    /// A cluster with only the garbage collector: owners and dependents are plain namespaces'
    /// services here, so no other controller reacts.
    func cluster() -> Cluster {
        let cluster = Cluster()
        cluster.register(GarbageCollector())
        return cluster
    }

    func service(_ name: String, ownedBy owner: Service? = nil) -> Service {
        var service = Service(metadata: ObjectMeta(name: name), spec: ServiceSpec())
        service.spec.ports = [ServicePort(port: 80)]
        if let owner, let uid = owner.metadata.uid {
            service.metadata.ownerReferences = [
                OwnerReference(
                    apiVersion: "v1", kind: "Service", name: owner.metadata.name ?? "", uid: uid)
            ]
        }
        return service
    }

    @Test func backgroundDeletesDependentsAfterTheOwner() throws {
        let cluster = cluster()
        let owner = try cluster.create(service("owner"))
        let dependent = try cluster.create(service("dependent", ownedBy: owner))
        try cluster.delete(Service.self, owner.storeKey, propagation: .background)
        #expect(cluster.get(Service.self, owner.storeKey) == nil)
        #expect(cluster.get(Service.self, dependent.storeKey) != nil)
        cluster.advance(by: .seconds(1))
        #expect(cluster.get(Service.self, dependent.storeKey) == nil)
    }

    @Test func foregroundKeepsTheOwnerUntilDependentsAreGone() throws {
        let cluster = cluster()
        let owner = try cluster.create(service("owner"))
        let dependent = try cluster.create(service("dependent", ownedBy: owner))
        try cluster.delete(Service.self, owner.storeKey, propagation: .foreground)
        let waiting = try #require(cluster.get(Service.self, owner.storeKey))
        #expect(waiting.metadata.deletionTimestamp == "2026-01-01T00:00:00Z")
        #expect(waiting.metadata.finalizers == ["foregroundDeletion"])
        cluster.advance(by: .seconds(1))
        #expect(cluster.get(Service.self, dependent.storeKey) == nil)
        #expect(cluster.get(Service.self, owner.storeKey) == nil)
    }

    @Test func orphanKeepsDependentsWithoutTheOwnerReference() throws {
        let cluster = cluster()
        let owner = try cluster.create(service("owner"))
        let dependent = try cluster.create(service("dependent", ownedBy: owner))
        try cluster.delete(Service.self, owner.storeKey, propagation: .orphan)
        cluster.advance(by: .seconds(1))
        #expect(cluster.get(Service.self, owner.storeKey) == nil)
        let kept = try #require(cluster.get(Service.self, dependent.storeKey))
        #expect(kept.metadata.ownerReferences == nil)
    }

    @Test func deletingAMissingObjectIsNotFound() {
        let cluster = cluster()
        #expect(throws: APIError.notFound("services", "ghost")) {
            try cluster.delete(Service.self, ObjectKey(kind: "Service", name: "ghost"))
        }
    }
}
