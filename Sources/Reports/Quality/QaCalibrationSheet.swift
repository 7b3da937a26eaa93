import Quality
import Workbook

/// The "Calibration" sheet: what a supervisor reads after a calibration session.
///
/// A table per criterion (and the overall score) — interactions the benchmark scored,
/// comparisons, mean absolute deviation, leniency, mean spread and largest range, Krippendorff's
/// alpha highlighted by its reading (≥ .800 reliable green, ≥ .667 tentative yellow, below red),
/// Fleiss' kappa where it fits — and below it a table per evaluator: leniency and mean absolute
/// deviation on the overall score and pooled over criteria (data bars), and leniency per
/// criterion on a red–blue scale around 0.
enum QaCalibrationSheet {
    static let name = "Calibration"

    /// Short enough for one line each: the notes above the table say what they mean.
    static let criterionHeaders = ["Criterion", "Interactions", "Comparisons", "Mean |deviation|", "Leniency", "Mean SD",
                                   "Largest range", "Krippendorff's α", "Reading", "Fleiss' κ", "Note"]
    static let noteColumn = 10
    /// In the evaluator table, the first "<criterion>: leniency" column (after the 7 fixed ones).
    static let firstCriterionColumn = 7

    static func add(to workbook: Workbook, analysis: CalibrationAnalysis, items: [CalibrationItem],
                    summaries: [QaCalibrationCriterionSummary], notes: [String]) throws {
        let sheet = try workbook.addSheet(named: name)
        let criterionIds = analysis.criteria.compactMap { calibration -> String? in
            if case .criterion(let id) = calibration.target { return id }
            return nil
        }
        let lastColumn = max(criterionHeaders.count - 1, firstCriterionColumn - 1 + criterionIds.count)
        try sheet.merge(CellRange(rows: 0...0, columns: 0...lastColumn),
                        value: .text("Calibration against the benchmark '\(analysis.benchmarkRaterId)'"), style: .title)
        let raters = Set(items.flatMap { $0.ratings.map(\.raterId) }).count
        let explanation = [
            "\(items.count) interaction\(items.count == 1 ? "" : "s"), \(raters) raters (\(analysis.evaluators.count) evaluators "
                + "and the benchmark); alpha at the \(analysis.level.rawValue) level.",
            "Deviation = the evaluator's score − the benchmark's, where both scored (N/A is left out).",
            "Leniency = the mean deviation: + scores more leniently than the benchmark, − more strictly. "
                + "Mean |deviation|: how far off, either way.",
            "Mean SD and largest range: how widely the panel (benchmark included) spread on one interaction.",
            QaCalibrationReading.guidance,
        ]
        var row = 1
        for note in notes + explanation {
            try sheet.merge(CellRange(rows: row...row, columns: 0...lastColumn), value: .text(note), style: ShiftPlanSheets.noteStyle)
            row += 1
        }
        let headerRow = row + 1
        try sheet.writeHeader(criterionHeaders, row: headerRow)
        sheet.freezePanes(rows: headerRow + 1, columns: 1)

        let two = CellStyle().with(numberFormat: "0.00"), three = CellStyle().with(numberFormat: "0.000")
        let signed = CellStyle().with(numberFormat: "+0.00;-0.00;0.00")
        for (offset, summary) in summaries.enumerated() {
            let isOverall = summary.target == .overall
            func styled(_ style: CellStyle) -> CellStyle { isOverall ? style.with(bold: true) : style }
            let note = [summary.alpha == nil ? alphaNote(summary) : nil, summary.fleiss.note.map { "Fleiss' κ: \($0)" }]
                .compactMap { $0 }.joined(separator: "; ")
            let cells: [(CellValue, CellStyle)] = [
                (.text(QaCalibrationSheets.title(of: summary.target)), styled(.bold)),
                (.integer(summary.items), styled(.integer)),
                (.integer(summary.comparisons), styled(.integer)),
                (.number(summary.meanAbsoluteDeviation), styled(two)),
                (.number(summary.meanDeviation), styled(signed)),
                (.number(summary.meanStandardDeviation), styled(two)),
                (.number(summary.largestRange), styled(.plain)),
                (.number(summary.alpha), styled(three)),
                (.text(summary.reading?.rawValue ?? ""), styled(.plain)),
                (.number(summary.fleiss.kappa), styled(three)),
                (.text(note), ShiftPlanSheets.noteStyle),
            ]
            try sheet.writeRow(cells, row: headerRow + 1 + offset)
        }
        let lastCriterionRow = headerRow + summaries.count
        if !summaries.isEmpty {
            try highlightReadings(sheet, rows: (headerRow + 1)...lastCriterionRow)
        }

        let evaluatorTitleRow = lastCriterionRow + 2
        try addEvaluators(sheet, analysis: analysis, criterionIds: criterionIds, titleRow: evaluatorTitleRow)

        // Other widths follow the content; the note column stays narrow, its text running on into
        // the empty cells to its right, unless an evaluator column below needs more.
        let below = noteColumn - firstCriterionColumn
        let headerBelow = criterionIds.indices.contains(below) ? "\(criterionIds[below]): leniency" : ""
        sheet.setColumnWidth(Double(max(14, headerBelow.count + 2)), columns: noteColumn...noteColumn)
        try sheet.setPrintLayout(repeatingRows: headerRow...headerRow)
    }

