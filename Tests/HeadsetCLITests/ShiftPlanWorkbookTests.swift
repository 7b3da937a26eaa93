import Foundation
import Testing
import XlsxReader

/// `headset schedule plan --xlsx`: the Shift plan and Coverage sheets, their live formulas
/// recomputed from the cells read back, the under-coverage rule and the chart.
@Suite("headset schedule plan --xlsx")
struct ShiftPlanWorkbookTests {
    /// A morning needing 1–3 agents; a cap of 2 shifts leaves the peak short, so the Coverage
    /// sheet has red cells. The 2-hour shift has a 15-minute paid break, which leaves half an
    /// agent in its interval.
    static let need = """
        interval_start,required
        2026-11-23T09:00,1
        2026-11-23T09:30,2
        2026-11-23T10:00,3
        2026-11-23T10:30,3
        2026-11-23T11:00,1
        2026-11-24T09:00,1
        2026-11-24T09:30,1
        """

    static let shifts = """
        templates:
          - name: short
            starts: { from: "09:00", to: "10:00", every: 30m }
            length: 2h
            cost: 1.5
            breaks:
              - { name: break, duration: 15m, paid: true, earliest: 1h, latest: 1h }
          - name: hour
            starts: { from: "09:00", to: "11:00", every: 30m }
            length: 1h
        """

    static func write() throws -> (ScratchDirectory, XlsxFile, String) {
        let scratch = try ScratchDirectory()
        try need.write(to: scratch.file("need.csv"), atomically: true, encoding: .utf8)
        try shifts.write(to: scratch.file("shifts.yaml"), atomically: true, encoding: .utf8)
        let result = try HeadsetProcess.run(["schedule", "plan", "--requirements", "need.csv", "--shifts", "shifts.yaml",
                                             "--max-agents", "2", "--xlsx", "plan.xlsx"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        return (scratch, try XlsxFile(contentsOf: scratch.file("plan.xlsx")), result.standardOutput)
    }

    /// The sheet row (0-based) whose first cell is `text`.
    static func row(_ sheet: XlsxSheet, startingWith text: String) throws -> Int {
        try #require((0...sheet.maxRow).first { sheet.cell(row: $0, column: 0)?.value == .text(text) })
    }

    static func number(_ sheet: XlsxSheet, _ row: Int, _ column: Int) throws -> Double {
        try #require(sheet.cell(row: row, column: column)?.value.doubleValue, "no number at row \(row + 1), column \(column + 1)")
    }

    @Test("two sheets; row and total formulas have cached values equal to what the cells give")
    func shiftSheet() throws {
        let (_, file, output) = try Self.write()
        #expect(file.sheetNames == ["Shift plan", "Coverage"])
        #expect(output.contains("Wrote Shift plan and Coverage to plan.xlsx"))
        let sheet = try file.sheet("Shift plan")
        let texts = sheet.cells.values.compactMap(\.value.stringValue)
        #expect(texts.contains { $0.contains("Optimiser (COIN-OR CBC): optimal") && $0.contains("achieved gap") })
        #expect(texts.contains { $0.hasPrefix("Requirements: need.csv") })
        let header = try Self.row(sheet, startingWith: "Date")
        let total = try Self.row(sheet, startingWith: "Total")
        #expect(total > header + 1, "at least one shift row")
        var shifts = 0.0, hours = 0.0, cost = 0.0
        for row in (header + 1)..<total {
            let paidEach = try Self.number(sheet, row, 6), costEach = try Self.number(sheet, row, 7)
            let count = try Self.number(sheet, row, 8)
            #expect(sheet.cell(row: row, column: 9)?.formula == "G\(row + 1)*I\(row + 1)")
            #expect(sheet.cell(row: row, column: 10)?.formula == "H\(row + 1)*I\(row + 1)")
            #expect(try Self.number(sheet, row, 9) == paidEach * count)
            #expect(try Self.number(sheet, row, 10) == costEach * count)
            shifts += count
            hours += paidEach * count
            cost += costEach * count
        }
        #expect(sheet.cell(row: total, column: 8)?.formula == "SUM(I\(header + 2):I\(total))")
        #expect(try Self.number(sheet, total, 8) == shifts)
        #expect(try Self.number(sheet, total, 9) == hours)
        #expect(try Self.number(sheet, total, 10) == cost)
        #expect(texts.contains { $0.hasSuffix(" break") && $0.contains(":15") }, "break times are listed")
    }

    @Test("coverage: gap = planned − required as live formulas, totals recomputed, under-coverage red, a combined chart")
    func coverageSheet() throws {
        let (_, file, _) = try Self.write()
        let sheet = try file.sheet("Coverage")
        let header = try Self.row(sheet, startingWith: "Interval start")
        let totals = try Self.row(sheet, startingWith: "Agent-hours")
        #expect(totals - header - 1 >= 7, "every required interval is listed")
        var required = 0.0, planned = 0.0, gaps = 0.0, short = 0.0, fractional = false
        for row in (header + 1)..<totals {
            let need = try Self.number(sheet, row, 2), have = try Self.number(sheet, row, 3)
            let gap = try Self.number(sheet, row, 4)
            #expect(sheet.cell(row: row, column: 4)?.formula == "D\(row + 1)-C\(row + 1)")
            #expect(gap == have - need)
            required += need
            planned += have
            fractional = fractional || have != have.rounded()
            gaps += gap
            if gap < 0 { short += 1 }
        }
        #expect(short > 0, "two shifts a day cannot cover three agents")
        #expect(fractional, "the break leaves half an agent in its interval")
        #expect(try Self.number(sheet, totals, 2) == required * 30 / 60)
        #expect(try Self.number(sheet, totals, 3) == planned * 30 / 60)
        #expect(try Self.number(sheet, totals, 4) == gaps * 30 / 60)
        #expect(sheet.cell(row: totals + 1, column: 4)?.formula == "COUNTIF(E\(header + 2):E\(totals),\"<0\")")
        #expect(try Self.number(sheet, totals + 1, 4) == short)

        let gapRange = "E\(header + 2):E\(totals)"
        let red = try #require(sheet.conditionalFormats.first { $0.type == "cellIs" && $0.operator == "lessThan" })
        #expect(red.sqref == gapRange)
        #expect(red.formulas == ["0"])
        let amber = try #require(sheet.conditionalFormats.first { $0.type == "cellIs" && $0.operator == "greaterThan" })
        #expect(amber.sqref == gapRange)
        #expect(amber.formulas == ["0"])
        #expect(!sheet.conditionalFormats.contains { $0.type == "colorScale" && $0.sqref == gapRange },
                "no colour scale: a gap of zero must not look like the worst")

        let chart = try #require(sheet.charts.first)
        #expect(chart.kinds == ["bar", "line"])
        #expect(chart.barDirection == "col")
        #expect(chart.seriesNames == ["Required agents", "Planned agents"])
        #expect(chart.seriesValueReferences == ["'Coverage'!$C$\(header + 2):$C$\(totals)", "'Coverage'!$D$\(header + 2):$D$\(totals)"])
        #expect(chart.seriesCategoryReferences.first == "'Coverage'!$B$\(header + 2):$B$\(totals)")
    }
}
