import Foundation
import Testing
import Workbook
import XlsxReader

@Suite("Constant-memory mode")
struct ConstantMemoryTests {
    @Test("rows written in constant-memory mode read back, strings inline, widths still fitted")
    func constantMemoryRoundTrip() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("large.xlsx")
        let rows = 5_000
        try Workbook.write(to: url, options: WorkbookOptions(constantMemory: true)) { workbook in
            let sheet = try workbook.addSheet(named: "Rows")
            try sheet.writeHeader(["Agent", "Calls", "Handle time"], row: 0)
            for row in 1...rows {
                try sheet.write(.text("Ćorić \(row)"), row: row, column: 0)
                try sheet.write(.number(Double(row)), row: row, column: 1)
                try sheet.write(.duration(seconds: Double(row)), row: row, column: 2)
            }
            sheet.freezePanes(rows: 1)
        }
        let sheet = try XlsxFile(contentsOf: url).sheet("Rows")
        #expect(sheet.maxRow == rows)
        #expect(sheet.cell("A5001")?.value == .text("Ćorić 5000"))
        #expect(sheet.cell("B5001")?.value == .number(5000))
        #expect(sheet.frozenRows == 1)
        #expect((sheet.columnWidths[0] ?? 0) >= 10)
    }
}
