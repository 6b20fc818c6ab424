import LabGrading
import LabTestSupport
import Testing

@Suite("lab grade --format")
struct GradebookFormatTests {
    @Test func parsesAListOnceEach() throws {
        let formats = try GradebookFormat.list("csv, JSON,junit,csv").get()
        #expect(formats == [.csv, .json, .junit])
    }

    @Test func namesTheUnknownFormat() {
        #expect(throws: GradebookFormat.UnknownFormat(name: "xml")) {
            try GradebookFormat.list("csv,xml").get()
        }
    }
}
