import Foundation
import FuzzSupport
import LabGit

// The grader's bundle import (`lab grade alice.bundle`) on arbitrary bytes: the bundle is read
// into a bare repository as `lab grade` does, and what grading reads next (HEAD, history, the
// files of the graded commit, their contents under a size limit) is read. Nothing may crash,
// hang or leak, and a failed import leaves nothing behind.
let scratch = FileManager.default.temporaryDirectory
    .appendingPathComponent("labkit-fuzz-bundle-\(getpid())")
try? FileManager.default.removeItem(at: scratch)
try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
let bundle = scratch.appendingPathComponent("submission.bundle")
let destination = scratch.appendingPathComponent("repository.git")

FuzzDriver.run { bytes in
    try? FileManager.default.removeItem(at: destination)
    guard FileManager.default.createFile(atPath: bundle.path, contents: Data(bytes)) else {
        FuzzDriver.fail("cannot write \(bundle.path)")
    }
    do {
        let repository = try Repository.importBundle(at: bundle, into: destination)
        guard let head = try repository.headCommit() else { return }
        let history = try repository.history(limit: 100)
        FuzzDriver.expect(history.first?.id == head, "the history does not start at HEAD")
        for entry in try repository.files(at: head).prefix(50) {
            _ = try? repository.contents(of: entry.path, at: head, maxBytes: 1 << 20)
        }
    } catch {
        // A bundle that does not import must leave no repository behind.
        FuzzDriver.expect(
            !FileManager.default.fileExists(atPath: destination.path),
            "a failed import left \(destination.path): \(error)")
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: scratch.path)) ?? []
        FuzzDriver.expect(leftovers == ["submission.bundle"], "a failed import left \(leftovers)")
    }
}
