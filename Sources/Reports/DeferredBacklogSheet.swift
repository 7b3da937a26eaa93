import Foundation
import Staffing
import Workbook

/// A deferred-work sheet (email, letters, back office): the target and what the plan achieves at
/// the top, then per interval the items arrived, the staffing (workload FTE, whole agents, agents
/// to schedule), the items handled and the backlog carried forward, with a line chart of the backlog.
/// Used by the demo ("Email backlog").
///
/// ```swift
/// try DeferredBacklogSheet.add(to: workbook, plan: planner.plan(), clock: centreZone,
///                              notes: ["Emails: synthetic, 12 % of the forecast calls."])
/// ```
///
/// Interval starts are shown on the wall clock of `clock` (the centre's), whatever the workbook's
/// time zone.
public enum DeferredBacklogSheet {
    public static let defaultName = "Email backlog"

    public static func summary(name: String = defaultName, items: String = "emails") -> SheetSummary {
        SheetSummary(sheetName: name, description: "Deferred work: \(items) arrived, agents, backlog per interval; "
            + "the share answered within the response window against the target; a chart of the backlog.")
    }

    /// The columns, in order.
    enum Column: Int, CaseIterable {
        case start, label, open, arrived, workload, agents, scheduled, handled, backlogItems, backlogHours

        var letter: String { CellReference.columnLetters(rawValue) }
    }

    /// Sheet rows (0-based) of the figures at the top, for readers and tests.
    enum SummaryRow: Int {
        case target = 2, window, achieved, due, late, agentHours
    }

