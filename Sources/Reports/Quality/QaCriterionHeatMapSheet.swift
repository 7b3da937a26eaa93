import Foundation
import Quality
import Workbook

/// The "Criterion heat map" sheet: agents × criteria, each cell the agent's mean fraction earned
/// on that criterion (ignoring fail gates; N/A left out) as a live AVERAGEIFS over "Evaluations",
/// red to green, with the whole team's mean per criterion at the bottom: where coaching pays.
enum QaCriterionHeatMapSheet {
    static let name = "Criterion heat map"

    static func add(to workbook: Workbook, report: QaReport, layout: QaEvaluationsSheet.Layout) throws {
        let sheet = try workbook.addSheet(named: name)
        let criteria = report.criteria
        let lastColumn = max(1, criteria.count + 1)
        try sheet.merge(CellRange(rows: 0...0, columns: 0...lastColumn), value: .text("Criterion results by agent"), style: .title)
        try sheet.merge(CellRange(rows: 1...1, columns: 0...lastColumn),
                        value: .text("Mean share of the criterion's points earned, per agent (N/A left out; critical fail gates ignored, "
                            + "so a failed section does not hide which criterion went wrong). Empty: never scored."),
                        style: ShiftPlanSheets.noteStyle)
        let headerRow = 3
        try sheet.writeHeader(["Agent", "Name"] + criteria.map(\.label), row: headerRow)
        sheet.freezePanes(rows: headerRow + 1, columns: 2)
        var sums: [String: [String: (Double, Int)]] = [:]
        for row in report.evaluations {
            for (id, value) in row.criteria {
                let old = sums[row.agent]?[id] ?? (0, 0)
                sums[row.agent, default: [:]][id] = (old.0 + value, old.1 + 1)
            }
        }
        let agents = report.agents
        let fraction = CellStyle().with(numberFormat: "0%").with(horizontalAlignment: .center)
        for (offset, agent) in agents.enumerated() {
            let sheetRow = headerRow + 1 + offset
            var cells: [(CellValue, CellStyle)] = [(.text(agent.key), .plain), (.text(agent.name), .bold)]
            for criterion in criteria {
                guard let column = layout.column(ofCriterion: criterion.id) else { continue }
                let cached: Formula.Value = sums[agent.key]?[criterion.id].map { .number($0.0 / Double($0.1)) } ?? .text("")
                cells.append((.formula(Formula(
                    "=IFERROR(AVERAGEIFS(\(layout.range(column)),\(layout.range(.agent)),$A\(sheetRow + 1)),\"\")", cached: cached)),
                    fraction))
            }
            try sheet.writeRow(cells, row: sheetRow)
        }
        let totalRow = headerRow + agents.count + 1
        var totals: [(CellValue, CellStyle)] = [(.text("All agents"), .total), (.blank, .total)]
        for criterion in criteria {
            guard let column = layout.column(ofCriterion: criterion.id) else { continue }
            let values = report.evaluations.compactMap { $0.criteria[criterion.id] }
            let cached: Formula.Value = values.isEmpty ? .text("") : .number(values.reduce(0, +) / Double(values.count))
            totals.append((.formula(Formula("=IFERROR(AVERAGE(\(layout.range(column))),\"\")", cached: cached)),
                           CellStyle.total.with(numberFormat: "0%")))
        }
        try sheet.writeRow(totals, row: totalRow)
        if !agents.isEmpty, !criteria.isEmpty {
            try sheet.addConditionalFormat(.threeColorScale(),
                                           to: CellRange(rows: (headerRow + 1)...(totalRow - 1), columns: 2...(criteria.count + 1)))
        }
        sheet.setColumnWidth(16, columns: 0...0)
        sheet.setColumnWidth(22, columns: 1...1)
        if !criteria.isEmpty { sheet.setColumnWidth(14, columns: 2...(criteria.count + 1)) }
    }
}
