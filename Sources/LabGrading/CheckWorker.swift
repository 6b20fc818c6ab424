public import Foundation
import KubeYAML
public import LabKit

/// The worker side of `CheckIsolation.workerProcess`: reads one request per line, runs the
/// lab check, writes the outcome as one line of JSON.
///
/// A request is `{"lab": "hpa", "root": "hpa", "files": {"order.yaml": "<base64>"}, ...}`:
/// the files read from the submission's blobs and the plan's manifest limits, so a worker
/// lints with the limits the grader would use in process. The answer is a `LabOutcome`. The
/// worker limits its own address space first, so a submission that makes the simulation grow
/// without bound ends this worker, not the machine.
public enum CheckWorker {
    struct Request: Codable {
        var lab: String
        var root: String
        var files: [String: Data]
        var maxFileBytes: Int
        var maxDocuments: Int
        var maxDepth: Int
        var maxNodes: Int

        init(lab: String, files: StudentFiles, limits: ManifestLimits) {
            self.lab = lab
            root = files.root
            self.files = files.contents.mapValues { Data($0) }
            maxFileBytes = limits.maxFileBytes
            maxDocuments = limits.maxDocuments
            maxDepth = limits.maxDepth
            maxNodes = limits.maxNodes
        }

        var limits: ManifestLimits {
            ManifestLimits(
                maxFileBytes: maxFileBytes, maxDocuments: maxDocuments, maxDepth: maxDepth,
                maxNodes: maxNodes)
        }

        var studentFiles: StudentFiles {
            StudentFiles(root: root, contents: files.mapValues { Array($0) })
        }
    }

    /// Serves requests from `input` until it closes; a lab that does not load is answered
    /// with a crashed outcome.
    public static func serve(
        course: Course, language: Language, input: FileHandle, output: FileHandle,
        memoryLimitBytes: Int? = 4 << 30
    ) {
        if let memoryLimitBytes {
            var limit = rlimit(
                rlim_cur: rlim_t(memoryLimitBytes), rlim_max: rlim_t(memoryLimitBytes))
            _ = setrlimit(Int32(RLIMIT_AS.rawValue), &limit)
        }
        var labs: [String: Lab] = [:]
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var reader = LineReader(handle: input)
        while let line = reader.next() {
            guard let request = try? decoder.decode(Request.self, from: line) else { continue }
            let outcome: LabOutcome
            if let lab = labs[request.lab] ?? course.lab(request.lab, language: language).lab {
                labs[request.lab] = lab
                outcome = LabOutcome(
                    LabRunner(limits: request.limits).run(lab, files: request.studentFiles),
                    language: language)
            } else {
                outcome = LabOutcome(
                    interruption: .crash, passed: false, points: 0, checks: [], invariants: [],
                    firstError: "the worker cannot load lab \"\(request.lab)\"", errorCount: 1)
            }
            let data = (try? encoder.encode(outcome)) ?? Data("{}".utf8)
            output.write(data + Data("\n".utf8))
        }
    }
}

/// Lines of a file handle, as bytes without the newline.
struct LineReader {
    let handle: FileHandle
    private var buffer = Data()
    private var ended = false

    init(handle: FileHandle) {
        self.handle = handle
    }

    /// The next line; nil at the end of the input.
    mutating func next() -> Data? {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[buffer.startIndex..<newline]
                buffer = Data(buffer[(newline + 1)...])
                return Data(line)
            }
            if ended {
                guard !buffer.isEmpty else { return nil }
                defer { buffer = Data() }
                return buffer
            }
            let chunk = handle.availableData
            if chunk.isEmpty { ended = true } else { buffer += chunk }
        }
    }
}
