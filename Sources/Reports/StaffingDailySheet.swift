import Foundation
import Staffing
import Workbook

/// The "Daily totals" sheet: the assumptions, then per day and channel live formulas over the
/// "Intervals" sheet (calls, agent-hours, peaks, call-weighted service level and ASA, occupancy
/// weighted by agent time), a total line, and a chart of calls and agents per interval.
///
/// Every formula is written with the value Excel will compute for it (see ``StaffingDailyTotal``),
/// so readers that do not recalculate show the same numbers.
enum StaffingDailySheet {
    /// The columns, in order; the formulas refer to each other by these.
    enum Column: Int, CaseIterable {
        case date, channel, intervals, calls, agentHours, scheduledHours, peakAgents, peakScheduled
        case serviceLevel, speedOfAnswer, occupancy, abandoned

        var letter: String { CellReference.columnLetters(rawValue) }
    }

    static func add(to workbook: Workbook, plan: StaffingPlan, layout: StaffingIntervalsLayout, name: String) throws {
        let sheet = try workbook.addSheet(named: name)
        let columnTitles = titles(plan: plan, layout: layout)
        let lastColumn = columnTitles.count - 1

        try sheet.merge(CellRange(row: 0, column: 0).spanning(columns: lastColumn), value: .text("Staffing: daily totals"),
                        style: .title)
        var row = 1
        for note in notes(plan: plan) {
            try sheet.merge(CellRange(row: row, column: 0).spanning(columns: lastColumn), value: .text(note),
                            style: CellStyle().with(italic: true, fontColor: Color(rgb: 0x595959)))
            row += 1
        }
        row += 1
        let headerRow = row
        try sheet.writeHeader(columnTitles, row: headerRow)
        try sheet.setPrintLayout(repeatingRows: headerRow...headerRow)

        let days = StaffingDailyTotal.totals(of: layout, in: workbook.options.timeZone)
        let callsStyle = StaffingSheets.callsStyle(for: days.map(\.calls))
        for (offset, day) in days.enumerated() {
            let sheetRow = headerRow + 1 + offset
            try sheet.writeRow(cells(for: day, row: sheetRow, layout: layout, callsStyle: callsStyle), row: sheetRow)
        }
        guard !days.isEmpty else { return }
        let firstDay = headerRow + 1
        let lastDay = headerRow + days.count
        let totalRow = lastDay + 1
        try sheet.writeRow(totalCells(days: days, layout: layout, dayRows: firstDay...lastDay, callsStyle: callsStyle),
                           row: totalRow)
        if let target = plan.serviceLevelTarget {
            try sheet.addConditionalFormat(.cellValue(.lessThan(target.fraction), style: .badHighlight),
                                           to: CellRange(rows: firstDay...totalRow,
                                                         columns: Column.serviceLevel.rawValue...Column.serviceLevel.rawValue))
        }

        var chartRow = totalRow + 3
        for block in layout.blocks {
            try sheet.insert(chart(for: block, layout: layout, named: layout.blocks.count > 1), row: chartRow, column: 0)
            chartRow += 26
        }
    }

    // MARK: Text

    private static func titles(plan: StaffingPlan, layout: StaffingIntervalsLayout) -> [String] {
        let seconds = StaffingSheets.format(seconds: plan.serviceLevelSeconds)
        let titles: [Column: String] = [
            .date: "Date", .channel: "Channel", .intervals: "Intervals", .calls: "Calls",
            .agentHours: "Agent-hours needed", .scheduledHours: "Agent-hours to schedule",
            .peakAgents: "Peak agents needed", .peakScheduled: "Peak agents to schedule",
            .serviceLevel: "Service level (within \(seconds) s)", .speedOfAnswer: "ASA (s)", .occupancy: "Occupancy",
            .abandoned: "Abandoned",
        ]
        return Column.allCases.filter { $0 != .abandoned || layout.tracksAbandonment }.map { titles[$0]! }
    }

    private static func notes(plan: StaffingPlan) -> [String] {
        let seconds = StaffingSheets.format(seconds: plan.serviceLevelSeconds)
        var notes = plan.notes
        if let target = plan.serviceLevelTarget {
            notes.append("Target: \(StaffingSheets.format(percent: target.fraction)) % of calls answered within "
                + "\(StaffingSheets.format(seconds: target.seconds)) s; intervals below it are red on both sheets.")
        }
        let kept = 1 - plan.shrinkage
        notes.append("Shrinkage \(StaffingSheets.format(percent: plan.shrinkage)) %: agents to schedule = agents needed ÷ "
            + "\(String(format: "%.2f", kept)), rounded up.")
        notes.append("Service level = share of offered calls answered within \(seconds) s. Daily figures are live "
            + "formulas over the Intervals sheet: service level and ASA weighted by calls, occupancy by agent time.")
        return notes
    }

