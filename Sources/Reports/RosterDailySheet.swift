import CivilTime
import Foundation
import Scheduling
import Workbook

/// The "Coverage by day" sheet: one row per day of the roster and a total row after each roster
/// week, every figure a live formula over "Roster coverage" (SUMIFS by the interval's start), so
/// editing a requirement there updates the days and weeks: agent-hours required and rostered,
/// hours short and over, intervals short, and — when the requirements carried calls — the calls
/// and the call-weighted expected service level.
enum RosterDailySheet {
    static func add(to workbook: Workbook, roster: RosterDocument, layout: ShiftPlanCoverageSheet.Layout, notes: [String], name: String) throws {
        let sheet = try workbook.addSheet(named: name)
        let withService = layout.hasService
        let headers = ["Day", "Required agent-hours", "Rostered agent-hours", "Hours short", "Hours over", "Intervals short"]
            + (withService ? ["Calls", "Expected service level"] : [])
        let lastColumn = headers.count - 1
        try sheet.merge(CellRange(rows: 0...0, columns: 0...max(lastColumn, 8)),
                        value: .text("Coverage by day and week: agent-hours required and rostered"), style: .title)
        var row = 1
        let explanation = "Each day sums its intervals on '\(layout.name)' (live formulas: change a requirement there and the day "
            + "and week follow). Hours short: what the roster lacks interval by interval (a surplus at 09:00 does not make up for "
            + "a shortfall at 12:00)." + (withService ? " Expected service level: the day's intervals weighted by their calls." : "")
        for note in notes + [explanation] {
            try sheet.merge(CellRange(rows: row...row, columns: 0...max(lastColumn, 8)), value: .text(note),
                            style: ShiftPlanSheets.noteStyle)
            row += 1
        }
        row += 1
        let headerRow = row
        try sheet.writeHeader(headers, row: headerRow)
        try sheet.setPrintLayout(repeatingRows: headerRow...headerRow)
        sheet.freezePanes(rows: headerRow + 1, columns: 1)

        let totals = roster.totals()
        let hoursFactor = "*\(roster.intervalMinutes)/60"
        let starts = layout.column(.start)
        let hours = CellStyle.oneDecimal, count = CellStyle.integer
        var sheetRow = headerRow + 1
        for week in 0..<roster.weeks {
            let firstDayRow = sheetRow
            for offset in 0..<7 {
                let index = week * 7 + offset
                let day = totals.days[index]
                let excelRow = sheetRow + 1
                let within = "\(starts),\">=\"&$A\(excelRow),\(starts),\"<\"&($A\(excelRow)+1)"
                var cells: [(CellValue, CellStyle)] = [
                    (.number(ShiftPlanSheets.serial(day.firstDay, minutes: 0)), CellStyle().with(numberFormat: "ddd d mmm yyyy")),
                    (.formula(Formula("=SUMIFS(\(layout.column(.required)),\(within))\(hoursFactor)",
                                      cached: .number(day.requiredHours))), hours),
                    (.formula(Formula("=SUMIFS(\(layout.column(.planned)),\(within))\(hoursFactor)",
                                      cached: .number(day.scheduledHours))), hours),
                    (.formula(Formula("=-SUMIFS(\(layout.column(.gap)),\(within),\(layout.column(.gap)),\"<0\")\(hoursFactor)",
                                      cached: .number(day.shortHours))), hours),
                    (.formula(Formula("=SUMIFS(\(layout.column(.gap)),\(within),\(layout.column(.gap)),\">0\")\(hoursFactor)",
                                      cached: .number(day.overHours))), hours),
                    (.formula(Formula("=COUNTIFS(\(within),\(layout.column(.gap)),\"<0\")",
                                      cached: .number(Double(day.intervalsShort)))), count),
                ]
                if withService {
                    let calls = layout.column(.calls), levels = layout.column(.serviceLevel)
                    let inDay = "(\(starts)>=$A\(excelRow))*(\(starts)<$A\(excelRow)+1)"
                    cells.append((.formula(Formula("=SUMIFS(\(calls),\(within))", cached: .number(day.calls ?? 0))), hours))
                    cells.append((.formula(Formula(
                        "=IF(G\(excelRow)>0,SUMPRODUCT(\(inDay)*\(calls)*\(levels))/G\(excelRow),\"\")",
                        cached: day.serviceLevel.map { .number($0) } ?? .text(""))), .percent))
                }
                try sheet.writeRow(cells, row: sheetRow)
                sheetRow += 1
            }
            // The week: sums of its days; the service level weighted by the days' calls (SUMPRODUCT
            // takes a day without calls, whose level is "", as 0).
            let first = firstDayRow + 1, last = sheetRow
            let week = totals.weeks[week]
            func sum(_ column: String, _ cached: Double) -> CellValue {
                .formula(Formula("=SUM(\(column)\(first):\(column)\(last))", cached: .number(cached)))
            }
            var cells: [(CellValue, CellStyle)] = [
                (.text("Week \(RosterSheets.dayLabel(week.firstDay)) – \(RosterSheets.dayLabel(week.lastDay))"), .total),
                (sum("B", week.requiredHours), CellStyle.total.with(numberFormat: "#,##0.0")),
                (sum("C", week.scheduledHours), CellStyle.total.with(numberFormat: "#,##0.0")),
                (sum("D", week.shortHours), CellStyle.total.with(numberFormat: "#,##0.0")),
                (sum("E", week.overHours), CellStyle.total.with(numberFormat: "#,##0.0")),
                (sum("F", Double(week.intervalsShort)), CellStyle.total.with(numberFormat: "#,##0")),
            ]
            if withService {
                cells.append((sum("G", week.calls ?? 0), CellStyle.total.with(numberFormat: "#,##0")))
                cells.append((.formula(Formula(
                    "=IF(G\(last + 1)>0,SUMPRODUCT(G\(first):G\(last),H\(first):H\(last))/G\(last + 1),\"\")",
                    cached: week.serviceLevel.map { .number($0) } ?? .text(""))), CellStyle.total.with(numberFormat: "0.0%")))
            }
            try sheet.writeRow(cells, row: sheetRow)
            sheetRow += 1
        }
        if withService, let target = roster.service?.target {
            let levels = CellRange(rows: (headerRow + 1)...(sheetRow - 1), columns: 7...7)
            try sheet.addConditionalFormat(.formula("=AND(ISNUMBER(H\(headerRow + 2)),H\(headerRow + 2)<\(target))",
                                                    style: .badHighlight), to: levels)
        }
        let shortCells = CellRange(rows: (headerRow + 1)...(sheetRow - 1), columns: 3...3)
        try sheet.addConditionalFormat(.cellValue(.greaterThan(0), style: .badHighlight), to: shortCells)
        sheet.setColumnWidth(26, columns: 0...0)
        sheet.setColumnWidth(15, columns: 1...lastColumn)
    }
}
