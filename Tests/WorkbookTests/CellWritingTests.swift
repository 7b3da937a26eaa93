import Foundation
import Testing
import Workbook
import XlsxReader

@Suite("Writing cells")
struct CellWritingTests {
    @Test("every kind of value reads back with its type and format")
    func valuesRoundTrip() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("values.xlsx")
        // 2026-03-29 01:30 UTC is 04:30 in Vilnius (EEST, UTC+3, the day DST starts).
        let moment = Date(timeIntervalSince1970: 1_774_747_800)
        var options = WorkbookOptions()
        options.timeZone = TimeZone(identifier: "Europe/Vilnius")!
        try Workbook.write(to: url, options: options) { workbook in
            let sheet = try workbook.addSheet(named: "Values")
            try sheet.write(.text("Žemaitė"), row: 0, column: 0)
            try sheet.write(.number(1234.5), row: 1, column: 0, style: .decimal)
            try sheet.write(.bool(true), row: 2, column: 0)
            try sheet.write(.date(moment), row: 3, column: 0)
            try sheet.write(.dateTime(moment), row: 4, column: 0)
            try sheet.write(.duration(seconds: 90_061), row: 5, column: 0)
            try sheet.write(.number(0.8765), row: 6, column: 0, style: .percent)
            try sheet.write(.url("https://example.com/ticket/42", text: "Ticket 42"), row: 7, column: 0)
            try sheet.write(.blank, row: 8, column: 0, style: .total)
        }
        let sheet = try XlsxFile(contentsOf: url).sheet("Values")
        #expect(sheet.cell("A1")?.value == .text("Žemaitė"))
        #expect(sheet.cell("A2")?.value == .number(1234.5))
        #expect(sheet.cell("A2")?.style.numberFormat == "#,##0.00")
        #expect(sheet.cell("A3")?.value == .bool(true))
        // Excel serial of 2026-03-29 is 46110 (days since 1899-12-30).
        #expect(sheet.cell("A4")?.value == .number(46_110))
        #expect(sheet.cell("A4")?.style.numberFormat == "yyyy-mm-dd")
        let serial = try #require(sheet.cell("A5")?.value.doubleValue)
        #expect(abs(serial - (46_110 + 4.5 / 24)) < 1e-9)
        // 90,061 s = 1 day 1 h 1 min 1 s = 25:01:01 in [h]:mm:ss.
        let duration = try #require(sheet.cell("A6")?.value.doubleValue)
        #expect(abs(duration - 90_061.0 / 86_400) < 1e-12)
        #expect(sheet.cell("A6")?.style.numberFormat == "[h]:mm:ss")
        #expect(sheet.cell("A7")?.style.numberFormat == "0.0%")
        #expect(sheet.cell("A8")?.value == .text("Ticket 42"))
        #expect(sheet.hyperlinks["A8"] == "https://example.com/ticket/42")
        #expect(sheet.cell("A9")?.style.fillColor != nil)
    }

    @Test("a formula is written with the value Swift computed, for readers that do not recalculate")
    func formulaCachedValues() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("formulas.xlsx")
        let calls = [100.0, 120, 95]
        try Workbook.write(to: url) { workbook in
            let sheet = try workbook.addSheet(named: "Totals")
            for (row, value) in calls.enumerated() {
                try sheet.write(.number(value), row: row, column: 0)
            }
            try sheet.write(.formula(Formula("=SUM(A1:A3)", cached: .number(calls.reduce(0, +)))), row: 3, column: 0)
            try sheet.write(.formula(Formula("IF(A4>300,\"busy\",\"quiet\")", cached: .text("busy"))), row: 3, column: 1)
        }
        let sheet = try XlsxFile(contentsOf: url).sheet("Totals")
        #expect(sheet.cell("A4")?.formula == "SUM(A1:A3)")
        #expect(sheet.cell("A4")?.value == .number(315))
        #expect(sheet.cell("B4")?.formula == "IF(A4>300,\"busy\",\"quiet\")")
        #expect(sheet.cell("B4")?.value == .text("busy"))
    }

    @Test("names with Baltic, Croatian and Norwegian letters survive the round trip", arguments: [
        "Žemaitė", "Ķemeri", "Ćorić", "Bærum", "Ålesund", "Šiaulių g. 7 – Ļaudona", "Đurđevac",
    ])
    func unicodeRoundTrip(name: String) throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("unicode.xlsx")
        try Workbook.write(to: url) { workbook in
            let sheet = try workbook.addSheet(named: name.count <= 31 ? String(name.prefix(31)) : "Names")
            try sheet.write(.text(name), row: 0, column: 0)
        }
        let file = try XlsxFile(contentsOf: url)
        #expect(file.sheetNames == [name])
        #expect(try file.sheet(name).cell("A1")?.value == .text(name))
    }

    @Test("numbers Excel cannot store are refused with the cell named")
    func nonFiniteNumbersRejected() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: WorkbookError.invalidValue(sheet: "S", cell: "C5", reason: "nan cannot be stored in Excel")) {
            try Workbook.write(to: directory.file("nan.xlsx")) { workbook in
                try workbook.addSheet(named: "S").write(.number(.nan), row: 4, column: 2)
            }
        }
        #expect(try directory.contents().isEmpty)
    }

    @Test("cells outside Excel's grid and over-long text are refused")
    func gridAndLengthLimits() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: WorkbookError.cellOutOfRange(sheet: "S", row: 1_048_576, column: 0)) {
            try Workbook.write(to: directory.file("grid.xlsx")) { workbook in
                try workbook.addSheet(named: "S").write(.number(1), row: 1_048_576, column: 0)
            }
        }
        #expect(throws: WorkbookError.textTooLong(sheet: "S", cell: "A1", length: 32_768)) {
            try Workbook.write(to: directory.file("long.xlsx")) { workbook in
                try workbook.addSheet(named: "S").write(.text(String(repeating: "x", count: 32_768)), row: 0, column: 0)
            }
        }
    }
}
