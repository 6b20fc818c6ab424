public import Foundation

/// Finds submissions in the paths an instructor gives: repositories, bundles, or folders of them.
///
/// A path that is a repository or a bundle is one submission; any other folder is a folder of
/// submissions, one per entry (hidden entries and files that are not bundles are skipped and
/// listed in `skipped`). Nothing inside a submission is read here.
public struct SubmissionFinder: Sendable {
    public init() {}

    /// What was found: submissions sorted by id, and entries skipped with the reason.
    public struct Found: Sendable {
        public var submissions: [Submission]
        public var skipped: [String]
    }

    /// Finds the submissions in `paths`; entries at `excluded` paths (the output folder when it
    /// sits among the submissions) are not submissions.
    public func find(_ paths: [String], roster: Roster? = nil, excluding excluded: [URL] = [])
        -> Found
    {
        let skippedPaths = Set(excluded.map { $0.standardizedFileURL.path })
        var found: [Submission] = []
        var skipped: [String] = []
        for path in paths {
            let url = URL(fileURLWithPath: path)
            if let one = Self.classify(url, displayPath: path, explicit: true) {
                found.append(one)
                continue
            }
            let children: [String]
            do {
                children = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted {
                    $0.utf8.lexicographicallyPrecedes($1.utf8)
                }
            } catch {
                found.append(Self.unreadable(url, displayPath: path, "cannot be read"))
                continue
            }
            for child in children where !child.hasPrefix(".") {
                let childURL = url.appendingPathComponent(child)
                if skippedPaths.contains(childURL.standardizedFileURL.path) { continue }
                let shown = (path as NSString).appendingPathComponent(child)
                if let one = Self.classify(childURL, displayPath: shown, explicit: false) {
                    found.append(one)
                } else if Self.isDirectory(childURL) {
                    found.append(
                        Self.unreadable(
                            childURL, displayPath: shown,
                            "not a git repository or bundle (no .git, HEAD or bundle header)"))
                } else {
                    skipped.append("\(shown): not a git bundle")
                }
            }
        }
        return Found(submissions: Self.identified(found, roster: roster), skipped: skipped)
    }

    /// Gives each submission its roster id, makes ids unique, adds roster entries with no
    /// submission, and sorts by id.
    static func identified(_ found: [Submission], roster: Roster?) -> [Submission] {
        var result: [Submission] = []
        var seen: [String: (count: Int, path: String)] = [:]
        for var submission in found {
            if let id = roster?.id(forName: submission.name) { submission.id = id }
            let earlier = seen[submission.id]
            let count = (earlier?.count ?? 0) + 1
            seen[submission.id] = (count, earlier?.path ?? submission.displayPath)
            if let earlier {
                submission.duplicateOf = earlier.path
                submission.id += "~\(count)"
            }
            result.append(submission)
        }
        for entry in roster?.entries ?? [] where !found.contains(where: { $0.name == entry.name }) {
            result.append(
                Submission(
                    id: entry.id, name: entry.name, location: URL(fileURLWithPath: "/dev/null"),
                    displayPath: "", kind: .none, problem: "on the roster, no submission found"))
        }
        return result.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    }

    /// A repository or bundle at `url`, or nil for a plain folder (or, when not `explicit`, a
    /// file that is no bundle).
    static func classify(_ url: URL, displayPath: String, explicit: Bool) -> Submission? {
        let name = studentName(url.lastPathComponent)
        func make(_ kind: Submission.Kind, _ problem: String? = nil) -> Submission {
            Submission(
                id: name, name: name, location: url, displayPath: displayPath, kind: kind,
                problem: problem)
        }
        let manager = FileManager.default
        guard manager.fileExists(atPath: url.path) else {
            return explicit ? make(.unknown, "does not exist") : nil
        }
        if isDirectory(url) {
            if manager.fileExists(atPath: url.appendingPathComponent(".git").path) {
                return make(.repository)
            }
            if manager.fileExists(atPath: url.appendingPathComponent("HEAD").path),
                isDirectory(url.appendingPathComponent("objects"))
            {
                return make(.bare)
            }
            return nil
        }
        if isBundle(url) { return make(.bundle) }
        return explicit ? make(.unknown, "not a git repository or bundle") : nil
    }

    /// `alice.git` → `alice`, `alice.bundle` → `alice`.
    static func studentName(_ file: String) -> String {
        for suffix in [".git", ".bundle"] where file.hasSuffix(suffix) && file.count > suffix.count
        {
            return String(file.dropLast(suffix.count))
        }
        return file
    }

    static func isBundle(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 20)) ?? Data()
        return head.starts(with: Data("# v2 git bundle".utf8))
            || head.starts(with: Data("# v3 git bundle".utf8))
    }

    static func isDirectory(_ url: URL) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &directory)
            && directory.boolValue
    }

    static func unreadable(_ url: URL, displayPath: String, _ problem: String) -> Submission {
        let name = studentName(url.lastPathComponent)
        return Submission(
            id: name, name: name, location: url, displayPath: displayPath, kind: .unknown,
            problem: problem)
    }
}
