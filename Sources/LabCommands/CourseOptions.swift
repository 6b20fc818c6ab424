import ArgumentParser
import Foundation
import LabDiagnostics
import LabKit

/// `--lang en|ko`.
enum LanguageChoice: String, ExpressibleByArgument, CaseIterable {
    case en
    case ko
}

/// Flags shared by commands that read the course: which language to speak.
struct CourseOptions: ParsableArguments {
    @Option(help: "The language of lab text: en or ko (default: from LANG, else en).")
    var lang: LanguageChoice?

    var language: Language {
        lang.flatMap { Language(rawValue: $0.rawValue) }
            ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
    }

    /// The course this `lab` serves, or exit 1 saying how to point at one.
    func loadCourse() throws -> Course {
        guard let root = Self.courseRoot else {
            Terminal.error(
                "cannot find the course (Labs/course.yaml) beside the lab executable or above "
                    + "this directory\n  hint: set LABKIT_COURSE to the folder holding Labs/")
            throw ExitCode(1)
        }
        let parse = CourseLoader.load(root: root)
        guard let course = parse.course else {
            Terminal.error(DiagnosticRenderer(colors: false).render(parse.diagnostics))
            throw ExitCode(1)
        }
        return course
    }

    /// The course's image catalogue (`Labs/images.yaml`), for scenarios written outside it.
    static var courseImageCatalog: String? {
        courseRoot.map { "\($0)/Labs/images.yaml" }.flatMap { path in
            FileManager.default.fileExists(atPath: path) ? path : nil
        }
    }

    /// The folder holding the course's `Labs/`: LABKIT_COURSE, else beside the executable or
    /// above the current directory.
    private static var courseRoot: String? {
        CourseLoader.locate(
            environment: ProcessInfo.processInfo.environment, executable: executablePath,
            currentDirectory: FileManager.default.currentDirectoryPath)
    }

    /// Where this `lab` runs from.
    ///
    /// Not `argv[0]`: that is only `lab` when the shell found it through PATH, as the README's
    /// set-up has students run it.
    static var executablePath: String {
        Bundle.main.executableURL?.path ?? CommandLine.arguments[0]
    }

    /// The lab `id` of `course`; an unknown id lists the labs and exits 64 (a usage error).
    func lab(_ id: String, in course: Course) throws -> Lab {
        guard course.labIDs.contains(id) else {
            var message = "unknown lab \"\(id)\""
            if let near = course.suggestion(for: id) { message += "; did you mean \"\(near)\"?" }
            message += "\n  labs: " + course.labIDs.joined(separator: ", ")
            Terminal.error(message)
            throw ExitCode(64)
        }
        let parse = course.lab(id, language: language)
        guard let lab = parse.lab else {
            Terminal.error(
                "the lab \"\(id)\" does not load (run lab dev check \(id)):\n"
                    + DiagnosticRenderer(colors: false).render(parse.diagnostics))
            throw ExitCode(1)
        }
        return lab
    }
}

/// Standard error, for messages that are not the command's output.
enum Terminal {
    static func error(_ message: String) {
        let labelled = ["error:", "warning:"].contains { message.hasPrefix($0) }
        let text = labelled || message.contains(": error:") ? message : "error: \(message)"
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
