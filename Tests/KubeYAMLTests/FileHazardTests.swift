import Foundation
import KubeYAML
import LabDiagnostics
import Testing

/// What a student's machine leaves in or instead of a manifest: merge conflict markers, a
/// named pipe, a file over the size limit.
@Suite("Loader: conflict markers, special files, the size hint")
struct FileHazardTests {
    static let conflicted = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: order
        spec:
        <<<<<<< HEAD
          replicas: 1
        =======
          replicas: 2
        >>>>>>> topic
          selector:
            matchLabels: {app: order}
        <<<<<<< HEAD
        =======
          minReadySeconds: 5
        >>>>>>> topic

        """

    @Test func eachConflictIsOneErrorAtItsFirstMarkerAndNothingElse() throws {
        let set = load(Self.conflicted)
        let message =
            "merge conflict: the file still holds both sides of a git merge conflict, from "
            + "this \"<<<<<<<\" line"
        #expect(set.found == [Found(.error, message, 6, 1), Found(.error, message, 13, 1)])
        #expect(
            set.diagnostics.map(\.notes) == [
                [
                    "line 8 (\"=======\") separates the two sides",
                    "line 10 (\">>>>>>>\") ends the conflict",
                ],
                [
                    "line 14 (\"=======\") separates the two sides",
                    "line 16 (\">>>>>>>\") ends the conflict",
                ],
            ])
        #expect(set.diagnostics.first?.sourceLine == "<<<<<<< HEAD")
        #expect(set.objects.isEmpty)
    }

    /// Seven `=` inside a block scalar, with no `<<<<<<<` line, is text, not a conflict.
    @Test func aRuleOfEqualsSignsAloneIsNoConflict() {
        let set = load(
            """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: notes
            data:
              readme: |
                Title
            =======

            """)
        #expect(!set.found.contains { $0.message.hasPrefix("merge conflict") })
    }

    @Test func aNamedPipeIsReportedNeverOpened() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("labkit-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("pipe.yaml").path
        #expect(mkfifo(pipe, 0o644) == 0)
        let direct = ManifestLoader().load(path: pipe)
        #expect(
            direct.found == [Found(.error, "\"\(pipe)\" is a named pipe (FIFO), not a file", 1, 1)])
        let listed = ManifestLoader().load(path: folder.path)
        #expect(
            listed.found == [
                Found(
                    .warning, "\"\(pipe)\" is a named pipe (FIFO), not a file: it was skipped", 1, 1
                )
            ])
    }

    @Test func theSizeHintNamesAnOptionOnlyWhenTheCommandHasOne() {
        var limits = ManifestLimits(maxFileBytes: 10)
        let fixed = load("apiVersion: v1\n", limits: limits)
        #expect(
            fixed.diagnostics.map(\.hint) == [
                "a manifest is a few kilobytes: split it into several files"
            ])
        limits.sizeOption = "--max-file-size"
        let raisable = load("apiVersion: v1\n", limits: limits)
        #expect(
            raisable.diagnostics.map(\.hint) == [
                "a manifest is a few kilobytes: split it into several files, or raise the limit "
                    + "with --max-file-size"
            ])
    }
}
