import FuzzSupport
import KubeYAML
import LabDiagnostics

// The manifest loader and linter (`lab lint`, `lab check`, `lab grade`) on arbitrary bytes:
// nothing may crash, hang or leak, and every diagnostic points at a line and column inside the
// file it names (a caret outside the file would render nothing a student can find).
let linter = ManifestLinter()
let file = "fuzz.yaml"

FuzzDriver.run { bytes in
    let set = linter.lint(bytes: bytes, file: file)
    let lines = editorLineCount(bytes)
    for diagnostic in set.diagnostics {
        guard let location = diagnostic.location else {
            FuzzDriver.fail("a diagnostic without a location: \(diagnostic)")
        }
        FuzzDriver.expect(location.file == file, "a diagnostic names another file: \(diagnostic)")
        FuzzDriver.expect(
            (1...lines).contains(location.line) && location.column >= 1,
            "a diagnostic outside the file (\(lines) lines): \(diagnostic)")
    }
    for object in set.objects {
        FuzzDriver.expect(
            object.file == file && (1...lines).contains(object.line),
            "an object at line \(object.line) of a file of \(lines) lines")
    }
}
