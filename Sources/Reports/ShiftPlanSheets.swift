import CivilTime
import Foundation
import Scheduling
import Workbook

/// The shift plan workbook design: a "Shift plan" sheet (shifts per day and template with their
/// breaks, paid hours and cost, totals as live formulas, the optimiser's verdict) and a "Coverage"
/// sheet (agents required and planned per interval, the gap as a live formula, under-coverage in
/// red, a chart of both). Used by `headset schedule plan --xlsx` and by the demo.
///
/// ```swift
/// try Workbook.write(to: url) { workbook in
///     try ShiftPlanSheets.add(to: workbook, plan: plan, notes: ["Requirements: staffing.csv (scheduled_agents)."])
/// }
/// ```
///
/// Days and times are the requirement's wall clock, written as they are (no time-zone conversion).
public enum ShiftPlanSheets {
    public static let shiftsSheetName = "Shift plan"
    public static let coverageSheetName = "Coverage"

    /// Table-of-contents lines, in the order ``add(to:plan:notes:)`` adds the sheets.
    public static let summaries = [
        SheetSummary(sheetName: shiftsSheetName,
                     description: "Shifts per day and template: start, end, breaks, paid hours, count and cost; the optimiser's gap."),
        SheetSummary(sheetName: coverageSheetName,
                     description: "Agents required vs planned per interval, the gap (under-coverage in red) and a chart of both."),
    ]

    /// Adds "Shift plan" then "Coverage". `notes` (sources, assumptions, solver limits) head both sheets.
    /// With `service` and calls in the plan's requirements, coverage also shows the service level
    /// expected with the planned agents.
    public static func add(to workbook: Workbook, plan: ShiftPlan, notes: [String] = [], service: ServiceExpectation? = nil) throws {
        try ShiftPlanShiftsSheet.add(to: workbook, plan: plan, notes: notes, name: shiftsSheetName)
        try ShiftPlanCoverageSheet.add(to: workbook, plan: plan, notes: notes, name: coverageSheetName, service: service)
    }

    // MARK: Shared

    static let noteStyle = CellStyle().with(italic: true, fontColor: Color(rgb: 0x595959))

    /// Excel's serial number of a wall-clock day and time (1900 date system).
    static func serial(_ date: LocalDate, minutes: Int) -> Double {
        Double(date.dayNumber) + 25_569 + Double(minutes) / 1440
    }

    /// `2.35 %`.
    static func percent(_ fraction: Double) -> String {
        fraction.isFinite ? String(format: "%.2f %%", fraction * 100) : "∞"
    }

    /// Whole numbers as they are, fractions to two decimals.
    static func amount(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(format: "%.2f", value)
    }
}
