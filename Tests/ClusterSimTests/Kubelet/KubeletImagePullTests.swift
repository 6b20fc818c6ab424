import ClusterSim
import KubeModel
import Testing

@Suite("Kubelet image pulls")
struct KubeletImagePullTests {
    @Test func missingTagBacksOffDoubling() throws {
        let fixture = try KubeletFixture()
        let image = "gcr.io/google-samples/kubernetes-bootcamp:v10"
        let key = try fixture.run("bootcamp", image: image)
        fixture.cluster.advance(by: .seconds(1))
        #expect(fixture.waiting(key) == "ErrImagePull")
        fixture.cluster.advance(by: .seconds(1))
        #expect(fixture.waiting(key) == "ImagePullBackOff")
        fixture.cluster.advance(by: .seconds(600))
        let failed = fixture.events(key, "Failed")
            .filter { $0.message.hasPrefix("Failed to pull") }
        let pulling = fixture.events(key, "Pulling")
        #expect(
            failed.first?.message == "Failed to pull image \"\(image)\": rpc error:"
                + " code = NotFound"
                + " desc = failed to pull and unpack image \"\(image)\": failed to resolve reference"
                + " \"\(image)\": \(image): not found")
        // From each failure to the next attempt: 10, 20, 40, 80, 160, 300 s.
        let waits = zip(failed, pulling.dropFirst()).map { ($1.time - $0.time).seconds }
        // The sixth wait (300 s) would end past the 600 s advanced.
        #expect(waits == [10, 20, 40, 80, 160])
        #expect(
            fixture.events(key, "BackOff").first?.message
                == "Back-off pulling image \"\(image)\"")
        #expect(fixture.pod(key)?.status?.phase == .pending)
    }

    @Test func unknownImageNamesTheCatalogue() throws {
        let fixture = try KubeletFixture()
        let key = try fixture.run("mystery", image: "example/unknown:1.0")
        fixture.cluster.advance(by: .seconds(2))
        let message = try #require(fixture.events(key, "Failed").first?.message)
        #expect(message.contains("not in the image catalogue Labs/images.yaml"))
        #expect(message.contains("example/unknown:1.0"))
    }

    @Test func catalogueLookupRules() {
        let catalog = KubeletFixture.catalog
        #expect(catalog.lookup("jinyoung/order:stable") == .found(KubeletFixture.order))
        #expect(catalog.lookup("docker.io/jinyoung/order:canary") == .found(KubeletFixture.order))
        #expect(
            catalog.lookup("jinyoung/order")
                == .missingTag(
                    ImageReference(repository: "jinyoung/order", tag: "latest")))
        #expect(
            catalog.lookup("gcr.io/google-samples/kubernetes-bootcamp:v10")
                == .missingTag(
                    ImageReference(
                        repository: "gcr.io/google-samples/kubernetes-bootcamp", tag: "v10")))
        if case .found = catalog.lookup("leaky:anything") {} else { Issue.record("wildcard") }
        #expect(
            catalog.lookup("nginx")
                == .unknownImage(
                    ImageReference(repository: "nginx", tag: "latest")))
        #expect(
            ImageReference(parsing: "localhost:5000/app").description
                == "localhost:5000/app:latest")
    }
}
