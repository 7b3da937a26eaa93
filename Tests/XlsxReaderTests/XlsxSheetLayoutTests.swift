import Testing
import XlsxReader

/// Panes, filters, column widths, outline, merges and hyperlinks.
/// Expected values: Python XlsxWriter 3.3.1 fixture (Fixtures/make_reference.py).
@Suite("Sheet layout")
struct XlsxSheetLayoutTests {
    let file: XlsxFile
    let sheet: XlsxSheet

    init() throws {
        file = try XlsxFile(contentsOf: Fixture.url(Fixture.reference))
        sheet = try file.sheet("Agents")
    }

    @Test("freeze_panes(1, 2) reads as one frozen row and two frozen columns")
    func frozenPanes() {
        #expect(sheet.frozenRows == 1)
        #expect(sheet.frozenColumns == 2)
    }

    @Test("The worksheet autofilter range is reported")
    func autoFilter() {
        #expect(sheet.autoFilter == "A1:K6")
    }

    @Test("Column widths are the stored <col width> values by 0-based column")
    func columnWidths() {
        // XlsxWriter stores width 18 as 18.7109375, 12.5 as 13.28515625 and 24 as 24.7109375 (padding added).
        #expect(sheet.columnWidths == [0: 18.7109375, 1: 13.28515625, 8: 24.7109375])
    }

    @Test("Row outline levels and hidden rows are keyed by 0-based row")
    func outline() {
        #expect(sheet.rowOutlineLevels == [3: 1, 4: 2, 5: 1])
        #expect(sheet.hiddenRows == [4])
    }

    @Test("Merged ranges are listed as written")
    func mergedRanges() {
        #expect(sheet.mergedRanges == ["A9:C9"])
        #expect(sheet.cell("A9")?.value == .text("Merged note"))
    }

    @Test("External hyperlinks resolve through the sheet rels, internal ones give their location")
    func hyperlinks() {
        #expect(sheet.hyperlinks == ["J2": "https://example.com/agents/zemaite", "J3": "Lists!A1"])
        #expect(sheet.cell("J2")?.value == .text("Profile"))
    }

    @Test("A plain sheet has no panes, filters, widths, outline, merges or links")
    func plainSheet() throws {
        let lists = try file.sheet("Lists")
        #expect(lists.name == "Lists")
        #expect(lists.frozenRows == 0 && lists.frozenColumns == 0)
        #expect(lists.autoFilter == nil)
        #expect(lists.columnWidths.isEmpty)
        #expect(lists.rowOutlineLevels.isEmpty && lists.hiddenRows.isEmpty)
        #expect(lists.mergedRanges.isEmpty && lists.hyperlinks.isEmpty)
        #expect(lists.dataValidations.isEmpty && lists.conditionalFormats.isEmpty)
        #expect(lists.tables.isEmpty && lists.charts.isEmpty)
    }
}
