import Foundation
import KubeModel
import KubeYAML
import LabDiagnostics
import Testing

@Suite("Loading manifests")
struct LoaderTests {
    static let pod =
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n"

    @Test func multipleDocumentsAndEmptyOnesSkipped() {
        let yaml =
            "---\n# only a comment\n---\n" + Self.pod + "---\n---\n"
            + Self.pod.replacingOccurrences(of: "name: web\nspec", with: "name: web2\nspec")
        let set = load(yaml)
        #expect(set.found == [])
        #expect(set.objects.map(\.resource.key.name) == ["web", "web2"])
        #expect(set.objects.map(\.line) == [4, 14])
    }

    @Test func listKindHoldsObjectsReportedUnderItems() {
        let yaml = """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: Service
              metadata:
                name: web
              spec:
                ports:
                - port: 80
            - apiVersion: v1
              kind: Pod
              metadata:
                name: web
              spec:
                containers:
                - name: web
                  image: nginx
                  imagee: nginx

            """
        let set = load(yaml)
        #expect(
            set.found == [
                Found(.error, "unknown field \"items[1].spec.containers[0].imagee\"", 19, 7)
            ])
        #expect(set.objects.map(\.resource.key.kind) == ["Service"])
    }

    @Test func jsonManifestsLoad() {
        let json = #"{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "lab"}}"#
        let set = load(json, file: "ns.json")
        #expect(set.found == [])
        #expect(
            set.objects.first?.resource.key
                == ObjectKey(kind: "Namespace", namespace: "default", name: "lab")
                || set.objects.first?.resource.key.name == "lab")
    }

    @Test func defaultsAreAppliedToLoadedObjects() throws {
        let set = load(BeginnerMistakeTests.deployment)
        let object = try #require(set.objects.first)
        guard case .deployment(let deployment) = object.resource else {
            Issue.record("expected a Deployment, got \(object.resource.key)")
            return
        }
        #expect(deployment.spec.revisionHistoryLimit == 10)
        #expect(deployment.spec.progressDeadlineSeconds == 600)
        #expect(deployment.metadata.namespace == "default")
    }

    @Test func locationOfAFieldPath() throws {
        let set = load(BeginnerMistakeTests.deployment)
        let object = try #require(set.objects.first)
        let location = object.location(of: FieldPath("spec.template.spec.containers[0].image"))
        #expect((location.line, location.column) == (17, 11))
        // A path missing from the file stops at the key of its nearest ancestor.
        let missing = object.location(of: FieldPath("spec.strategy.rollingUpdate"))
        #expect((missing.line, missing.column) == (5, 1))
    }

    @Test func billionLaughsIsRejectedQuickly() {
        var yaml =
            "a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(refs)]\n"
        }
        let set = load(yaml, file: "lol.yaml")
        #expect(set.found.count == 1)
        #expect(
            set.found.first?.message.contains("expands to more than 100000 nodes through aliases")
                == true)
    }

    @Test func deepNestingIsBounded() {
        let yaml = String(repeating: "[", count: 200) + String(repeating: "]", count: 200) + "\n"
        let set = load(yaml, file: "deep.yaml")
        #expect(set.found == [Found(.error, "nesting deeper than 64 levels", 1, 65)])
    }

    @Test func documentCountIsBounded() {
        let yaml = String(repeating: "--- {}\n", count: 20)
        var limits = ManifestLimits.standard
        limits.maxDocuments = 10
        let set = load(yaml, limits: limits)
        #expect(set.found.contains(Found(.error, "too many documents (more than 10)", 11, 5)))
    }

    @Test func fileSizeIsBounded() {
        var limits = ManifestLimits.standard
        limits.maxFileBytes = 64
        let set = load(Self.pod + Self.pod, limits: limits)
        #expect(set.found.first?.message == "input is larger than the 64-byte limit")
    }

    @Test func aDocumentThatIsNotAMap() {
        let set = load("- just\n- a list\n")
        #expect(
            set.found == [
                Found(
                    .error, "a manifest must be a map with apiVersion and kind, found a list", 1, 1)
            ])
    }

    @Test func directoryLoadsManifestsInNameOrder() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("labkit-loader-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.pod.write(
            to: directory.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        try Self.pod.replacingOccurrences(of: "name: web\nspec", with: "name: first\nspec")
            .write(to: directory.appendingPathComponent("a.yml"), atomically: true, encoding: .utf8)
        try "not a manifest".write(
            to: directory.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let set = ManifestLoader().load(paths: [directory.path])
        #expect(set.found == [])
        #expect(set.objects.map(\.resource.key.name) == ["first", "web"])
    }

    @Test func missingPathIsADiagnostic() {
        let set = ManifestLoader().load(paths: ["/no/such/manifest.yaml"])
        #expect(set.found == [Found(.error, "no such file or directory", 1, 1)])
    }

    /// A name that is not UTF-8 (a CP949 or Latin-1 name unpacked from an archive) still opens,
    /// and diagnostics show its stray bytes escaped; a subdirectory is skipped, as kubectl does.
    @Test func fileNamesThatAreNotUTF8AreReadAndShownEscaped() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("labkit-loader-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("nested.yaml"), withIntermediateDirectories: true)
        let text = Self.pod.replacingOccurrences(
            of: "name: web\nspec", with: "name: web\n  bogus: 1\nspec")
        let path = Array(directory.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".yaml".utf8)
        let descriptor = (path + [0]).withUnsafeBufferPointer {
            $0.withMemoryRebound(to: CChar.self) {
                open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644)
            }
        }
        try #require(descriptor >= 0)
        _ = Array(text.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        let set = ManifestLoader().load(paths: [directory.path])
        // Read: its unknown field is found on line 5.
        #expect(set.found.map(\.line) == [5])
        #expect(set.files == [directory.path + "/caf\\xE9.yaml"])
        #expect(set.diagnostics.map(\.location?.file) == [directory.path + "/caf\\xE9.yaml"])
    }
}
