import Foundation
import KubeModel
import KubeYAML
import LabDiagnostics
import Testing

/// The course's example manifests (copied from the lecture notes into Labs/examples).
@Suite("Lecture-note manifests")
struct SeedManifestTests {
    static let seeds = repositoryRoot.appendingPathComponent("Labs/examples/seeds").path
    static let mistakes = repositoryRoot.appendingPathComponent("Labs/examples/mistakes").path

    static var seedFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: seeds)) ?? []).sorted()
    }

    /// What each seed manifest declares, in file order.
    static let objects: [String: [String]] = [
        "000-hpa-miniintern.yaml": ["horizontalpodautoscaler/miniintern-client"],
        "001-order.yaml": ["deployment/order"],
        "001-readiness-deployment.yaml": ["deployment/order-readiness"],
        "001-service.yaml": ["service/order"],
        "002-replicaset-pvc.yaml": [
            "persistentvolumeclaim/replica-pvc1", "replicaset/replica-pvc",
        ],
        "002-replicaset-web.yaml": ["replicaset/replica-web"],
        "002-statefulset-db.yaml": ["statefulset/stateful-db"],
        "002-statefulset-pvc.yaml": ["statefulset/stateful-pvc", "service/stateful-headless"],
    ]

    @Test func everySeedIsListed() {
        #expect(Self.seedFiles == Self.objects.keys.sorted())
    }

    @Test(arguments: seedFiles)
    func validSeedManifestLoadsWithoutErrors(_ name: String) {
        let set = ManifestLinter().lint(paths: [Self.seeds + "/" + name])
        #expect(!set.hasErrors, "\(set.diagnostics)")
        #expect(set.objects.map { $0.resource.key.description } == Self.objects[name])
    }

    @Test func seedDirectoryLintsClean() {
        let set = ManifestLinter().lint(paths: [Self.seeds])
        #expect(set.found.filter { $0.severity == .error } == [])
        #expect(set.objects.count == 10)
    }

    @Test func eachSeedMistakeGetsItsDiagnostic() {
        let set = ManifestLinter().lint(paths: [Self.mistakes])
        let byFile = Dictionary(grouping: set.diagnostics) {
            URL(fileURLWithPath: $0.location?.file ?? "").lastPathComponent
        }.mapValues { $0.map(Found.init) }
        #expect(
            byFile["000-hpa-heredoc.yaml"] == [
                Found(
                    .warning,
                    "scale target \"deployment/miniintern-client\" is not among the manifests", 11,
                    5),
                Found(.error, "heredoc terminator \"EOF\" pasted into the manifest", 15, 1),
            ])
        #expect(
            byFile["001-siege-indentation.yaml"] == [
                Found(.error, "unknown field \"spec.image\"", 8, 5)
            ])
        #expect(
            byFile["001-readiness-tabs.yaml"] == [
                Found(.error, "tab character in indentation", 16, 1)
            ])
        #expect(
            byFile["002-request-pod-apiversion.yaml"] == [
                Found(.error, "unknown field \"piVersion\"", 2, 1)
            ])
        #expect(
            byFile["003-bootcamp-typos.yaml"] == [
                Found(.error, "duplicate field \"metadata.name\"", 6, 3),
                Found(
                    .error,
                    "invalid type for \"spec.replicas\": expected an integer, found string \"4\"",
                    8, 13),
                Found(
                    .error, "unknown field \"spec.template.spec.containers[0].imagePullPolicyy\"",
                    20, 11),
                Found(
                    .error, "no matches for kind \"Deployment\" in version \"extensions/v1beta1\"",
                    22, 13),
            ])
    }
}
