import FuzzSupport
import LabDiagnostics
import LabKit

// The scenario decoder (`lab sim run FILE`, and every lab's `scenario:`) on arbitrary bytes:
// nothing may crash, hang or leak; a scenario is returned only without errors, and every
// diagnostic about the file points inside it.
let parser = ScenarioParser()
let file = "/labkit-fuzz/scenarios/fuzz.yaml"

FuzzDriver.run { bytes in
    let parse = parser.parse(bytes: bytes, file: file)
    FuzzDriver.expect(
        parse.scenario == nil || !parse.diagnostics.hasErrors, "a scenario with errors")
    let lines = editorLineCount(bytes)
    for diagnostic in parse.diagnostics {
        guard let location = diagnostic.location, location.file == file else { continue }
        FuzzDriver.expect(
            (1...lines).contains(location.line) && location.column >= 1,
            "a diagnostic outside the file (\(lines) lines): \(diagnostic)")
    }
}