    // MARK: Formulas

    /// References to the Intervals sheet's whole data columns.
    private struct Columns {
        let layout: StaffingIntervalsLayout
        func callAsFunction(_ column: StaffingIntervalsLayout.Column) -> String {
            layout.range(column)!.formulaReference
        }
    }

    private static func cells(for day: StaffingDailyTotal, row: Int, layout: StaffingIntervalsLayout,
                              callsStyle: CellStyle) -> [(CellValue, CellStyle)] {
        let column = Columns(layout: layout)
        let dateCell = "$\(Column.date.letter)\(row + 1)"
        let channelCell = "$\(Column.channel.letter)\(row + 1)"
        let callsCell = "$\(Column.calls.letter)\(row + 1)"
        let criteria = "\(column(.date)),\(dateCell),\(column(.channel)),"
            + ExcelCriterion.matching(day.channel, shownIn: channelCell)
        let condition = "(\(column(.date))=\(dateCell))*(\(column(.channel))=\(channelCell))"
        let agentTime = "SUMPRODUCT(\(condition),\(column(.agents)),\(column(.minutes)))"
        func perCall(_ measure: StaffingIntervalsLayout.Column, _ sum: Double) -> CellValue {
            .formula(Formula("=IF(\(callsCell)=0,\"\",SUMPRODUCT(\(condition),\(column(.calls)),\(column(measure)))/\(callsCell))",
                             cached: day.calls == 0 ? .text("") : .number(sum / day.calls)))
        }
        var cells: [(CellValue, CellStyle)] = [
            (.date(day.day), .date),
            (.text(day.channel), .plain),
            (.formula(Formula("=COUNTIFS(\(criteria))", cached: .number(Double(day.intervals)))), StaffingSheets.wholeNumber),
            (.formula(Formula("=SUMIFS(\(column(.calls)),\(criteria))", cached: .number(day.calls))), callsStyle),
            (.formula(Formula("=\(agentTime)/60", cached: .number(day.agentMinutes / 60))), StaffingSheets.oneDecimal),
            (.formula(Formula("=SUMPRODUCT(\(condition),\(column(.scheduled)),\(column(.minutes)))/60",
                              cached: .number(day.scheduledMinutes / 60))), StaffingSheets.oneDecimal),
            (.formula(Formula("=_xlfn.MAXIFS(\(column(.agents)),\(criteria))", cached: .number(Double(day.peakAgents)))),
             StaffingSheets.wholeNumber),
            (.formula(Formula("=_xlfn.MAXIFS(\(column(.scheduled)),\(criteria))",
                              cached: .number(Double(day.peakScheduled)))), StaffingSheets.wholeNumber),
            (perCall(.serviceLevel, day.callsWithinThreshold), .percent),
            (perCall(.speedOfAnswer, day.callsTimesSpeedOfAnswer), StaffingSheets.oneDecimal),
            (.formula(Formula(
                "=IF(\(agentTime)=0,\"\",SUMPRODUCT(\(condition),\(column(.occupancy)),\(column(.agents)),\(column(.minutes)))/\(agentTime))",
                cached: day.agentMinutes == 0 ? .text("") : .number(day.busyMinutes / day.agentMinutes))), .percent),
        ]
        if layout.tracksAbandonment {
            cells.append((perCall(.abandoned, day.callsAbandoned), .percent))
        }
        return cells
    }

