import Foundation
import KubeYAML
import LabDiagnostics
import Testing

/// Property-based fuzzing of the loader with a seeded generator: mutated course manifests must
/// never crash or hang it, and every diagnostic must point inside the file it names.
///
/// `LABKIT_FUZZ_ITERATIONS` and `LABKIT_FUZZ_SEED` make longer or different runs (docs/fuzzing.md).
@Suite("Loader fuzzing")
struct LoaderFuzzTests {
    static let corpus: [[UInt8]] = ["seeds", "mistakes"].flatMap { folder in
        let directory = repositoryRoot.appendingPathComponent("Labs/examples/\(folder)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.sorted().compactMap {
            FileManager.default.contents(atPath: directory.appendingPathComponent($0).path).map(
                Array.init)
        }
    }

    static var iterations: Int {
        ProcessInfo.processInfo.environment["LABKIT_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 3_000
    }

    static var seed: UInt64 {
        ProcessInfo.processInfo.environment["LABKIT_FUZZ_SEED"].flatMap(UInt64.init) ?? 0x1AB_C0DE
    }

    @Test func mutatedManifestsNeverCrashAndDiagnosticsPointInsideTheFile() throws {
        try #require(!Self.corpus.isEmpty)
        var random = SplitMix64(seed: Self.seed)
        let linter = ManifestLinter()
        for iteration in 0..<Self.iterations {
            var bytes = Self.corpus[Int(random.next() % UInt64(Self.corpus.count))]
            for _ in 0...(random.next() % 4) {
                Mutation.apply(&bytes, using: &random)
            }
            let set = linter.lint(bytes: bytes, file: "fuzz.yaml")
            let outside = outsideTheFile(set, bytes: bytes, file: "fuzz.yaml")
            #expect(outside == nil, "iteration \(iteration): \(outside ?? "")")
        }
    }
}

/// The ways a manifest is mangled: bytes dropped, YAML punctuation inserted, lines repeated,
/// indentation changed, invalid UTF-8.
enum Mutation {
    static let alphabet = Array(":-[]{}&*!|>'\"#%@\t\n ,?~0123456789abcEOF".utf8)

    static func apply(_ bytes: inout [UInt8], using random: inout SplitMix64) {
        guard !bytes.isEmpty else {
            bytes = [alphabet[Int(random.next() % UInt64(alphabet.count))]]
            return
        }
        let position = Int(random.next() % UInt64(bytes.count))
        switch random.next() % 6 {
        case 0:
            let length = min(bytes.count - position, Int(random.next() % 16) + 1)
            bytes.removeSubrange(position..<position + length)
        case 1:
            bytes.insert(alphabet[Int(random.next() % UInt64(alphabet.count))], at: position)
        case 2:
            let line = lineRange(in: bytes, around: position)
            bytes.insert(contentsOf: bytes[line] + [0x0A], at: line.lowerBound)
        case 3:
            let line = lineRange(in: bytes, around: position)
            bytes.insert(
                contentsOf: Array(repeating: 0x20, count: Int(random.next() % 5) + 1),
                at: line.lowerBound)
        case 4:
            bytes[position] = UInt8(truncatingIfNeeded: random.next())
        default:
            let anchor = Array("&a [*a, *a]".utf8)
            bytes.insert(contentsOf: anchor, at: position)
        }
    }

    private static func lineRange(in bytes: [UInt8], around position: Int) -> Range<Int> {
        let start = bytes[..<position].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let end = bytes[position...].firstIndex(of: 0x0A) ?? bytes.count
        return start..<end
    }
}

/// A small seeded generator (SplitMix64): the same seed gives the same run on every machine.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
