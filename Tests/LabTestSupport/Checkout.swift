public import Foundation
public import LabKit

/// This source checkout: its root (the folder holding `Labs/` and `Solutions/`), its course,
/// and the files of a lab's folders, as tests and the benchmark read them.
public enum Checkout {
    /// The repository root, found from this file's place in `Tests/LabTestSupport/`.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The course of this checkout, loaded once; a course that does not load stops the tests.
    public static let course: Course = {
        guard let loaded = CourseLoader.load(root: root.path).course else {
            fatalError("the course in \(root.path) does not load")
        }
        return loaded
    }()

    /// The regular files directly in `relative` (under the root), by name.
    public static func files(_ relative: String) throws -> [String: Data] {
        let folder = root.appendingPathComponent(relative)
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            else { continue }
            files[name] = try Data(contentsOf: url)
        }
        return files
    }

    /// What `lab start` copies for `lab`: the starter files and the English instructions as
    /// `README.md`.
    public static func starter(_ lab: String) throws -> [String: Data] {
        var files = try files("Labs/\(lab)/start")
        files["README.md"] = try Data(
            contentsOf: root.appendingPathComponent("Labs/\(lab)/README.en.md"))
        return files
    }

    /// The starter with the reference answer copied over it.
    public static func solution(_ lab: String) throws -> [String: Data] {
        try starter(lab).merging(files("Solutions/\(lab)")) { $1 }
    }

    /// The result `lab check` records for `files` of `lab` (the instructions left out).
    public static func recordedResult(
        of lab: Lab, files: [String: Data], course: Course = Checkout.course
    ) throws -> LabReportDocument {
        var contents: [String: [UInt8]] = [:]
        for (name, data) in files where name != "README.md" { contents[name] = Array(data) }
        return LabCheck(
            lab, files: StudentFiles(root: lab.id, contents: contents), language: .en,
            labkitVersion: "0.1.0", courseVersion: course.version
        ).document
    }
}
