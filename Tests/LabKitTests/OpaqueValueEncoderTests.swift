import ClusterSim
import Foundation
import KubeModel
import KubeYAML
import Testing

@testable import LabKit

/// Field conditions read objects through `OpaqueValueEncoder`; it must give exactly what the
/// JSON text round trip gave, or checks would see other values than `kubectl get -o json`.
@Suite struct OpaqueValueEncoderTests {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func roundTrip(_ object: some Encodable) throws -> OpaqueValue {
        try JSONDecoder().decode(OpaqueValue.self, from: try JSONEncoder().encode(object))
    }

    @Test func everyObjectOfARunningClusterMatchesTheJSONRoundTrip() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: "\(Self.root)/Solutions")
        var objects: [any KubeObject] = []
        // One cluster per reference solution, two minutes in: pods with status, owners and
        // probes, HPAs with metrics, budgets with counts, the shapes checks read.
        for folder in folders.sorted() {
            let cluster = Cluster.standard()
            let manifests = ManifestLinter().lint(paths: ["\(Self.root)/Solutions/\(folder)"])
            for object in manifests.objects {
                _ = try? ObjectWriter(cluster: cluster).apply(object.resource)
            }
            cluster.advance(by: .seconds(120))
            let store = cluster.store
            objects += store.pods.all as [any KubeObject]
            objects += store.deployments.all as [any KubeObject]
            objects += store.replicaSets.all as [any KubeObject]
            objects += store.statefulSets.all as [any KubeObject]
            objects += store.services.all as [any KubeObject]
            objects += store.endpoints.all as [any KubeObject]
            objects += store.persistentVolumeClaims.all as [any KubeObject]
            objects += store.persistentVolumes.all as [any KubeObject]
            objects += store.horizontalPodAutoscalers.all as [any KubeObject]
            objects += store.podDisruptionBudgets.all as [any KubeObject]
            objects += store.nodes.all as [any KubeObject]
        }
        #expect(objects.count >= 50)
        for object in objects {
            #expect(try OpaqueValueEncoder().encode(object) == Self.roundTrip(object))
        }
    }

    @Test func scalarsNilAndEmptyValues() throws {
        let values: [OpaqueValue] = [
            .null, .bool(true), .number(0.25), .string("200m"), .array([]), .object([:]),
            .object(["a": .array([.null, .number(-3)])]),
        ]
        for value in values {
            #expect(try OpaqueValueEncoder().encode(value) == Self.roundTrip(value))
        }
        let quantity = try #require(Quantity("1.5Gi"))
        #expect(try OpaqueValueEncoder().encode(quantity) == Self.roundTrip(quantity))
        let port: IntOrString = 8080
        #expect(try OpaqueValueEncoder().encode(port) == .number(8080))
        #expect(
            try OpaqueValueEncoder().encode(["n": 1, "m": 2]) == Self.roundTrip(["n": 1, "m": 2]))
    }

    @Test func numbersJSONCannotHoldAreRefused() {
        #expect(throws: EncodingError.self) { try OpaqueValueEncoder().encode(Double.infinity) }
        #expect(throws: (any Error).self) { try Self.roundTrip(Double.infinity) }
    }
}