    /// The total line: sums and peaks of the daily lines, and weighted averages over every interval.
    private static func totalCells(days: [StaffingDailyTotal], layout: StaffingIntervalsLayout, dayRows: ClosedRange<Int>,
                                   callsStyle: CellStyle) -> [(CellValue, CellStyle)] {
        let column = Columns(layout: layout)
        let total = CellStyle.total
        func over(_ column: Column) -> String {
            "\(column.letter)\(dayRows.lowerBound + 1):\(column.letter)\(dayRows.upperBound + 1)"
        }
        func sum(_ values: [Double]) -> Double { values.reduce(0, +) }

        var calls = 0.0, callsWithin = 0.0, callsTimesASA = 0.0, callsAbandoned = 0.0
        var agentMinutes = 0.0, busyMinutes = 0.0
        for row in layout.rows {
            let minutes = StaffingIntervalsLayout.minutes(row)
            calls += row.calls
            callsWithin += row.calls * row.serviceLevel
            callsTimesASA += row.calls * row.averageSpeedOfAnswer
            callsAbandoned += row.calls * (row.abandonRate ?? 0)
            agentMinutes += Double(row.agents) * minutes
            busyMinutes += row.occupancy * Double(row.agents) * minutes
        }
        let allCalls = "SUM(\(column(.calls)))"
        func perCall(_ measure: StaffingIntervalsLayout.Column, _ value: Double) -> CellValue {
            .formula(Formula("=IF(\(allCalls)=0,\"\",SUMPRODUCT(\(column(.calls)),\(column(measure)))/\(allCalls))",
                             cached: calls == 0 ? .text("") : .number(value / calls)))
        }
        let agentTime = "SUMPRODUCT(\(column(.agents)),\(column(.minutes)))"
        var cells: [(CellValue, CellStyle)] = [
            (.text("Total"), total),
            (.blank, total),
            (.formula(Formula("=SUM(\(over(.intervals)))", cached: .number(Double(days.reduce(0) { $0 + $1.intervals })))),
             total.with(numberFormat: "#,##0")),
            (.formula(Formula("=SUM(\(over(.calls)))", cached: .number(sum(days.map(\.calls))))),
             total.with(numberFormat: callsStyle.numberFormat)),
            (.formula(Formula("=SUM(\(over(.agentHours)))", cached: .number(sum(days.map { $0.agentMinutes / 60 })))),
             total.with(numberFormat: "#,##0.0")),
            (.formula(Formula("=SUM(\(over(.scheduledHours)))", cached: .number(sum(days.map { $0.scheduledMinutes / 60 })))),
             total.with(numberFormat: "#,##0.0")),
            (.formula(Formula("=MAX(\(over(.peakAgents)))", cached: .number(Double(days.map(\.peakAgents).max() ?? 0)))),
             total.with(numberFormat: "#,##0")),
            (.formula(Formula("=MAX(\(over(.peakScheduled)))", cached: .number(Double(days.map(\.peakScheduled).max() ?? 0)))),
             total.with(numberFormat: "#,##0")),
            (perCall(.serviceLevel, callsWithin), total.with(numberFormat: "0.0%")),
            (perCall(.speedOfAnswer, callsTimesASA), total.with(numberFormat: "0.0")),
            (.formula(Formula(
                "=IF(\(agentTime)=0,\"\",SUMPRODUCT(\(column(.occupancy)),\(column(.agents)),\(column(.minutes)))/\(agentTime))",
                cached: agentMinutes == 0 ? .text("") : .number(busyMinutes / agentMinutes))), total.with(numberFormat: "0.0%")),
        ]
        if layout.tracksAbandonment {
            cells.append((perCall(.abandoned, callsAbandoned), total.with(numberFormat: "0.0%")))
        }
        return cells
    }

    // MARK: Chart

    /// Calls as columns, agents needed and to schedule as lines on a second axis. Categories are
    /// the text labels: a date axis would pile every interval of a day onto one point.
    private static func chart(for block: (channel: String, rows: Range<Int>), layout: StaffingIntervalsLayout,
                              named: Bool) -> Chart {
        let title = "Calls and agents per interval" + (named && !block.channel.isEmpty ? ": \(block.channel)" : "")
        return Chart(
            kind: .column, title: title,
            series: [.init(name: "Calls", categories: layout.range(.label, rows: block.rows),
                           values: layout.range(.calls, rows: block.rows)!, color: .chartBlue)],
            valueAxisTitle: "Calls", legend: .bottom,
            overlay: .init(kind: .line, series: [
                .init(name: "Agents needed", values: layout.range(.agents, rows: block.rows)!,
                      color: .chartOrange, usesSecondaryAxis: true),
                .init(name: "Agents to schedule", values: layout.range(.scheduled, rows: block.rows)!,
                      color: .chartGreen, usesSecondaryAxis: true),
            ], secondaryAxisTitle: "Agents"),
            widthScale: 3, heightScale: 1.6)
    }
}

private extension CellRange {
    /// This cell and the cells to its right up to `lastColumn`.
    func spanning(columns lastColumn: Int) -> CellRange {
        CellRange(firstRow: firstRow, firstColumn: firstColumn, lastRow: firstRow, lastColumn: lastColumn)
    }
}
