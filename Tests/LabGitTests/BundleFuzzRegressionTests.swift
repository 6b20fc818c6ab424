import Foundation
import LabGit
import LabTestSupport
import Testing

/// Bundles `make fuzz-cov` found (Fuzz/Regressions/BundleImport), imported as `lab grade`
/// imports a submission: each is refused as malformed, quickly and leaving nothing behind.
@Suite("Bundles found by fuzzing")
struct BundleFuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/Regressions/BundleImport")

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func thereAreInputs() {
        #expect(
            Self.inputs == [
                "object-shorter-than-declared.bundle", "pack-claims-654-million-objects.bundle",
                "pack-object-inflates-short.bundle",
            ])
    }

    @Test(arguments: inputs)
    func isRefusedAndLeavesNothing(name: String) throws {
        let sandbox = try Sandbox()
        let bundle = Self.folder.appendingPathComponent(name)
        let error = #expect(throws: WorkspaceError.self) {
            try Repository.importBundle(at: bundle, into: sandbox.url("out/repository.git"))
        }
        guard case .malformedBundle(let path, let reason) = error else {
            Issue.record("expected malformedBundle, got \(String(describing: error))")
            return
        }
        #expect(path == bundle.path)
        let expected: [String: String] = [
            // libgit2 sized its tables by this count first: 5 GB for a 298-byte file.
            "pack-claims-654-million-objects.bundle":
                "its pack claims 654311424 objects, more than its 146 bytes of objects can hold",
            // It made libgit2 1.5.1 leak 40 bytes (Fuzz/lsan.supp); now refused before that.
            "object-shorter-than-declared.bundle":
                "its pack claims 3 objects, more than its 12 bytes of objects can hold",
            // Past the header check: libgit2 reads it, leaks its 40 bytes (Fuzz/lsan.supp) and
            // refuses it; the half-made repository is removed.
            "pack-object-inflates-short.bundle":
                "its pack is damaged: failed to parse bad commit object",
        ]
        #expect(reason == expected[name])
        #expect(!FileManager.default.fileExists(atPath: sandbox.url("out/repository.git").path))
        if name != "pack-object-inflates-short.bundle" {
            // Refused from the header alone: not even the parent folder was created.
            #expect(!FileManager.default.fileExists(atPath: sandbox.url("out").path))
        }
    }
}
