import FuzzSupport
import LabDiagnostics
import LabKit

// `lab.yaml` (a lab's definition: texts, checks, invariants, its scenario) on arbitrary bytes:
// nothing may crash, hang or leak; a lab is returned only without errors, and every diagnostic
// about the file points inside it.
let parser = LabParser()
let file = "/labkit-fuzz/labs/fuzz/lab.yaml"

FuzzDriver.run { bytes in
    let parse = parser.parse(bytes: bytes, file: file)
    FuzzDriver.expect(parse.lab == nil || !parse.diagnostics.hasErrors, "a lab with errors")
    let lines = editorLineCount(bytes)
    for diagnostic in parse.diagnostics {
        guard let location = diagnostic.location, location.file == file else { continue }
        FuzzDriver.expect(
            (1...lines).contains(location.line) && location.column >= 1,
            "a diagnostic outside the file (\(lines) lines): \(diagnostic)")
    }
}