    public static func add(to workbook: Workbook, plan: DeferredWorkPlan, clock: TimeZone, name: String = defaultName,
                           items: String = "emails", notes: [String] = []) throws {
        let sheet = try workbook.addSheet(named: name)
        let lastColumn = Column.allCases.count - 1
        let capitalised = items.prefix(1).uppercased() + items.dropFirst()
        try sheet.merge(CellRange(rows: 0...0, columns: 0...lastColumn), value: .text("\(capitalised): backlog and staffing"),
                        style: .title)
        let hours = plan.target.windowSeconds / 3600
        let windowText = hours == hours.rounded() ? String(Int(hours)) : String(hours)
        let achieved = plan.overall.share
        var statement = "Target: \(percent(plan.target.fraction)) of \(items) answered within \(windowText) h of arriving. "
        if let achieved {
            statement += "Achieved: \(percent(achieved)) of the \(number(plan.overall.due)) \(items) due within the plan"
                + (plan.meetsTarget ? " — the target is met." : " — the target is NOT met.")
        } else {
            statement += "No \(items) are due within the plan."
        }
        try sheet.merge(CellRange(rows: 1...1, columns: 0...lastColumn), value: .text(statement), style: .bold)

        let figures: [(SummaryRow, String, CellValue, CellStyle)] = [
            (.target, "Target share", .number(plan.target.fraction), .percent),
            (.window, "Response window (hours)", .number(hours), .plain),
            (.achieved, "Share answered in time", .number(achieved), CellStyle().with(numberFormat: "0.00%")),
            (.due, "\(capitalised) due within the plan", .number(plan.overall.due), .oneDecimal),
            (.late, "\(capitalised) late", .number(plan.overall.late), .oneDecimal),
            (.agentHours, "Workload agent-hours", .number(plan.workloadAgentHours), .oneDecimal),
        ]
        for (row, label, value, style) in figures {
            try sheet.write(.text(label), row: row.rawValue, column: 0, style: .bold)
            try sheet.write(value, row: row.rawValue, column: 2, style: style)
        }
        var row = SummaryRow.agentHours.rawValue + 1
        let explanation = "Items arrive at the start of their interval and are worked first in, first out while the "
            + "centre is open; the response clock runs while it is closed. Workload agents: productive agents (fractional) "
            + "the plan needs; agents: rounded up; to schedule: after shrinkage. Backlog: waiting at the interval's end."
        for note in notes + [explanation] {
            try sheet.merge(CellRange(rows: row...row, columns: 0...lastColumn), value: .text(note),
                            style: CellStyle().with(italic: true, fontColor: Color(rgb: 0x595959)))
            row += 1
        }
        row += 1
        let headerRow = row
        try sheet.writeHeader(["Interval start", "Day and time", "Open", "\(capitalised) arrived", "Workload agents",
                               "Agents", "Agents to schedule", "\(capitalised) handled", "Backlog (\(items))",
                               "Backlog (hours of work)"], row: headerRow)
        try sheet.setPrintLayout(repeatingRows: headerRow...headerRow)
        sheet.freezePanes(rows: headerRow + 1)

        let labels = DateFormatter()
        labels.locale = Locale(identifier: "en_US_POSIX")
        labels.timeZone = clock
        labels.dateFormat = "EEE d MMM HH:mm"
        let twoDecimals = CellStyle().with(numberFormat: "0.00")
        var arrived = 0.0, handled = 0.0
        for (offset, interval) in plan.intervals.enumerated() {
            let stored = (arrived: ExcelNumber.stored(interval.arrivals.arrived), handled: ExcelNumber.stored(interval.itemsHandled))
            arrived += stored.arrived
            handled += stored.handled
            try sheet.writeRow([
                (.number(ExcelDate.serial(interval.start, in: clock)), .dateTime),
                (.text(labels.string(from: interval.start)), .plain),
                (.text(interval.isOpen ? "yes" : "no"), .plain),
                (.number(stored.arrived), .oneDecimal),
                (.number(ExcelNumber.stored(interval.workloadAgents)), twoDecimals),
                (.integer(interval.agents), .integer),
                (.integer(interval.scheduledAgents), .integer),
                (.number(stored.handled), .oneDecimal),
                (.number(ExcelNumber.stored(interval.backlogItems)), .oneDecimal),
                (.number(ExcelNumber.stored(interval.backlogWorkHours)), twoDecimals),
            ], row: headerRow + 1 + offset)
        }
        guard !plan.intervals.isEmpty else { return }
        let firstRow = headerRow + 1
        let lastRow = headerRow + plan.intervals.count
        func cells(_ column: Column) -> String { "\(column.letter)\(firstRow + 1):\(column.letter)\(lastRow + 1)" }
        let total = CellStyle.total
        var totals: [(CellValue, CellStyle)] = [(.text("Total"), total)]
        totals += Array(repeating: (CellValue.blank, total), count: Column.arrived.rawValue - 1)
        totals.append((.formula(Formula("=SUM(\(cells(.arrived)))", cached: .number(arrived))), total.with(numberFormat: "#,##0.0")))
        totals += Array(repeating: (CellValue.blank, total), count: Column.handled.rawValue - Column.arrived.rawValue - 1)
        totals.append((.formula(Formula("=SUM(\(cells(.handled)))", cached: .number(handled))), total.with(numberFormat: "#,##0.0")))
        try sheet.writeRow(totals, row: lastRow + 1)
        try sheet.addConditionalFormat(.cellValue(.equalTo(0), style: CellStyle().with(fontColor: Color(rgb: 0xA6A6A6))),
                                       to: CellRange(rows: firstRow...lastRow, columns: Column.workload.rawValue...Column.scheduled.rawValue))
        sheet.setColumnWidth(17, columns: 0...1)
        sheet.setColumnWidth(13, columns: Column.arrived.rawValue...lastColumn)

        func range(_ column: Column) -> CellRange {
            CellRange(sheet: name, rows: firstRow...lastRow, columns: column.rawValue...column.rawValue)
        }
        let chart = Chart(
            kind: .line, title: "\(capitalised) waiting at the end of each interval",
            series: [.init(name: "Backlog (\(items))", categories: range(.label), values: range(.backlogItems), color: .chartOrange)],
            valueAxisTitle: capitalised, legend: .bottom, widthScale: 3, heightScale: 1.6)
        try sheet.insert(chart, row: headerRow, column: lastColumn + 2)
    }

    private static func percent(_ fraction: Double) -> String {
        let value = (fraction * 1000).rounded() / 10
        return (value == value.rounded() ? String(Int(value)) : String(value)) + " %"
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
