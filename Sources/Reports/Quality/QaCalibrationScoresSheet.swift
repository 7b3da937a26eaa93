import Quality
import Workbook

/// The "Calibration scores" sheet: one row per interaction and criterion (the overall score
/// last), the benchmark's score, each evaluator's score, each evaluator's deviation from the
/// benchmark on a blue (stricter) – white – red (more lenient) scale, and the panel's spread.
/// Filterable by criterion; header and interaction frozen.
///
/// Each criterion's rows get their own colour scale: a 10-point miss on a 0–100 overall score
/// would otherwise bleach a 1-point miss on a 0–3 criterion.
enum QaCalibrationScoresSheet {
    static let name = "Calibration scores"
    static let headerRow = 0

    static func add(to workbook: Workbook, analysis: CalibrationAnalysis, items: [CalibrationItem]) throws {
        let sheet = try workbook.addSheet(named: name)
        let evaluators = analysis.evaluators.map(\.raterId)
        let benchmark = analysis.benchmarkRaterId
        let firstDeviation = 3 + evaluators.count, firstSpread = 3 + 2 * evaluators.count
        let headers = ["Interaction", "Criterion", "Benchmark: \(benchmark)"] + evaluators
            + evaluators.map { "\($0) − benchmark" } + ["Mean |deviation|", "SD", "Range"]
        try sheet.writeHeader(headers, row: headerRow)
        sheet.freezePanes(rows: headerRow + 1, columns: 1)

        let ratings = Dictionary(uniqueKeysWithValues: items.map { item in
            (item.interactionId, Dictionary(item.ratings.map { ($0.raterId, $0) }, uniquingKeysWith: { first, _ in first }))
        })
        let two = CellStyle().with(numberFormat: "0.00")
        var row = headerRow + 1
        for calibration in analysis.criteria + [analysis.overall] {
            let firstRow = row
            for item in calibration.items where item.scoreCount > 0 {
                let scores = ratings[item.interactionId] ?? [:]
                let deviations = Dictionary(item.deviations.map { ($0.raterId, $0.deviation) }, uniquingKeysWith: { first, _ in first })
                var cells: [(CellValue, CellStyle)] = [
                    (.text(item.interactionId), .plain),
                    (.text(QaCalibrationSheets.title(of: calibration.target)), .plain),
                    (.number(item.benchmark), .bold),
                ]
                cells += evaluators.map { (.number(scores[$0]?.score(for: calibration.target)), .plain) }
                cells += evaluators.map { (.number(deviations[$0]), QaCalibrationSheets.deviationStyle) }
                cells += [(.number(item.meanAbsoluteDeviation), two), (.number(item.standardDeviation), two), (.number(item.range), .plain)]
                try sheet.writeRow(cells, row: row)
                row += 1
            }
            if row > firstRow, !evaluators.isEmpty {
                try sheet.addConditionalFormat(QaCalibrationSheets.deviationScale,
                                               to: CellRange(rows: firstRow...(row - 1), columns: firstDeviation...(firstSpread - 1)))
            }
        }
        // Widths follow the content, headers included.
        try sheet.autofilter(CellRange(rows: headerRow...max(headerRow + 1, row - 1), columns: 0...(headers.count - 1)))
        try sheet.setPrintLayout(repeatingRows: headerRow...headerRow)
    }
}
