import Foundation
import Testing
import Workbook
import XlsxReader

@Suite("Layout, rules, tables and properties")
struct LayoutTests {
    /// One workbook exercising every layout feature, written once and inspected by several tests.
    static func writeSample(to url: URL) throws {
        try Workbook.write(to: url) { workbook in
            try workbook.setProperties(DocumentProperties(
                title: "Coverage", subject: "Week 12", author: "Headset tests", company: "Aurora Help Desk",
                keywords: "coverage, roster", comments: "Generated in a test"))
            let lists = try workbook.addSheet(named: "Lists")
            for (row, channel) in ["Phone", "Email", "Chat", "Letters"].enumerated() {
                try lists.write(.text(channel), row: row, column: 0)
            }
            lists.hide()
            let sheet = try workbook.addSheet(named: "Intervals")
            try sheet.writeHeader(["Interval", "Channel", "A very long descriptive heading", "SL"], row: 0)
            for row in 1...10 {
                try sheet.write(.text("08:\(row)0"), row: row, column: 0)
                try sheet.write(.text("Phone"), row: row, column: 1)
                try sheet.write(.number(Double(row * 10)), row: row, column: 2)
                try sheet.write(.number(Double(row) / 10), row: row, column: 3, style: .percent)
            }
            sheet.freezePanes(rows: 1, columns: 1)
            try sheet.autofilter(CellRange(rows: 0...10, columns: 0...3))
            try sheet.addConditionalFormat(.threeColorScale(), to: CellRange(rows: 1...10, columns: 3...3))
            try sheet.addConditionalFormat(.dataBar(), to: CellRange(rows: 1...10, columns: 2...2))
            try sheet.addConditionalFormat(.cellValue(.lessThan(0.8), style: .badHighlight), to: CellRange(rows: 1...10, columns: 3...3))
            try sheet.addValidation(.list(source: CellRange(sheet: "Lists", rows: 0...3, columns: 0...0)),
                                    to: CellRange(rows: 1...10, columns: 1...1))
            try workbook.defineName("Channels", refersTo: CellRange(sheet: "Lists", rows: 0...3, columns: 0...0))

            let org = try workbook.addSheet(named: "Org")
            org.showOutlineSummaryAbove()
            let people = [("Chief customer officer", 0), ("Customer support manager", 1), ("Supervisor", 2), ("Agent", 3)]
            for (row, person) in people.enumerated() {
                try org.setOutlineLevel(person.1, row: row)
                try org.write(.text(person.0), row: row, column: 0, style: CellStyle().with(indent: person.1))
            }

            let table = try workbook.addSheet(named: "Table")
            for row in 1...3 {
                try table.writeRow([.text("Agent \(row)"), .number(Double(row))], row: row)
            }
            try table.addTable(TableDefinition(name: "Scores", range: CellRange(rows: 0...3, columns: 0...1),
                                               columnHeaders: ["Agent", "Score"]))
        }
    }

    @Test("panes, filters, widths and hidden sheets are written")
    func layout() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("layout.xlsx")
        try Self.writeSample(to: url)
        let file = try XlsxFile(contentsOf: url)
        #expect(file.sheetNames == ["Lists", "Intervals", "Org", "Table"])
        let sheet = try file.sheet("Intervals")
        #expect(sheet.frozenRows == 1)
        #expect(sheet.frozenColumns == 1)
        #expect(sheet.autoFilter == "A1:D11")
        let narrow = try #require(sheet.columnWidths[1])
        let wide = try #require(sheet.columnWidths[2])
        #expect(wide > narrow, "the long heading's column is wider")
        #expect(wide >= 31, "31 characters of heading fit")
        let header = try #require(sheet.cell("A1"))
        #expect(header.style.isBold)
        #expect(header.style.fillColor?.hasSuffix("1F4E78") == true)
        #expect(header.style.wrapsText)
        #expect(file.definedNames["Channels"] == "Lists!$A$1:$D$1" || file.definedNames["Channels"]?.contains("Lists") == true)
    }

    @Test("conditional formats and a list validation drawn from a range")
    func rules() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("rules.xlsx")
        try Self.writeSample(to: url)
        let sheet = try XlsxFile(contentsOf: url).sheet("Intervals")
        let kinds = sheet.conditionalFormats.map(\.type)
        #expect(kinds.contains("colorScale"))
        #expect(kinds.contains("dataBar"))
        let rule = try #require(sheet.conditionalFormats.first { $0.type == "cellIs" })
        #expect(rule.operator == "lessThan")
        #expect(rule.formulas == ["0.8"])
        #expect(rule.sqref == "D2:D11")
        let validation = try #require(sheet.dataValidations.first)
        #expect(validation.type == "list")
        #expect(validation.sqref == "B2:B11")
        #expect(validation.formula1 == "'Lists'!$A$1:$A$4")
    }

    @Test("outline levels, tables and document properties")
    func outlineTablesProperties() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("outline.xlsx")
        try Self.writeSample(to: url)
        let file = try XlsxFile(contentsOf: url)
        let org = try file.sheet("Org")
        #expect(org.rowOutlineLevels == [1: 1, 2: 2, 3: 3])
        #expect(org.cell("D1") == nil)
        #expect(org.cell("A4")?.style.indent == 3)
        let table = try #require(try file.sheet("Table").tables.first)
        #expect(table.name == "Scores")
        #expect(table.reference == "A1:B4")
        #expect(table.columnNames == ["Agent", "Score"])
        #expect(file.properties.title == "Coverage")
        #expect(file.properties.company == "Aurora Help Desk")
        #expect(file.properties.keywords == "coverage, roster")
    }
}
