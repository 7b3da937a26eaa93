import Foundation
import Workbook

/// The staffing workbook design: a "Daily totals" sheet (assumptions, live daily formulas, a
/// chart of calls and agents per interval) and an "Intervals" sheet (one row per interval and
/// channel). Used by `headset staffing --xlsx` and by the demo.
///
/// ```swift
/// try Workbook.write(to: url) { workbook in
///     try StaffingSheets.add(to: workbook, plan: plan)
/// }
/// ```
///
/// Days are calendar days in the workbook's time zone (``WorkbookOptions/timeZone``), the zone
/// interval starts are shown in.
public enum StaffingSheets {
    public static let dailySheetName = "Daily totals"
    public static let intervalsSheetName = "Intervals"

    /// Table-of-contents lines, in the order ``add(to:plan:)`` adds the sheets.
    public static let summaries = [
        SheetSummary(sheetName: dailySheetName,
                     description: "Staffing per day: calls, agent-hours, peak agents, service level; a chart of calls and agents."),
        SheetSummary(sheetName: intervalsSheetName,
                     description: "Staffing per interval: agents needed and to schedule, service level, ASA, occupancy."),
    ]

    /// Adds "Daily totals" then "Intervals".
    public static func add(to workbook: Workbook, plan: StaffingPlan) throws {
        let layout = StaffingIntervalsLayout(plan: plan, sheetName: intervalsSheetName)
        try StaffingDailySheet.add(to: workbook, plan: plan, layout: layout, name: dailySheetName)
        try StaffingIntervalsSheet.add(to: workbook, plan: plan, layout: layout)
    }

    // MARK: Shared formats

    static let wholeNumber = CellStyle().with(numberFormat: "0")
    static let oneDecimal = CellStyle().with(numberFormat: "0.0")

    /// Whole calls when every value is whole (actuals), one decimal otherwise (forecasts).
    static func callsStyle(for values: [Double]) -> CellStyle {
        values.allSatisfy { $0 == $0.rounded() } ? CellStyle().with(numberFormat: "#,##0") : CellStyle().with(numberFormat: "#,##0.0")
    }

    /// `20` or `7.5`: seconds as people write them.
    static func format(seconds: Double) -> String { plain(seconds) }

    /// `80` or `87.5` for the fraction 0.8 or 0.875.
    static func format(percent fraction: Double) -> String { plain((fraction * 100 * 1e9).rounded() / 1e9) }

    private static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
