import Foundation
import Quality
import Workbook

/// The "Evaluator summary" sheet: per evaluator the evaluations made, the mean score given, the
/// pass rate and how far that mean sits from everyone's (live formulas over "Evaluations") — a
/// first look at leniency before a calibration session, which measures it on the same calls.
enum QaEvaluatorSummarySheet {
    static let name = "Evaluator summary"

    static func add(to workbook: Workbook, report: QaReport, layout: QaEvaluationsSheet.Layout) throws {
        let sheet = try workbook.addSheet(named: name)
        let headers = ["Evaluator", "Evaluations", "Mean score given %", "Pass rate", "Mean − everyone's mean"]
        try sheet.merge(CellRange(rows: 0...0, columns: 0...4), value: .text("QA by evaluator"), style: .title)
        try sheet.merge(CellRange(rows: 1...1, columns: 0...4),
                        value: .text("Different agents, different calls: a gap here is a question for calibration (headset qa "
                            + "calibrate), not proof of leniency."), style: ShiftPlanSheets.noteStyle)
        let headerRow = 3
        try sheet.writeHeader(headers, row: headerRow)
        sheet.freezePanes(rows: headerRow + 1, columns: 1)
        var byEvaluator: [String: [QaEvaluationRow]] = [:]
        for row in report.evaluations { byEvaluator[row.evaluatorName, default: []].append(row) }
        let collation = Locale(identifier: "en")
        let evaluators = byEvaluator.keys.sorted { OrgHierarchyLayout.ascending($0, $1, locale: collation) }
        let allScores = report.evaluations.compactMap(\.score)
        let overall = allScores.isEmpty ? 0 : allScores.reduce(0, +) / Double(allScores.count)
        let evaluatorRange = layout.range(.evaluator), scoreRange = layout.range(.score)
        for (offset, evaluator) in evaluators.enumerated() {
            let sheetRow = headerRow + 1 + offset, excelRow = sheetRow + 1
            let rows = byEvaluator[evaluator] ?? []
            let scores = rows.compactMap(\.score)
            let mean = scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
            try sheet.writeRow([
                (.text(evaluator), .bold),
                (.formula(Formula("=COUNTIFS(\(evaluatorRange),$A\(excelRow))", cached: .number(Double(rows.count)))), .integer),
                (.formula(Formula("=IFERROR(AVERAGEIFS(\(scoreRange),\(evaluatorRange),$A\(excelRow)),\"\")",
                                  cached: mean.map { .number($0) } ?? .text(""))), CellStyle().with(numberFormat: "0.0")),
                (.formula(Formula("=IFERROR(COUNTIFS(\(evaluatorRange),$A\(excelRow),\(layout.range(.passed)),1)/B\(excelRow),\"\")",
                                  cached: .number(Double(rows.filter(\.passed).count) / Double(max(rows.count, 1))))), .percent),
                (.formula(Formula("=IFERROR(C\(excelRow)-AVERAGE(\(scoreRange)),\"\")",
                                  cached: mean.map { .number($0 - overall) } ?? .text(""))), CellStyle().with(numberFormat: "+0.0;-0.0;0.0")),
            ], row: sheetRow)
        }
        if !evaluators.isEmpty {
            try sheet.addConditionalFormat(.divergingScale(midpoint: 0, below: Color(rgb: 0x5B9BD5), atMidpoint: Color(rgb: 0xFFFFFF),
                                                           above: Color(rgb: 0xF8696B)),
                                           to: CellRange(rows: (headerRow + 1)...(headerRow + evaluators.count), columns: 4...4))
        }
        sheet.setColumnWidth(24, columns: 0...0)
        sheet.setColumnWidth(18, columns: 1...4)
    }
}
