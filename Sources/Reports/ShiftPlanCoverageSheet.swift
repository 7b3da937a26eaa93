import CivilTime
import Foundation
import Scheduling
import Workbook

/// A coverage sheet: per interval the agents required, the agents a plan or roster has working
/// ("planned" or "rostered") and the gap (supply − required, a live formula), short in red and
/// over-staffed in amber, optionally a total line of live formulas, and a chart of required
/// (columns) and supplied (line) agents. The shift plan's "Coverage" and the roster's
/// "Roster coverage" are both this design.
enum ShiftPlanCoverageSheet {
    enum Column: Int, CaseIterable {
        case start, label, required, planned, gap, calls, serviceLevel

        var letter: String { CellReference.columnLetters(rawValue) }
    }

    /// Where a coverage sheet put its intervals: the sheet row of each, in the order given.
    struct Layout {
        let name: String
        let firstDataRow: Int
        let count: Int
        let hasService: Bool

        /// `'Roster coverage'!E12` for the interval at `index` and `column`.
        func reference(_ index: Int, _ column: Column) -> String {
            "'\(name.replacingOccurrences(of: "'", with: "''"))'!\(column.letter)\(firstDataRow + index + 1)"
        }

        /// The whole data column, `'Roster coverage'!$E$12:$E$400`.
        func column(_ column: Column) -> String {
            let sheet = "'\(name.replacingOccurrences(of: "'", with: "''"))'"
            return "\(sheet)!$\(column.letter)$\(firstDataRow + 1):$\(column.letter)$\(firstDataRow + max(count, 1))"
        }
    }

    /// The shift plan's "Coverage" sheet, with its totals.
    static func add(to workbook: Workbook, plan: ShiftPlan, notes: [String], name: String,
                    service: ServiceExpectation? = nil) throws {
        let explanation = "Required: agents that must be working in the interval. Planned: agents the shift plan has working "
            + "(a break covering part of an interval counts the part worked). Gap = planned − required: negative (red) "
            + "where the plan is short."
        try add(to: workbook, intervals: plan.coverage, intervalMinutes: plan.intervalMinutes, supply: "planned",
                title: "Coverage: agents required and planned", notes: notes + [explanation], withTotals: true, name: name,
                service: service)
    }

