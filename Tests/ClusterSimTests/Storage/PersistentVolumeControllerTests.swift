import ClusterSim
import KubeModel
import Testing

/// Claims, classes and volumes: seed 002's `fast` class, provisioning, binding, protection.
@Suite("Persistent volumes")
struct PersistentVolumeControllerTests {
    typealias F = StorageSuiteFixtures

    static func claim(_ name: String, _ size: String = "1G", className: String?)
        -> PersistentVolumeClaim
    {
        PersistentVolumeClaim(
            metadata: ObjectMeta(name: name), spec: F.claimSpec(size, className: className))
    }

    @Test func aClaimWhoseClassDoesNotExistStaysPending() throws {
        let (cluster, _) = try F.cluster()
        try cluster.create(Self.claim("replica-pvc1", className: "fast"))
        try cluster.create(F.statefulSet("stateful-pvc", replicas: 1))
        cluster.advance(by: .seconds(60))
        #expect(cluster.get(PersistentVolumeClaim.self, "replica-pvc1")?.status?.phase == .pending)
        #expect(
            cluster.get(PersistentVolumeClaim.self, "volume-stateful-pvc-0")?.status?.phase
                == .pending)
        #expect(cluster.get(Pod.self, "stateful-pvc-0")?.spec.nodeName == nil)
        let failures = F.events(cluster, "ProvisioningFailed")
            .filter { $0.object.name == "replica-pvc1" }
        #expect(failures.count == 1)
        #expect(failures.first?.type == .warning)
        #expect(failures.first?.message == "storageclass.storage.k8s.io \"fast\" not found")
        // Once the class exists, the next resync provisions.
        try cluster.create(F.storageClass("fast"))
        cluster.advance(by: .seconds(15))
        #expect(cluster.get(PersistentVolumeClaim.self, "replica-pvc1")?.status?.phase == .bound)
    }

    @Test func theDefaultClassProvisionsAndBindsAtOnce() throws {
        let (cluster, _) = try F.cluster(
            zones: [nil], classes: [F.storageClass("standard", isDefault: true)])
        let created = try cluster.create(Self.claim("data", "2Gi", className: nil))
        cluster.advance(by: .seconds(1))
        let claim = try #require(cluster.get(PersistentVolumeClaim.self, "data"))
        let volumeName = "pvc-\(created.metadata.uid ?? "")"
        #expect(claim.spec.storageClassName == "standard")
        #expect(claim.spec.volumeName == volumeName)
        #expect(claim.status?.phase == .bound)
        #expect(claim.status?.capacity?["storage"] == Quantity("2Gi"))
        #expect(claim.metadata.finalizers == ["kubernetes.io/pvc-protection"])
        let volume = try #require(cluster.get(PersistentVolume.self, volumeName))
        #expect(volume.status?.phase == .bound)
        #expect(volume.spec.claimRef?.name == "data")
        #expect(volume.spec.persistentVolumeReclaimPolicy == .delete)
        #expect(volume.spec.storageClassName == "standard")
        #expect(volume.spec.accessModes == [.readWriteOnce])
        #expect(volume.spec.nodeAffinity == nil)
        #expect(
            F.events(cluster, "ProvisioningSucceeded").map(\.message)
                == ["Successfully provisioned volume \(volumeName) using driver.longhorn.io"])
    }

    @Test func immediateBindingSpreadsVolumesOverZones() throws {
        let (cluster, _) = try F.cluster(classes: [F.storageClass("fast")])
        for index in 0..<3 { try cluster.create(Self.claim("c\(index)", className: "fast")) }
        cluster.advance(by: .seconds(1))
        let zones = cluster.list(PersistentVolume.self).map {
            $0.spec.nodeAffinity?.required?.nodeSelectorTerms.first?.matchExpressions?.first?.values
        }
        #expect(zones == [["zone-a"], ["zone-b"], ["zone-c"]])
    }

    @Test func waitForFirstConsumerProvisionsInTheSelectedNodesZone() throws {
        let (cluster, _) = try F.cluster(
            classes: [F.storageClass("local", mode: .waitForFirstConsumer)])
        try cluster.create(Self.claim("data", className: "local"))
        cluster.advance(by: .seconds(1))
        #expect(cluster.get(PersistentVolumeClaim.self, "data")?.status?.phase == .pending)
        #expect(
            F.events(cluster, "WaitForFirstConsumer").map(\.message)
                == ["waiting for first consumer to be created before binding"])
        var pod = Pod(
            metadata: ObjectMeta(name: "app"),
            spec: PodSpec(containers: [Container(name: "c", image: "kubetm/init")]))
        var volume = Volume(name: "data")
        volume.persistentVolumeClaim = PersistentVolumeClaimVolumeSource(claimName: "data")
        pod.spec.volumes = [volume]
        pod.spec.nodeSelector = ["kubernetes.io/hostname": "node-2"]
        try cluster.create(pod)
        cluster.advance(by: .seconds(10))
        let claim = try #require(cluster.get(PersistentVolumeClaim.self, "data"))
        #expect(claim.metadata.annotations?["volume.kubernetes.io/selected-node"] == "node-2")
        #expect(claim.status?.phase == .bound)
        let bound = try #require(cluster.get(PersistentVolume.self, claim.spec.volumeName ?? ""))
        #expect(
            bound.spec.nodeAffinity?.required?.nodeSelectorTerms.first?.matchExpressions
                == [
                    NodeSelectorRequirement(
                        key: "topology.kubernetes.io/zone", operator: .in, values: ["zone-b"])
                ])
        #expect(cluster.get(Pod.self, "app")?.status?.phase == .running)
    }

    @Test func staticVolumesBindToTheSmallestFit() throws {
        let (cluster, _) = try F.cluster(zones: [nil])
        for (name, size) in [("big", "10Gi"), ("small", "1Gi"), ("fit", "2Gi")] {
            var volume = PersistentVolume(
                metadata: ObjectMeta(name: name),
                spec: PersistentVolumeSpec(
                    capacity: ["storage": Quantity(size) ?? Quantity(units: 0)],
                    accessModes: [.readWriteOnce], storageClassName: "manual"))
            volume.spec.persistentVolumeReclaimPolicy = .retain
            try cluster.create(volume)
        }
        try cluster.create(Self.claim("data", "1500Mi", className: "manual"))
        cluster.advance(by: .seconds(1))
        #expect(cluster.get(PersistentVolumeClaim.self, "data")?.spec.volumeName == "fit")
        #expect(cluster.get(PersistentVolume.self, "small")?.status?.phase == .available)
        // Retain: the claim's deletion leaves the volume Released, not deleted.
        try cluster.delete(
            PersistentVolumeClaim.self, cluster.key(PersistentVolumeClaim.self, "data"))
        cluster.advance(by: .seconds(1))
        #expect(cluster.get(PersistentVolumeClaim.self, "data") == nil)
        #expect(cluster.get(PersistentVolume.self, "fit")?.status?.phase == .released)
    }

    @Test func aClaimInUseStaysTerminatingUntilItsPodIsGone() throws {
        let (cluster, _) = try F.cluster(classes: [F.storageClass("fast")])
        try cluster.create(F.statefulSet(replicas: 1))
        cluster.advance(by: .seconds(30))
        let claimKey = cluster.key(PersistentVolumeClaim.self, "volume-web-0")
        let volumeName = try #require(
            cluster.get(PersistentVolumeClaim.self, claimKey)?.spec.volumeName)
        try cluster.delete(PersistentVolumeClaim.self, claimKey)
        cluster.advance(by: .seconds(30))
        let claim = try #require(cluster.get(PersistentVolumeClaim.self, claimKey))
        #expect(claim.metadata.deletionTimestamp == "2026-01-01T00:00:30Z")
        #expect(claim.metadata.finalizers == ["kubernetes.io/pvc-protection"])
        // The pod goes; the set cannot recreate it while its claim is being deleted.
        try F.setReplicas(cluster, "web", 0)
        cluster.advance(by: .seconds(30))
        #expect(cluster.get(PersistentVolumeClaim.self, claimKey) == nil)
        #expect(cluster.get(PersistentVolume.self, volumeName) == nil)
    }
}
