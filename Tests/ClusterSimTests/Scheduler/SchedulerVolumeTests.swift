import ClusterSim
import KubeModel
import Testing

@Suite("Scheduler volumes")
struct SchedulerVolumeTests {
    private func podWithClaim(_ name: String, claim: String) -> Pod {
        var pod = testPod(name)
        var volume = Volume(name: "data")
        volume.persistentVolumeClaim = PersistentVolumeClaimVolumeSource(claimName: claim)
        pod.spec.volumes = [volume]
        return pod
    }

    private func claim(_ name: String, storageClass: String?, volume: String? = nil)
        -> PersistentVolumeClaim
    {
        var claim = PersistentVolumeClaim(
            metadata: ObjectMeta(name: name, namespace: "default"),
            spec: PersistentVolumeClaimSpec(
                accessModes: [.readWriteOnce], storageClassName: storageClass))
        claim.spec.volumeName = volume
        return claim
    }

    private func zoneCluster(_ classes: [StorageClass] = []) -> Cluster {
        schedulerCluster(
            [node("node-a", zone: "zone-a"), node("node-b", zone: "zone-b")],
            storageClasses: classes)
    }

    @Test func missingClaim() throws {
        let cluster = zoneCluster()
        try cluster.create(podWithClaim("db-0", claim: "data-db-0"))
        cluster.settle()
        #expect(
            cluster.failedScheduling("db-0").first
                == "0/2 nodes are available: persistentvolumeclaim \"data-db-0\" not found. "
                + "preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling."
        )
    }

    @Test func unboundImmediateClaim() throws {
        let cluster = zoneCluster()
        try cluster.create(claim("data", storageClass: "missing"))
        try cluster.create(podWithClaim("db-0", claim: "data"))
        cluster.settle()
        #expect(
            cluster.failedScheduling("db-0").first
                == "0/2 nodes are available: pod has unbound immediate PersistentVolumeClaims. "
                + "preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling."
        )
    }

    @Test func boundVolumeKeepsThePodInItsZone() throws {
        let cluster = zoneCluster()
        var volume = PersistentVolume(
            metadata: ObjectMeta(name: "pv-1"),
            spec: PersistentVolumeSpec(capacity: ["storage": Quantity("1Gi") ?? .zero]))
        volume.spec.nodeAffinity = VolumeNodeAffinity(
            required: NodeSelector(nodeSelectorTerms: [
                NodeSelectorTerm(matchExpressions: [
                    NodeSelectorRequirement(
                        key: "topology.kubernetes.io/zone", operator: .in, values: ["zone-b"])
                ])
            ]))
        try cluster.create(volume)
        try cluster.create(claim("data", storageClass: nil, volume: "pv-1"))
        try cluster.create(podWithClaim("db-0", claim: "data"))
        cluster.settle()
        #expect(cluster.nodeName(of: "db-0") == "node-b")

        try cluster.modify(Node.self, cluster.key(Node.self, "node-b")) {
            $0.spec?.unschedulable = true
        }
        try cluster.create(podWithClaim("db-1", claim: "data"))
        cluster.settle()
        #expect(
            cluster.failedScheduling("db-1").first
                == "0/2 nodes are available: 1 node(s) had volume node affinity conflict, "
                + "1 node(s) were unschedulable. preemption: 0/2 nodes are available: "
                + "2 Preemption is not helpful for scheduling.")
    }

    @Test func waitForFirstConsumerSelectsANodeThenBinds() throws {
        var storageClass = StorageClass(
            metadata: ObjectMeta(name: "gp3"), provisioner: "ebs.csi.aws.com")
        storageClass.volumeBindingMode = .waitForFirstConsumer
        let cluster = zoneCluster([storageClass])
        try cluster.create(claim("data", storageClass: "gp3"))
        try cluster.create(podWithClaim("db-0", claim: "data"))
        cluster.settle()
        let claimKey = cluster.key(PersistentVolumeClaim.self, "data")
        let selected = try #require(
            cluster.get(PersistentVolumeClaim.self, claimKey)?
                .metadata.annotations?["volume.kubernetes.io/selected-node"])
        #expect(cluster.nodeName(of: "db-0") == nil)
        #expect(cluster.nodeUsage(selected)?.podCount == 1)
        // What the PV controller does once it has provisioned the volume.
        try cluster.modify(PersistentVolumeClaim.self, claimKey) { claim in
            claim.spec.volumeName = "pvc-1"
            claim.status?.phase = .bound
        }
        cluster.settle()
        #expect(cluster.nodeName(of: "db-0") == selected)
    }
}
