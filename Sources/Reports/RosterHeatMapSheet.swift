import CivilTime
import Foundation
import Scheduling
import Workbook

/// The "Coverage heat map" sheet: one row per time of day, one column per roster day, each cell
/// rostered − required agents (a live reference to "Roster coverage"), on a colour ramp that
/// turns red below 0 and green above it, white at exactly 0, so short mornings and idle evenings
/// show at a glance. Intervals without a requirement stay empty.
enum RosterHeatMapSheet {
    static func add(to workbook: Workbook, roster: RosterDocument, coverage: [IntervalCoverage],
                    layout: ShiftPlanCoverageSheet.Layout, notes: [String], name: String) throws {
        let sheet = try workbook.addSheet(named: name)
        let days = roster.days
        let lastColumn = days.count
        try sheet.merge(CellRange(rows: 0...0, columns: 0...max(lastColumn, 8)),
                        value: .text("Coverage heat map: rostered − required agents by time of day"), style: .title)
        var row = 1
        let explanation = "Each cell is the gap on '\(layout.name)' (rostered − required, live): red where the roster is short, "
            + "green where it has agents to spare, white where it is exact."
        for note in notes + [explanation] {
            try sheet.merge(CellRange(rows: row...row, columns: 0...max(lastColumn, 8)), value: .text(note),
                            style: ShiftPlanSheets.noteStyle)
            row += 1
        }
        row += 1
        let headerRow = row
        try sheet.writeHeader(["Time"] + days.map(RosterSheets.dayLabel), row: headerRow)
        sheet.freezePanes(rows: headerRow + 1, columns: 1)
        try sheet.setPrintLayout(repeatingRows: headerRow...headerRow)

        let times = Set(coverage.map(\.start.minutes)).sorted()
        let rowOfTime = Dictionary(uniqueKeysWithValues: times.enumerated().map { ($1, headerRow + 1 + $0) })
        let first = roster.firstDay.dayNumber
        for (minutes, sheetRow) in rowOfTime {
            try sheet.write(.text(TimeOfDay(minutes: minutes).description), row: sheetRow, column: 0, style: .bold)
        }
        let agents = CellStyle().with(numberFormat: "0.0;-0.0;0").with(horizontalAlignment: .center)
        for (index, interval) in coverage.enumerated() {
            let column = interval.date.dayNumber - first + 1
            guard let sheetRow = rowOfTime[interval.start.minutes], column >= 1, column <= days.count else { continue }
            let gap = ExcelNumber.stored(interval.scheduled) - ExcelNumber.stored(interval.required)
            try sheet.write(.formula(Formula("=" + layout.reference(index, .gap), cached: .number(gap))), row: sheetRow,
                            column: column, style: agents)
        }
        if !times.isEmpty, !days.isEmpty {
            let cells = CellRange(rows: (headerRow + 1)...(headerRow + times.count), columns: 1...days.count)
            try sheet.addConditionalFormat(.divergingScale(midpoint: 0, below: Color(rgb: 0xF8696B), atMidpoint: Color(rgb: 0xFFFFFF),
                                                           above: Color(rgb: 0x63BE7B)), to: cells)
        }
        sheet.setColumnWidth(8, columns: 0...0)
        if !days.isEmpty { sheet.setColumnWidth(10, columns: 1...days.count) }
    }
}
