import Foundation
import LabGit
import LabTestSupport
import Testing

@Suite("Bundles")
struct BundleTests {
    let sandbox: Sandbox
    let repository: Repository
    let git: GitCLI
    let head: ObjectID

    /// A workspace with two branches, a lightweight and an annotated tag.
    init() throws {
        sandbox = try Sandbox()
        repository = try Repository.create(at: sandbox.url("ws"))
        git = GitCLI(directory: sandbox.url("ws"))
        let clock = tickingClock()
        try sandbox.write("ws/labs/hpa/hpa.yaml", "v1\n")
        let first = try #require(try repository.record(["labs"], "First", clock: clock))
        try repository.createTag("lab/hpa/started", at: first)
        try git("branch", "experiment")
        try git("tag", "-a", "-m", "annotated", "v1")
        try sandbox.write("ws/labs/hpa/hpa.yaml", "v2\n")
        head = try #require(try repository.record(["labs"], "Second", clock: clock))
    }

    @Test("an exported bundle passes `git bundle verify` and clones with plain git")
    func exportForPlainGit() throws {
        let bundle = sandbox.url("ws.bundle")
        let header = try repository.exportBundle(to: bundle)
        #expect(
            header.references.map(\.name) == [
                "HEAD", "refs/heads/experiment", "refs/heads/main", "refs/tags/lab/hpa/started",
                "refs/tags/v1",
            ])
        #expect(try GitBundle.readHeader(at: bundle) == header)
        try FileManager.default.createDirectory(
            at: sandbox.url("scratch"), withIntermediateDirectories: true)
        let outside = GitCLI(directory: sandbox.url("scratch"))
        try outside("init", "-q")
        #expect(try outside("bundle", "verify", bundle.path).contains("is okay"))
        try outside("clone", "-q", bundle.path, sandbox.url("clone").path)
        let clone = GitCLI(directory: sandbox.url("clone"))
        #expect(try clone("rev-parse", "HEAD") == head.hex + "\n")
        #expect(try clone("symbolic-ref", "HEAD") == "refs/heads/main\n")
        #expect(try clone("tag") == "lab/hpa/started\nv1\n")
        #expect(try clone("cat-file", "-t", "v1") == "tag\n")
        #expect(sandbox.read("clone/labs/hpa/hpa.yaml") == "v2\n")
        try clone("fsck", "--strict")
    }

    @Test("a bundle imports into a bare repository with the same history, refs and HEAD")
    func roundTrip() throws {
        let bundle = sandbox.url("ws.bundle")
        try repository.exportBundle(to: bundle)
        let graded = try Repository.importBundle(at: bundle, into: sandbox.url("graded/alice.git"))
        #expect(graded.isBare)
        #expect(try graded.head() == .branch(name: "main", commit: head))
        #expect(try graded.history().map(\.id) == (try repository.history().map(\.id)))
        #expect(try graded.tags() == (try repository.tags()))
        #expect(try graded.contents(of: "labs/hpa/hpa.yaml", at: head).data == Data("v2\n".utf8))
        let bare = GitCLI(directory: sandbox.url("graded/alice.git"))
        try bare("fsck", "--strict")
        #expect(
            try bare("for-each-ref", "--format=%(refname)") == """
                refs/heads/experiment
                refs/heads/main
                refs/tags/lab/hpa/started
                refs/tags/v1

                """)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: sandbox.url("graded").path) == [
                "alice.git"
            ])
    }

    @Test("a bundle made by `git bundle create --all` imports too, into an empty directory")
    func importPlainGitBundle() throws {
        try git("bundle", "create", "-q", sandbox.url("cli.bundle").path, "--all")
        try FileManager.default.createDirectory(
            at: sandbox.url("empty"), withIntermediateDirectories: true)
        let graded = try Repository.importBundle(
            at: sandbox.url("cli.bundle"), into: sandbox.url("empty"))
        #expect(try graded.headCommit() == head)
        #expect(try graded.tags().map(\.name) == ["lab/hpa/started", "v1"])
    }

    @Test("an empty workspace has nothing to export")
    func nothingToExport() throws {
        let empty = try Repository.create(at: sandbox.url("empty"))
        #expect(throws: WorkspaceError.nothingToExport(path: sandbox.url("empty").path)) {
            try empty.exportBundle(to: sandbox.url("empty.bundle"))
        }
    }

    @Test("malformed bundles are rejected with the reason and leave nothing behind")
    func malformed() throws {
        let valid = sandbox.url("ws.bundle")
        try repository.exportBundle(to: valid)
        let bytes = try Data(contentsOf: valid)
        let cases: [(String, Data, String)] = [
            (
                "text.bundle", Data("hello\n\nworld".utf8),
                "it does not start with \"# v2 git bundle\""
            ),
            (
                "nopack.bundle", Data("# v2 git bundle\n\(head.hex) HEAD\n\n".utf8),
                "no pack follows the header"
            ),
            (
                "noblank.bundle", Data("# v2 git bundle\n\(head.hex) HEAD\n".utf8),
                "no blank line ends the header in its first MiB"
            ),
            (
                "badref.bundle", Data("# v2 git bundle\nxyz refs/heads/main\n\nPACK".utf8),
                "line 2 is not \"<id> <reference>\""
            ),
            ("empty.bundle", Data("# v2 git bundle\n\nPACK".utf8), "it lists no references"),
            (
                "v3.bundle",
                Data("# v3 git bundle\n@filter=blob:none\n\(head.hex) HEAD\n\nPACK".utf8),
                "unsupported capability \"@filter=blob:none\""
            ),
        ]
        for (name, data, reason) in cases {
            let url = sandbox.url(name)
            try data.write(to: url)
            #expect(throws: WorkspaceError.malformedBundle(path: url.path, reason: reason)) {
                try Repository.importBundle(at: url, into: sandbox.url("out/\(name)"))
            }
        }
        let truncated = sandbox.url("truncated.bundle")
        try bytes.prefix(bytes.count - 30).write(to: truncated)
        let error = #expect(throws: WorkspaceError.self) {
            try Repository.importBundle(at: truncated, into: sandbox.url("out/truncated"))
        }
        guard case .malformedBundle(_, let reason) = error else {
            Issue.record("expected malformedBundle, got \(String(describing: error))")
            return
        }
        #expect(reason.hasPrefix("its pack is damaged"))
        let leftovers =
            (try? FileManager.default.contentsOfDirectory(atPath: sandbox.url("out").path)) ?? []
        #expect(leftovers.isEmpty)
    }

    @Test("incremental bundles, oversized files and occupied destinations are refused")
    func refused() throws {
        let incremental = sandbox.url("inc.bundle")
        try git("bundle", "create", "-q", incremental.path, "main~1..main")
        let error = #expect(throws: WorkspaceError.self) {
            try Repository.importBundle(at: incremental, into: sandbox.url("inc"))
        }
        guard case .malformedBundle(_, let reason) = error else {
            Issue.record("expected malformedBundle, got \(String(describing: error))")
            return
        }
        #expect(reason.hasPrefix("it is incremental"))

        let bundle = sandbox.url("ws.bundle")
        try repository.exportBundle(to: bundle)
        let size = try #require(
            (try FileManager.default.attributesOfItem(atPath: bundle.path)[.size] as? NSNumber)?
                .intValue)
        #expect(throws: WorkspaceError.tooLarge(path: bundle.path, size: size, limit: 100)) {
            try Repository.importBundle(at: bundle, into: sandbox.url("small"), maxBytes: 100)
        }
        try sandbox.write("occupied/file.txt", "x")
        #expect(throws: WorkspaceError.destinationNotEmpty(path: sandbox.url("occupied").path)) {
            try Repository.importBundle(at: bundle, into: sandbox.url("occupied"))
        }
    }
}
