import Foundation
import FuzzSupport
import LabGit
import LabGrading
import LabKit
import LabWorkspace

// What a workspace records and the grader reads back from a submission, on arbitrary bytes:
// the first byte chooses the decoder, the rest is its input.
//
// 0: a commit message: its trailers (libgit2's parser) read as a LabKit event.
// 1: `.lab/results/<id>.json`, the result document; one that decodes must survive
//    LabKit's own encoding unchanged (the grader compares claims with what it re-executes).
// 2: `.lab/workspace.json`, the workspace marker.
// 3: `gradebook.json`, as `lab grade merge` reads a shard's.
let time = SignatureTime(secondsSince1970: 1_764_000_000)
let person = Signature(name: "fuzz", email: "fuzz@labkit.invalid", time: time)
guard let zero = ObjectID(hex: String(repeating: "0", count: 40)) else {
    fatalError("the zero id does not parse")
}

FuzzDriver.run { bytes in
    guard let selector = bytes.first else { return }
    let input = Data(bytes.dropFirst())
    switch selector % 4 {
    case 0:
        let message = String(decoding: input, as: UTF8.self)
        let trailers = CommitInfo.trailers(in: message)
        let commit = CommitInfo(
            id: zero, shortID: zero.short, subject: "", message: message, trailers: trailers,
            author: person, committer: person, parents: [])
        let event = LabEvent(commit)
        _ = (event.points, event.hint, event.isForced, event.isPass, event.lab)
        if let result = event.result {
            FuzzDriver.expect(LabResultTrailer(value: result.value) == result, "\(result.value)")
            FuzzDriver.expect(result.checksPassed <= result.checksTotal, "\(result.value)")
        }
    case 1:
        guard let document = try? JSONDecoder().decode(LabReportDocument.self, from: input)
        else { return }
        let again = try? JSONDecoder().decode(
            LabReportDocument.self, from: Data(LabReport.encode(document).utf8))
        FuzzDriver.expect(again == document, "the result document does not survive re-encoding")
    case 2:
        _ = try? JSONDecoder().decode(WorkspaceManifest.self, from: input)
    default:
        guard let gradebook = try? Gradebook.decode(input) else { return }
        let again = try? Gradebook.decode(gradebook.jsonData())
        FuzzDriver.expect(again == gradebook, "the gradebook does not survive re-encoding")
    }
}
