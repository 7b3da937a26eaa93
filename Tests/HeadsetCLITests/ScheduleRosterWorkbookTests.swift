import Foundation
import Testing
import XlsxReader

/// `headset schedule roster --xlsx`: the Roster grid with its live hour totals recomputed from the
/// cells read back, the Roster coverage sheet's gap formulas, rules and chart, and the Rule check.
@Suite("headset schedule roster --xlsx")
struct ScheduleRosterWorkbookTests {
    static func write() throws -> (ScratchDirectory, XlsxFile, String) {
        let scratch = try ScratchDirectory()
        let files = ["need.csv": ScheduleRosterCommandTests.need, "shifts.yaml": ScheduleRosterCommandTests.shifts,
                     "staff.csv": ScheduleRosterCommandTests.staff]
        for (name, text) in files { try text.write(to: scratch.file(name), atomically: true, encoding: .utf8) }
        let result = try HeadsetProcess.run(["schedule", "roster", "--create", "--requirements", "need.csv", "--shifts", "shifts.yaml",
                                             "--staff", "staff.csv", "--from", "2026-12-07", "--weeks", "1",
                                             "--rules", ScheduleRosterCommandTests.rules, "--time-zone", "Europe/Vilnius",
                                             "--xlsx", "roster.xlsx"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        return (scratch, try XlsxFile(contentsOf: scratch.file("roster.xlsx")), result.standardOutput)
    }

    static func row(_ sheet: XlsxSheet, startingWith text: String) throws -> Int {
        try #require((0...sheet.maxRow).first { sheet.cell(row: $0, column: 0)?.value == .text(text) })
    }

    static func number(_ sheet: XlsxSheet, _ row: Int, _ column: Int) throws -> Double {
        try #require(sheet.cell(row: row, column: column)?.value.doubleValue, "no number at row \(row + 1), column \(column + 1)")
    }

    @Test("five sheets; a shift code per day, people by name, frozen names and dates, totals equal the hours grid")
    func rosterSheet() throws {
        let (_, file, output) = try Self.write()
        #expect(file.sheetNames == ["Roster", "Roster coverage", "Coverage by day", "Coverage heat map", "Rule check"])
        #expect(output.contains("Wrote Roster, Roster coverage, Coverage by day, Coverage heat map, Rule check to roster.xlsx"))
        let sheet = try file.sheet("Roster")
        let header = try Self.row(sheet, startingWith: "Name")
        #expect(sheet.cell(row: header, column: 1)?.value == .text("Mon 7 Dec"))
        #expect(sheet.cell(row: header, column: 8)?.value == .text("Hours"))
        #expect(sheet.frozenRows == header + 1)
        #expect(sheet.frozenColumns == 1)
        let names = (1...3).map { sheet.cell(row: header + $0, column: 0)?.value }
        #expect(names == [.text("Ana"), .text("Ben"), .text("Cai")])
        // Ben is off on Wednesday 9 December.
        #expect(sheet.cell(row: header + 2, column: 3)?.value == .text("—"))
        var codes = 0
        for person in 1...3 {
            let row = header + person
            var shifts = 0.0, hours = 0.0
            for day in 0..<7 {
                let code = try #require(sheet.cell(row: row, column: 1 + day)?.value.stringValue)
                #expect(["—", "E07:00", "L13:00"].contains(code), "unexpected code \(code)")
                if code != "—" {
                    shifts += 1
                    hours += try Self.number(sheet, row, 12 + day)
                } else {
                    #expect(sheet.cell(row: row, column: 12 + day)?.value.doubleValue == nil)
                }
            }
            codes += Int(shifts)
            #expect(sheet.cell(row: row, column: 8)?.formula == "SUM(M\(row + 1):S\(row + 1))")
            #expect(try Self.number(sheet, row, 8) == hours)
            #expect(hours == shifts * 6, "each shift is 6 hours")
            #expect(try Self.number(sheet, row, 9) > 0)
            #expect(try Self.number(sheet, row, 10) == 40)
        }
        #expect(codes == 13, "13 of the 14 shifts are rostered")
        let open = try Self.row(sheet, startingWith: "Open shifts")
        #expect(sheet.cell(row: open, column: 7)?.value == .text("L13:00"), "the Sunday late is open")
        #expect((1...6).allSatisfy { sheet.cell(row: open, column: $0)?.value.stringValue == nil })
    }

    @Test("coverage: gap = rostered − required as live formulas, short red, over amber, a combined chart; no violations")
    func coverageSheet() throws {
        let (_, file, _) = try Self.write()
        let sheet = try file.sheet("Roster coverage")
        let header = try Self.row(sheet, startingWith: "Interval start")
        let last = sheet.maxRow
        #expect(last - header == 7 * 24, "every half hour 07:00–19:00 for a week")
        var short = 0
        for row in (header + 1)...last {
            let need = try Self.number(sheet, row, 2), have = try Self.number(sheet, row, 3)
            #expect(sheet.cell(row: row, column: 4)?.formula == "D\(row + 1)-C\(row + 1)")
            #expect(try Self.number(sheet, row, 4) == have - need)
            if have < need { short += 1 }
        }
        #expect(short == 12, "the open Sunday late leaves 12 half hours short")
        let gapRange = "E\(header + 2):E\(last + 1)"
        let red = try #require(sheet.conditionalFormats.first { $0.type == "cellIs" && $0.operator == "lessThan" })
        #expect(red.sqref == gapRange)
        #expect(red.formulas == ["0"])
        let amber = try #require(sheet.conditionalFormats.first { $0.type == "cellIs" && $0.operator == "greaterThan" })
        #expect(amber.sqref == gapRange)
        let chart = try #require(sheet.charts.first)
        #expect(chart.kinds == ["bar", "line"])
        #expect(chart.seriesNames == ["Required agents", "Rostered agents"])
        #expect(chart.seriesValueReferences == ["'Roster coverage'!$C$\(header + 2):$C$\(last + 1)",
                                                "'Roster coverage'!$D$\(header + 2):$D$\(last + 1)"])

        let rules = try file.sheet("Rule check")
        #expect(rules.cells.values.contains { $0.value == .text("No working-time rule is broken.") })
    }
}
