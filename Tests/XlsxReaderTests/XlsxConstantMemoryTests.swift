import Testing
import XlsxReader

/// A workbook written in constant_memory mode: inline strings, no shared-string table.
/// Expected values: Python XlsxWriter 3.3.1 fixture (Fixtures/make_reference.py).
@Suite("Constant-memory workbooks")
struct XlsxConstantMemoryTests {
    let file: XlsxFile
    let sheet: XlsxSheet

    init() throws {
        file = try XlsxFile(contentsOf: Fixture.url(Fixture.constantMemory))
        sheet = try file.sheet("Stream")
    }

    @Test("The workbook has no shared-string table")
    func noSharedStrings() {
        #expect(!file.entryPaths.contains("xl/sharedStrings.xml"))
        #expect(file.sheetNames == ["Stream"])
    }

    @Test("Inline strings read as text, including Unicode and preserved spaces")
    func inlineStrings() {
        #expect(sheet.cell("A1")?.value == .text("Agent"))
        #expect(sheet.cell("A1")?.style.isBold == true)
        #expect(sheet.cell("A2")?.value == .text("Agent 1"))
        #expect(sheet.cell("B2")?.value == .text("Ķemeri"))
        #expect(sheet.cell("B3")?.value == .text("Bærum"))
        #expect(sheet.cell("B4")?.value == .text("Ålesund"))
        #expect(sheet.cell("D2")?.value == .text("  keep spaces  "))
    }

    @Test("Inline rich strings concatenate their runs")
    func inlineRichString() {
        #expect(sheet.cell("D3")?.value == .text("Žemaitė Ćorić"))
    }

    @Test("Numbers and the last row are read")
    func lastRow() {
        #expect(sheet.cell("C2")?.value == .number(1.5))
        #expect(sheet.cell("A201")?.value == .text("Agent 200"))
        #expect(sheet.cell("B201")?.value == .text("Bærum"))
        #expect(sheet.cell("C201")?.value == .number(300))
        #expect(sheet.maxRow == 200)
        #expect(sheet.maxColumn == 3)
        #expect(sheet.cells.count == 4 + 200 * 3 + 2)
    }
}
