import LabKit
import Testing

@Suite struct TextColumnsTests {
    @Test func hangulTakesTwoColumns() {
        #expect(TextColumns.width(of: "hpa") == 3)
        #expect(TextColumns.width(of: "시작 전") == 7)
        #expect(TextColumns.width(of: "ｗｉｄｅ") == 8)
    }

    /// Korean cells are padded by terminal columns, so the next column lines up on screen.
    @Test func columnsAlignByTerminalWidth() {
        let lines = TextColumns.aligned([["상태", "시도"], ["시작 전", "0"], ["passed", "2"]])
        #expect(lines == ["상태      시도", "시작 전   0", "passed    2"])
    }
}
