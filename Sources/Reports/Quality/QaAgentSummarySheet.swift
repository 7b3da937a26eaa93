import Foundation
import Quality
import Workbook

/// The "Agent summary" sheet: per agent the evaluations, mean score with its 95 % confidence
/// interval (Student t), pass rate and critical-error accuracy per class — counts and averages
/// are live COUNTIFS / AVERAGEIFS over "Evaluations" — with a colour scale on the mean and a
/// warning where the sample is below the minimum (a mean of two calls says little).
enum QaAgentSummarySheet {
    static let name = "Agent summary"

    static func add(to workbook: Workbook, report: QaReport, layout: QaEvaluationsSheet.Layout) throws {
        let sheet = try workbook.addSheet(named: name)
        let classes = layout.criticalClasses
        let headers = ["Agent", "Name", "Team", "Evaluations", "Mean score %", "95 % CI low", "95 % CI high", "Pass rate"]
            + classes.map { "\(QaEvaluationsSheet.title(of: $0)) accuracy" } + ["Sample"]
        let lastColumn = headers.count - 1
        try sheet.merge(CellRange(rows: 0...0, columns: 0...lastColumn), value: .text("QA by agent"), style: .title)
        var row = 1
        let explanation = "Mean score: the average of the agent's scored evaluations, with a 95 % confidence interval (Student t); "
            + "fewer than \(report.minimumSample) evaluations are flagged. Accuracy per critical class: the share of evaluations "
            + "where that class applied without an error of it (COPC). Counts and averages are live formulas over '\(QaEvaluationsSheet.name)'."
        for note in report.notes + [explanation] {
            try sheet.merge(CellRange(rows: row...row, columns: 0...lastColumn), value: .text(note), style: ShiftPlanSheets.noteStyle)
            row += 1
        }
        row += 1
        let headerRow = row
        try sheet.writeHeader(headers, row: headerRow)
        sheet.freezePanes(rows: headerRow + 1, columns: 2)

        var byAgent: [String: [QaEvaluationRow]] = [:]
        for evaluation in report.evaluations { byAgent[evaluation.agent, default: []].append(evaluation) }
        let agents = report.agents
        let agentRange = layout.range(.agent), scoreRange = layout.range(.score), passedRange = layout.range(.passed)
        let percent = CellStyle.percent, one = CellStyle().with(numberFormat: "0.0")
        for (offset, agent) in agents.enumerated() {
            let sheetRow = headerRow + 1 + offset, excelRow = sheetRow + 1
            let rows = byAgent[agent.key] ?? []
            let scores = rows.compactMap(\.score)
            let interval = try? ScoreMeanInterval(scores: scores, confidence: 0.95, minimumSample: report.minimumSample)
            let key = "$A\(excelRow)"
            var cells: [(CellValue, CellStyle)] = [
                (.text(agent.key), .plain), (.text(agent.name), .bold), (.text(agent.team), .plain),
                (.formula(Formula("=COUNTIFS(\(agentRange),\(key))", cached: .number(Double(rows.count)))), .integer),
                (.formula(Formula("=IFERROR(AVERAGEIFS(\(scoreRange),\(agentRange),\(key)),\"\")",
                                  cached: interval.map { .number($0.mean) } ?? .text(""))), one),
                (interval?.interval.map { .number($0.lowerBound) } ?? .blank, one),
                (interval?.interval.map { .number($0.upperBound) } ?? .blank, one),
                (.formula(Formula("=IFERROR(COUNTIFS(\(agentRange),\(key),\(passedRange),1)/D\(excelRow),\"\")",
                                  cached: rows.isEmpty ? .text("") : .number(Double(rows.filter(\.passed).count) / Double(rows.count)))),
                 percent),
            ]
            for critical in classes {
                let column = layout.range(layout.column(of: critical))
                let applicable = rows.compactMap { $0.criticalErrors[critical] }
                let cached: Formula.Value = applicable.isEmpty ? .text("")
                    : .number(1 - Double(applicable.filter { $0 }.count) / Double(applicable.count))
                cells.append((.formula(Formula(
                    "=IFERROR(1-COUNTIFS(\(agentRange),\(key),\(column),1)/COUNTIFS(\(agentRange),\(key),\(column),\"<>\"),\"\")",
                    cached: cached)), percent))
            }
            let warning = rows.count < report.minimumSample ? "below minimum sample (\(report.minimumSample))" : ""
            cells.append((.formula(Formula("=IF(D\(excelRow)<\(report.minimumSample),\"below minimum sample (\(report.minimumSample))\",\"\")",
                                           cached: .text(warning))), .plain))
            try sheet.writeRow(cells, row: sheetRow)
        }
        if !agents.isEmpty {
            let first = headerRow + 1, last = headerRow + agents.count
            try sheet.addConditionalFormat(.threeColorScale(), to: CellRange(rows: first...last, columns: 4...4))
            try sheet.addConditionalFormat(.dataBar(), to: CellRange(rows: first...last, columns: 3...3))
            try sheet.addConditionalFormat(.cellValue(.lessThan(0.95), style: .badHighlight),
                                           to: CellRange(rows: first...last, columns: 8...(7 + classes.count)))
            try sheet.addConditionalFormat(.formula("=$D\(first + 1)<\(report.minimumSample)", style: .neutralHighlight),
                                           to: CellRange(rows: first...last, columns: lastColumn...lastColumn))
            try sheet.autofilter(CellRange(rows: headerRow...last, columns: 0...lastColumn))
        }
        sheet.setColumnWidth(16, columns: 0...0)
        sheet.setColumnWidth(22, columns: 1...2)
        sheet.setColumnWidth(13, columns: 3...(lastColumn - 1))
        sheet.setColumnWidth(28, columns: lastColumn...lastColumn)
        try sheet.setPrintLayout(repeatingRows: headerRow...headerRow)
    }
}
