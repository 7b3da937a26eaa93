import Foundation
import Quality
import Workbook

/// The QA workbook design: "Evaluations" (one row each, filterable), "Agent summary" (mean with
/// confidence interval, pass rate, critical accuracy, small-sample warnings), "Evaluator
/// summary" (mean given, distance from everyone's), "Criterion heat
/// map" (agents × criteria) and "QA trend" (per month, with a chart). Every summary figure is a
/// live formula over "Evaluations", so filtering out or editing a row there moves the summaries.
///
/// ```swift
/// try Workbook.write(to: url, options: WorkbookOptions(constantMemory: true)) { workbook in
///     try QaSheets.add(to: workbook, report: report)
/// }
/// ```
public enum QaSheets {
    public static var sheetNames: [String] { summaries.map(\.sheetName) }

    public static let summaries = [
        SheetSummary(sheetName: QaEvaluationsSheet.name,
                     description: "Every evaluation: who, when, which card, score, passed, critical errors, each criterion."),
        SheetSummary(sheetName: QaAgentSummarySheet.name,
                     description: "Per agent: evaluations, mean score with 95 % interval, pass rate, critical-error accuracy; small samples flagged."),
        SheetSummary(sheetName: QaEvaluatorSummarySheet.name,
                     description: "Per evaluator: evaluations, mean score given, pass rate, distance from everyone's mean."),
        SheetSummary(sheetName: QaCriterionHeatMapSheet.name, description: "Agents × criteria: share of each criterion's points earned."),
        SheetSummary(sheetName: QaTrendSheet.name, description: "Per month: evaluations, mean score, pass rate, critical accuracy, a chart."),
    ]

    /// Adds the sheets in the order of ``summaries``: "Evaluations" first, as the others refer to it.
    public static func add(to workbook: Workbook, report: QaReport) throws {
        let layout = try QaEvaluationsSheet.add(to: workbook, report: report)
        try QaAgentSummarySheet.add(to: workbook, report: report, layout: layout)
        try QaEvaluatorSummarySheet.add(to: workbook, report: report, layout: layout)
        try QaCriterionHeatMapSheet.add(to: workbook, report: report, layout: layout)
        try QaTrendSheet.add(to: workbook, report: report, layout: layout)
    }
}
