import Testing
import XlsxReader

/// Tables reached through the sheet rels.
/// Expected values: Python XlsxWriter 3.3.1 fixture (Fixtures/make_reference.py).
@Suite("Tables")
struct XlsxTableTests {
    @Test("A table reads its name, range, columns, filter and style")
    func table() throws {
        let sheet = try XlsxFile(contentsOf: Fixture.url(Fixture.reference)).sheet("Queue")
        #expect(sheet.tables == [
            XlsxTable(
                name: "QueueStats", displayName: "QueueStats", reference: "A1:D6",
                columnNames: ["Queue", "Offered", "Answered", "Abandoned"], hasAutoFilter: true,
                styleName: "TableStyleMedium9", hasHeaderRow: true, hasTotalsRow: false),
        ])
        // The table's filter is its own, not the worksheet's.
        #expect(sheet.autoFilter == nil)
        #expect(sheet.cell("A3")?.value == .text("Ålesund Support"))
        #expect(sheet.cell("D6")?.value == .number(50))
    }
}
