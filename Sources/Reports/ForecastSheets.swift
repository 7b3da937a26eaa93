import Forecasting
import Foundation
import Workbook

/// The forecast workbook design: "Forecast days" (assumptions, live daily totals, the "History
/// vs forecast" chart), "Forecast" (one row per interval) and "Accuracy" (the backtest of every
/// method). Used by `headset forecast --xlsx`, `headset forecast backtest --xlsx` and the demo.
///
/// ```swift
/// try Workbook.write(to: url) { workbook in
///     try ForecastSheets.add(to: workbook, plan: plan, accuracy: accuracy)
/// }
/// ```
///
/// Times are wall-clock times in the plan's calendar zone, whatever the workbook's zone.
public enum ForecastSheets {
    public static let daysSheetName = "Forecast days"
    public static let intervalsSheetName = "Forecast"
    public static let accuracySheetName = "Accuracy"

    public static let daysSummary = SheetSummary(
        sheetName: daysSheetName,
        description: "Forecast per day: intervals, calls, peak, AHT, closures and special days; history vs forecast chart.")
    public static let intervalsSummary = SheetSummary(
        sheetName: intervalsSheetName, description: "Forecast per interval: calls (and AHT) for every open interval.")
    public static let accuracySummary = SheetSummary(
        sheetName: accuracySheetName,
        description: "Backtest of every forecasting method: WAPE, MASE, bias; WAPE by weekday and time of day.")

    /// Table-of-contents lines, in the order ``add(to:plan:accuracy:)`` adds the sheets.
    public static func summaries(includingAccuracy: Bool) -> [SheetSummary] {
        [daysSummary, intervalsSummary] + (includingAccuracy ? [accuracySummary] : [])
    }

    /// Adds "Forecast days", "Forecast" and, with a backtest, "Accuracy".
    public static func add(to workbook: Workbook, plan: ForecastPlan, accuracy: ForecastAccuracyReport?) throws {
        let layout = ForecastIntervalsLayout(plan: plan, sheetName: intervalsSheetName)
        try ForecastDaysSheet.add(to: workbook, plan: plan, layout: layout, name: daysSheetName)
        try ForecastIntervalsSheet.add(to: workbook, layout: layout)
        if let accuracy { try addAccuracy(to: workbook, report: accuracy) }
    }

    /// Adds the "Accuracy" sheet alone.
    public static func addAccuracy(to workbook: Workbook, report: ForecastAccuracyReport) throws {
        try ForecastAccuracySheet.add(to: workbook, report: report, name: accuracySheetName)
    }

    // MARK: Shared formats

    static let wholeNumber = CellStyle().with(numberFormat: "0")
    static let calls = CellStyle().with(numberFormat: "#,##0.0")
    static let seconds = CellStyle().with(numberFormat: "0.0")
    static let ratio = CellStyle().with(numberFormat: "0.000")
    static let percentTwoDecimals = CellStyle().with(numberFormat: "0.00%")
}