    /// A coverage sheet for `intervals`; `supply` names who is working ("planned", "rostered").
    /// With `service` and calls in the intervals, two more columns: the calls and the service
    /// level expected with the agents `supply` has working (Erlang C, ``ServiceExpectation``).
    @discardableResult
    static func add(to workbook: Workbook, intervals coverage: [IntervalCoverage], intervalMinutes: Int, supply: String,
                    title: String, notes: [String], withTotals: Bool, name: String,
                    service: ServiceExpectation? = nil) throws -> Layout {
        let sheet = try workbook.addSheet(named: name)
        let service = coverage.contains { $0.workload != nil } ? service : nil
        let lastColumn = service == nil ? Column.gap.rawValue : Column.serviceLevel.rawValue
        var notes = notes
        if let service {
            notes.append("Expected service level: the share of calls answered within \(StaffingSheets.format(seconds: service.seconds)) s with the "
                + "agents \(supply) (after \(StaffingSheets.format(percent: service.shrinkage)) % shrinkage; between whole agents interpolated), by Erlang C; "
                + "below the \(StaffingSheets.format(percent: service.target)) % target in red.")
        }
        let noteColumns = lastColumn + 10
        try sheet.merge(CellRange(rows: 0...0, columns: 0...noteColumns), value: .text(title), style: .title)
        var row = 1
        for note in notes {
            try sheet.merge(CellRange(rows: row...row, columns: 0...noteColumns), value: .text(note),
                            style: ShiftPlanSheets.noteStyle)
            row += 1
        }
        row += 1
        let headerRow = row
        let supplied = supply.prefix(1).uppercased() + supply.dropFirst()
        try sheet.writeHeader(["Interval start", "Day and time", "Required agents", "\(supplied) agents",
                               "Gap (\(supply) − required)"] + (service == nil ? [] : ["Calls", "Expected service level"]),
                              row: headerRow)
        try sheet.setPrintLayout(repeatingRows: headerRow...headerRow)
        sheet.freezePanes(rows: headerRow + 1)

        let agents = CellStyle().with(numberFormat: "0.0")
        var required = 0.0, planned = 0.0, short = 0
        for (offset, interval) in coverage.enumerated() {
            let sheetRow = headerRow + 1 + offset
            let excelRow = sheetRow + 1
            let need = ExcelNumber.stored(interval.required)
            let have = ExcelNumber.stored(interval.scheduled)
            required += need
            planned += have
            if have - need < 0 { short += 1 }
            var cells: [(CellValue, CellStyle)] = [
                (.number(ShiftPlanSheets.serial(interval.date, minutes: interval.start.minutes)), .dateTime),
                (.text(label(interval)), .plain),
                (.number(need), agents),
                (.number(have), agents),
                (.formula(Formula("=\(Column.planned.letter)\(excelRow)-\(Column.required.letter)\(excelRow)",
                                  cached: .number(have - need))), agents),
            ]
            if let service {
                let workload = interval.workload
                let level = workload.flatMap {
                    service.serviceLevel(working: interval.scheduled, workload: $0, intervalMinutes: intervalMinutes)
                }
                cells.append((workload.map { .number(ExcelNumber.stored($0.calls)) } ?? .blank, .oneDecimal))
                cells.append((level.map { .number(ExcelNumber.stored($0)) } ?? .blank, .percent))
            }
            try sheet.writeRow(cells, row: sheetRow)
        }
        let layout = Layout(name: name, firstDataRow: headerRow + 1, count: coverage.count, hasService: service != nil)
        sheet.setColumnWidth(17, columns: 0...1)
        sheet.setColumnWidth(14, columns: 2...lastColumn)
        guard !coverage.isEmpty else { return layout }
        let firstRow = headerRow + 1
        let lastRow = headerRow + coverage.count
        func column(_ column: Column) -> CellRange {
            CellRange(sheet: name, rows: firstRow...lastRow, columns: column.rawValue...column.rawValue)
        }
        func cells(_ column: Column) -> String { "\(column.letter)\(firstRow + 1):\(column.letter)\(lastRow + 1)" }

        if withTotals {
            // Agent-hours and the intervals short, below the intervals.
            let total = CellStyle.total
            let totalRow = lastRow + 1
            let hours = Double(intervalMinutes) / 60
            try sheet.writeRow([
                (.text("Agent-hours"), total),
                (.text("\(coverage.count) intervals of \(intervalMinutes) min"), total),
                (.formula(Formula("=SUM(\(cells(.required)))*\(intervalMinutes)/60", cached: .number(required * hours))),
                 total.with(numberFormat: "#,##0.0")),
                (.formula(Formula("=SUM(\(cells(.planned)))*\(intervalMinutes)/60", cached: .number(planned * hours))),
                 total.with(numberFormat: "#,##0.0")),
                (.formula(Formula("=SUM(\(cells(.gap)))*\(intervalMinutes)/60", cached: .number(gapSum(coverage) * hours))),
                 total.with(numberFormat: "#,##0.0")),
            ], row: totalRow)
            try sheet.writeRow([
                (.text("Intervals short"), total), (.blank, total), (.blank, total), (.blank, total),
                (.formula(Formula("=COUNTIF(\(cells(.gap)),\"<0\")", cached: .number(Double(short)))),
                 total.with(numberFormat: "#,##0")),
            ], row: totalRow + 1)
        }
        if let service {
            let levels = CellRange(rows: firstRow...lastRow, columns: Column.serviceLevel.rawValue...Column.serviceLevel.rawValue)
            try sheet.addConditionalFormat(.cellValue(.lessThan(service.target), style: .badHighlight), to: levels)
        }

        // Short is red, over-staffed amber, exactly covered plain: a colour scale would paint the
        // most common gap, zero, as if it were the worst.
        let gapCells = CellRange(rows: firstRow...lastRow, columns: Column.gap.rawValue...Column.gap.rawValue)
        try sheet.addConditionalFormat(.cellValue(.lessThan(0), style: .badHighlight), to: gapCells)
        try sheet.addConditionalFormat(.cellValue(.greaterThan(0), style: .neutralHighlight), to: gapCells)

        let chart = Chart(
            kind: .column, title: "Agents required and \(supply) per interval",
            series: [.init(name: "Required agents", categories: column(.label), values: column(.required), color: .chartBlue)],
            valueAxisTitle: "Agents", legend: .bottom,
            overlay: .init(kind: .line, series: [.init(name: "\(supplied) agents", values: column(.planned), color: .chartOrange)]),
            widthScale: 3, heightScale: 1.6)
        try sheet.insert(chart, row: headerRow, column: lastColumn + 2)
        return layout
    }

    /// Σ (planned − required) as Excel sums the gap cells, top to bottom.
    private static func gapSum(_ coverage: [IntervalCoverage]) -> Double {
        coverage.reduce(0) { $0 + (ExcelNumber.stored($1.scheduled) - ExcelNumber.stored($1.required)) }
    }

    /// `Tue 2 Sep 07:00`: the chart's categories (a date axis would pile a day's intervals onto one point).
    static func label(_ interval: IntervalCoverage) -> String {
        let date = interval.date
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(date.weekday.shortName) \(date.day) \(months[date.month - 1]) \(interval.start)"
    }
}
