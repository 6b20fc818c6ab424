import Foundation
import KubeYAML
import LabDiagnostics
import Testing

/// Manifests `make fuzz-cov` found (Fuzz/Regressions/ManifestLoader), through the harness's
/// oracle: nothing crashes, and every diagnostic and object points inside the file.
@Suite("Manifests found by fuzzing")
struct LoaderFuzzRegressionTests {
    static let folder = repositoryRoot.appendingPathComponent("Fuzz/Regressions/ManifestLoader")

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func thereAreInputs() {
        #expect(Self.inputs == ["lone-carriage-returns-shift-object-lines.yaml"])
    }

    @Test(arguments: inputs)
    func pointsInsideTheFile(name: String) throws {
        let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let set = ManifestLinter().lint(bytes: bytes, file: "fuzz.yaml")
        let outside = outsideTheFile(set, bytes: bytes, file: "fuzz.yaml")
        #expect(outside == nil, "\(outside ?? "")")
    }

    /// The finding in miniature: a lone CR and a LINE SEPARATOR are line breaks to YAML and
    /// to an editor, so the unknown field is on line 5, and a valid object's lines count the same.
    @Test func aLoneCarriageReturnBreaksTheLineEverywhere() {
        let header = "apiVersion: v1\rkind: Namespace\rmetadata:\u{2028}  name: x\n"
        let wrong = load(header + "  bogus: 1\n")
        #expect(wrong.found == [Found(.error, "unknown field \"metadata.bogus\"", 5, 3)])
        #expect(wrong.diagnostics.first?.sourceLine == "  bogus: 1")
        let right = load("# one\r# two\r---\r" + header)
        #expect(right.found == [])
        #expect(right.objects.map(\.line) == [4])
        #expect(
            outsideTheFile(
                right, bytes: Array(("# one\r# two\r---\r" + header).utf8), file: "test.yaml")
                == nil)
    }
}
