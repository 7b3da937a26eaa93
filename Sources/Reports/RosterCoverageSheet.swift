import CivilTime
import Foundation
import Scheduling
import Workbook

/// The "Roster coverage" sheet: per interval of the roster's days the agents required, the agents
/// the roster has working (the shifts assigned to somebody; open shifts do not count) and the gap
/// (rostered − required, a live formula), short in red and over-staffed in amber, and a chart of
/// required (columns) and rostered (line) agents.
enum RosterCoverageSheet {
    enum Column: Int, CaseIterable {
        case start, label, required, rostered, gap

        var letter: String { CellReference.columnLetters(rawValue) }
    }

    static func add(to workbook: Workbook, assigned: [RosterAssignedShift], plan: ShiftPlan, days: [LocalDate], notes: [String],
                    name: String) throws {
        let sheet = try workbook.addSheet(named: name)
        let lastColumn = Column.allCases.count - 1
        let noteColumns = lastColumn + 10
        try sheet.merge(CellRange(rows: 0...0, columns: 0...noteColumns), value: .text("Roster coverage: agents required and rostered"),
                        style: .title)
        var row = 1
        let explanation = [
            "Required: agents that must be working in the interval. Rostered: agents the roster has working (shifts nobody "
                + "could take do not count; a break covering part of an interval counts the part worked). Gap = rostered − "
                + "required: negative (red) where the roster is short, positive (amber) where it has more than needed.",
        ]
        for note in notes + explanation {
            try sheet.merge(CellRange(rows: row...row, columns: 0...noteColumns), value: .text(note), style: ShiftPlanSheets.noteStyle)
            row += 1
        }
        row += 1
        let headerRow = row
        try sheet.writeHeader(["Interval start", "Day and time", "Required agents", "Rostered agents", "Gap (rostered − required)"],
                              row: headerRow)
        try sheet.setPrintLayout(repeatingRows: headerRow...headerRow)
        sheet.freezePanes(rows: headerRow + 1)

        let intervals = rostered(assigned: assigned, plan: plan, days: days)
        let agents = CellStyle().with(numberFormat: "0.0")
        for (offset, interval) in intervals.enumerated() {
            let sheetRow = headerRow + 1 + offset
            let excelRow = sheetRow + 1
            let need = ExcelNumber.stored(interval.required)
            let have = ExcelNumber.stored(interval.scheduled)
            try sheet.writeRow([
                (.number(ShiftPlanSheets.serial(interval.date, minutes: interval.start.minutes)), .dateTime),
                (.text(ShiftPlanCoverageSheet.label(interval)), .plain),
                (.number(need), agents),
                (.number(have), agents),
                (.formula(Formula("=\(Column.rostered.letter)\(excelRow)-\(Column.required.letter)\(excelRow)",
                                  cached: .number(have - need))), agents),
            ], row: sheetRow)
        }
        sheet.setColumnWidth(17, columns: 0...1)
        sheet.setColumnWidth(14, columns: 2...lastColumn)
        guard !intervals.isEmpty else { return }
        let firstRow = headerRow + 1
        let lastRow = headerRow + intervals.count
        let gapCells = CellRange(rows: firstRow...lastRow, columns: Column.gap.rawValue...Column.gap.rawValue)
        try sheet.addConditionalFormat(.cellValue(.lessThan(0), style: .badHighlight), to: gapCells)
        try sheet.addConditionalFormat(.cellValue(.greaterThan(0), style: .neutralHighlight), to: gapCells)

        func column(_ column: Column) -> CellRange {
            CellRange(sheet: name, rows: firstRow...lastRow, columns: column.rawValue...column.rawValue)
        }
        let chart = Chart(
            kind: .column, title: "Agents required and rostered per interval",
            series: [.init(name: "Required agents", categories: column(.label), values: column(.required), color: .chartBlue)],
            valueAxisTitle: "Agents", legend: .bottom,
            overlay: .init(kind: .line, series: [.init(name: "Rostered agents", values: column(.rostered), color: .chartOrange)]),
            widthScale: 3, heightScale: 1.6)
        try sheet.insert(chart, row: headerRow, column: lastColumn + 2)
    }

    /// The plan's intervals on `days`, with `scheduled` the agents the assigned shifts have working.
    static func rostered(assigned: [RosterAssignedShift], plan: ShiftPlan, days: [LocalDate]) -> [IntervalCoverage] {
        guard let first = days.first, let last = days.last, plan.intervalMinutes > 0 else { return [] }
        var byDay: [Int: [ShiftVariant]] = [:]
        for shift in assigned {
            if let variant = shift.variant { byDay[shift.entry.date.dayNumber, default: []].append(variant) }
        }
        let length = plan.intervalMinutes
        return plan.coverage.filter { $0.date >= first && $0.date <= last }.map { interval in
            var worked = 0
            for back in 0...2 {
                let offset = back * 1440 + interval.start.minutes
                for variant in byDay[interval.date.dayNumber - back] ?? [] {
                    worked += variant.workedMinutes(from: offset, to: offset + length)
                }
            }
            return IntervalCoverage(date: interval.date, start: interval.start, label: interval.label, required: interval.required,
                                    scheduled: Double(worked) / Double(length))
        }
    }
}