    /// Alpha and its reading coloured as Krippendorff reads them; an empty alpha is left alone.
    private static func highlightReadings(_ sheet: Worksheet, rows: ClosedRange<Int>) throws {
        let column = criterionHeaders.firstIndex(of: "Krippendorff's α") ?? 7
        let alpha = "$\(CellReference.columnLetters(column))\(rows.lowerBound + 1)"
        let cells = CellRange(rows: rows, columns: column...(column + 1))   // alpha and its reading
        try sheet.addConditionalFormat(.formula("=AND(ISNUMBER(\(alpha)),\(alpha)>=0.8)", style: .goodHighlight), to: cells)
        try sheet.addConditionalFormat(.formula("=AND(ISNUMBER(\(alpha)),\(alpha)>=0.667,\(alpha)<0.8)", style: .neutralHighlight),
                                       to: cells)
        try sheet.addConditionalFormat(.formula("=AND(ISNUMBER(\(alpha)),\(alpha)<0.667)", style: .badHighlight), to: cells)
    }

    private static func alphaNote(_ summary: QaCalibrationCriterionSummary) -> String {
        summary.alphaUnits == 0 ? "α: no interaction has two scores" : "α: undefined, every score is the same"
    }

    /// Per evaluator: overall and pooled-criteria leniency with data bars, then leniency per criterion.
    private static func addEvaluators(_ sheet: Worksheet, analysis: CalibrationAnalysis, criterionIds: [String],
                                      titleRow: Int) throws {
        // Merged, so the title does not widen the first column.
        try sheet.merge(CellRange(rows: titleRow...titleRow, columns: 0...3), value: .text("Evaluators against the benchmark"),
                        style: .bold.with(fontColor: .headerBlue))
        let headerRow = titleRow + 1
        let headers = ["Evaluator", "Overall: compared", "Overall: leniency", "Overall: mean |deviation|",
                       "Criteria: compared", "Criteria: leniency", "Criteria: mean |deviation|"]
            + criterionIds.map { "\($0): leniency" }
        try sheet.writeHeader(headers, row: headerRow)
        let two = CellStyle().with(numberFormat: "0.00")
        for (offset, evaluator) in analysis.evaluators.enumerated() {
            var cells: [(CellValue, CellStyle)] = [
                (.text(evaluator.raterId), .bold),
                (.integer(evaluator.overall?.comparisons ?? 0), .integer),
                (.number(evaluator.overall?.meanDeviation), QaCalibrationSheets.deviationStyle),
                (.number(evaluator.overall?.meanAbsoluteDeviation), two),
                (.integer(evaluator.criteria?.comparisons ?? 0), .integer),
                (.number(evaluator.criteria?.meanDeviation), QaCalibrationSheets.deviationStyle),
                (.number(evaluator.criteria?.meanAbsoluteDeviation), two),
            ]
            for id in criterionIds {
                cells.append((.number(evaluator.byCriterion[id]?.meanDeviation), QaCalibrationSheets.deviationStyle))
            }
            try sheet.writeRow(cells, row: headerRow + 1 + offset)
        }
        guard !analysis.evaluators.isEmpty else { return }
        let rows = (headerRow + 1)...(headerRow + analysis.evaluators.count)
        // Overall (0–100) and criterion scales differ, so each column gets its own bar or scale.
        try sheet.addConditionalFormat(.dataBar(.chartOrange), to: CellRange(rows: rows, columns: 2...2))
        try sheet.addConditionalFormat(.dataBar(.chartOrange), to: CellRange(rows: rows, columns: 5...5))
        for column in criterionIds.indices.map({ firstCriterionColumn + $0 }) {
            try sheet.addConditionalFormat(QaCalibrationSheets.deviationScale, to: CellRange(rows: rows, columns: column...column))
        }
    }
}
