import Foundation
import LabGit
import LabTestSupport
import Testing

@Suite("History")
struct HistoryTests {
    let sandbox: Sandbox
    let repository: Repository
    let ids: [ObjectID]

    /// Four commits a minute apart: hpa, rollout, hpa again, notes.
    init() throws {
        sandbox = try Sandbox()
        repository = try Repository.create(at: sandbox.url("ws"))
        let clock = tickingClock()
        var ids: [ObjectID] = []
        let steps: [(String, String, String)] = [
            ("labs/hpa/hpa.yaml", "v1", "Start hpa"),
            ("labs/rollout/deploy.yaml", "v1", "Start rollout"),
            ("labs/hpa/hpa.yaml", "v2", "Check hpa"),
            ("notes.md", "notes", "Notes"),
        ]
        for (path, text, subject) in steps {
            try sandbox.write("ws/" + path, text + "\n")
            ids.append(
                try #require(
                    try repository.record(
                        [path], subject, trailers: [Trailer("Lab-Step", subject)], clock: clock)))
        }
        self.ids = ids
    }

    @Test("all commits, newest first, with parents, short ids and times")
    func everything() throws {
        let history = try repository.history()
        #expect(history.map(\.subject) == ["Notes", "Check hpa", "Start rollout", "Start hpa"])
        #expect(history.map(\.id) == ids.reversed())
        #expect(history.last?.parents == [])
        #expect(history.first?.parents == [ids[2]])
        #expect(history.first?.shortID == ids[3].short)
        #expect(history.first?.author.time.secondsSince1970 == 1_700_000_180)
        #expect(history.first?.trailers == [Trailer("Lab-Step", "Notes")])
        let git = GitCLI(directory: sandbox.url("ws"))
        #expect(try git("log", "--format=%H") == ids.reversed().map { $0.hex + "\n" }.joined())
    }

    @Test("filtered to a path prefix, like git log -- PREFIX")
    func filtered() throws {
        #expect(
            try repository.history(touching: "labs/hpa").map(\.subject) == [
                "Check hpa", "Start hpa",
            ])
        #expect(try repository.history(touching: "labs/hpa/hpa.yaml").count == 2)
        #expect(try repository.history(touching: "labs").count == 3)
        #expect(try repository.history(touching: "labs/nothing").isEmpty)
        #expect(try repository.history(touching: "labs/hpa", limit: 1).map(\.id) == [ids[2]])
        #expect(try repository.history(from: ids[1]).map(\.id) == [ids[1], ids[0]])
    }

    @Test("revisions resolve to commits; unknown ones are reported")
    func resolve() throws {
        #expect(try repository.resolve("HEAD") == ids[3])
        #expect(try repository.resolve("HEAD~2") == ids[1])
        #expect(try repository.resolve("main^") == ids[2])
        #expect(try repository.resolve(String(ids[0].hex.prefix(10))) == ids[0])
        #expect(throws: WorkspaceError.revisionNotFound("nope")) {
            try repository.resolve("nope")
        }
        let missing = try #require(ObjectID(hex: String(repeating: "0", count: 39) + "1"))
        #expect(throws: WorkspaceError.revisionNotFound(missing.hex)) {
            try repository.commitInfo(missing)
        }
    }

    @Test("the last commit at or before a deadline")
    func deadline() throws {
        let at = { (seconds: Int) in Date(timeIntervalSince1970: TimeInterval(seconds)) }
        #expect(try repository.lastCommit(atOrBefore: at(1_700_000_060))?.id == ids[1])
        #expect(try repository.lastCommit(atOrBefore: at(1_700_000_119))?.id == ids[1])
        #expect(try repository.lastCommit(atOrBefore: at(1_800_000_000))?.id == ids[3])
        #expect(try repository.lastCommit(atOrBefore: at(1_600_000_000)) == nil)
    }
}
