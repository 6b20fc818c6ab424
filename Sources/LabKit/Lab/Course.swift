import Foundation
import KubeModel
public import KubeYAML
public import LabDiagnostics

/// The course: its labs in teaching order, grouped into units, and where their files live.
public struct Course: Sendable {
    /// The folder holding `Labs/` and `Solutions/`.
    public var root: String
    public var title: LocalizedText
    /// Recorded with each result, so a grade says which edition of the labs it used.
    public var version: String
    public var units: [CourseUnit]

    /// Every lab id, in course order.
    public var labIDs: [String] { units.flatMap(\.labs) }

    public func labDirectory(_ id: String) -> String { "\(root)/Labs/\(id)" }
    public func solutionDirectory(_ id: String) -> String { "\(root)/Solutions/\(id)" }

    /// The lab's definition, with titles in `language` in its timeline.
    public func lab(_ id: String, language: Language = .en, limits: ManifestLimits = .standard)
        -> LabParse
    {
        LabParser(language: language, limits: limits).parse(path: labDirectory(id))
    }

    /// Lab `id`'s id, title and summary, for listings: read without loading the whole lab.
    public func header(_ id: String, language: Language = .en) -> LabHeader? {
        LabHeader.read(labDirectory: labDirectory(id), language: language)
    }

    /// The lab id nearest to a mistyped one, for "did you mean".
    public func suggestion(for id: String) -> String? {
        labIDs.closest(to: id, within: 2)
    }
}

/// A group of labs on one theme.
public struct CourseUnit: Sendable {
    public var title: LocalizedText
    public var labs: [String]
}

/// `Labs/course.yaml` as written.
struct CourseDocument: Decodable {
    var title: LocalizedText
    var version: String
    var units: [CourseUnitDocument]
}

struct CourseUnitDocument: Decodable {
    var title: LocalizedText
    var labs: [String]
}

/// What reading a course gave: the course when it has no errors, and every problem.
public struct CourseParse: Sendable {
    public var course: Course?
    public var diagnostics: [Diagnostic]
}

/// Reads `Labs/course.yaml` under a course root, and finds that root.
public enum CourseLoader {
    public static func load(root: String) -> CourseParse {
        let file = "\(root)/Labs/course.yaml"
        guard let data = FileManager.default.contents(atPath: file) else {
            return CourseParse(
                course: nil,
                diagnostics: [
                    .error(
                        "cannot read the course file",
                        at: SourceLocation(file: file, line: 1, column: 1),
                        hint: "a course root holds Labs/course.yaml")
                ])
        }
        let decoded = StrictYAMLDecoder().decode(
            CourseDocument.self, from: Array(data), file: file)
        guard let document = decoded.value else {
            return CourseParse(course: nil, diagnostics: decoded.diagnostics)
        }
        var diagnostics = decoded.diagnostics
        var seen: Set<String> = []
        for (unitIndex, unit) in document.units.enumerated() {
            for (index, id) in unit.labs.enumerated() where !seen.insert(id).inserted {
                diagnostics.append(
                    decoded.diagnostic(
                        .error, "lab \"\(id)\" is listed twice",
                        at: FieldPath("units").appending(index: unitIndex).appending("labs")
                            .appending(index: index)))
            }
        }
        let course = Course(
            root: root, title: document.title, version: document.version,
            units: document.units.map { CourseUnit(title: $0.title, labs: $0.labs) })
        return CourseParse(
            course: diagnostics.hasErrors ? nil : course, diagnostics: diagnostics)
    }

    /// The course root: `LABKIT_COURSE` when set, else the nearest folder holding
    /// `Labs/course.yaml` above the executable (an installed or built `lab`), else above the
    /// current directory (a checkout).
    public static func locate(
        environment: [String: String], executable: String, currentDirectory: String
    ) -> String? {
        if let explicit = environment["LABKIT_COURSE"], !explicit.isEmpty { return explicit }
        let executableFolder = (resolvingSymlinks(executable) as NSString)
            .deletingLastPathComponent
        for start in [executableFolder, currentDirectory] {
            var folder = start
            while true {
                for candidate in [folder, "\(folder)/share/labkit"]
                where FileManager.default.fileExists(atPath: "\(candidate)/Labs/course.yaml") {
                    return candidate
                }
                let parent = (folder as NSString).deletingLastPathComponent
                if parent == folder || parent.isEmpty { break }
                folder = parent
            }
        }
        return nil
    }

    private static func resolvingSymlinks(_ path: String) -> String {
        (path as NSString).resolvingSymlinksInPath
    }
}
