import Foundation
import Quality
import Workbook

/// The "QA trend" sheet: per month the evaluations, mean score, pass rate and accuracy per
/// critical class (live formulas over "Evaluations"), and a chart of evaluations (columns) and
/// mean score (line, right axis).
enum QaTrendSheet {
    static let name = "QA trend"

    static func add(to workbook: Workbook, report: QaReport, layout: QaEvaluationsSheet.Layout) throws {
        let sheet = try workbook.addSheet(named: name)
        let classes = layout.criticalClasses
        let headers = ["Month", "Evaluations", "Mean score %", "Pass rate"] + classes.map { "\(QaEvaluationsSheet.title(of: $0)) accuracy" }
        let lastColumn = headers.count - 1
        try sheet.merge(CellRange(rows: 0...0, columns: 0...lastColumn), value: .text("QA trend by month"), style: .title)
        let headerRow = 2
        try sheet.writeHeader(headers, row: headerRow)
        sheet.freezePanes(rows: headerRow + 1)
        var byMonth: [String: [QaEvaluationRow]] = [:]
        for row in report.evaluations { byMonth[row.month, default: []].append(row) }
        let months = report.months
        let monthRange = layout.range(.month)
        for (offset, month) in months.enumerated() {
            let sheetRow = headerRow + 1 + offset, excelRow = sheetRow + 1
            let rows = byMonth[month] ?? []
            let scores = rows.compactMap(\.score)
            var cells: [(CellValue, CellStyle)] = [
                (.text(month), .bold),
                (.formula(Formula("=COUNTIFS(\(monthRange),$A\(excelRow))", cached: .number(Double(rows.count)))), .integer),
                (.formula(Formula("=IFERROR(AVERAGEIFS(\(layout.range(.score)),\(monthRange),$A\(excelRow)),\"\")",
                                  cached: scores.isEmpty ? .text("") : .number(scores.reduce(0, +) / Double(scores.count)))),
                 CellStyle().with(numberFormat: "0.0")),
                (.formula(Formula("=IFERROR(COUNTIFS(\(monthRange),$A\(excelRow),\(layout.range(.passed)),1)/B\(excelRow),\"\")",
                                  cached: .number(Double(rows.filter(\.passed).count) / Double(max(rows.count, 1))))), .percent),
            ]
            for critical in classes {
                let column = layout.range(layout.column(of: critical))
                let applicable = rows.compactMap { $0.criticalErrors[critical] }
                let cached: Formula.Value = applicable.isEmpty ? .text("")
                    : .number(1 - Double(applicable.filter { $0 }.count) / Double(applicable.count))
                cells.append((.formula(Formula(
                    "=IFERROR(1-COUNTIFS(\(monthRange),$A\(excelRow),\(column),1)/COUNTIFS(\(monthRange),$A\(excelRow),\(column),\"<>\"),\"\")",
                    cached: cached)), .percent))
            }
            try sheet.writeRow(cells, row: sheetRow)
        }
        sheet.setColumnWidth(12, columns: 0...0)
        sheet.setColumnWidth(16, columns: 1...lastColumn)
        guard !months.isEmpty else { return }
        let first = headerRow + 1, last = headerRow + months.count
        func column(_ index: Int) -> CellRange { CellRange(sheet: name, rows: first...last, columns: index...index) }
        let chart = Chart(
            kind: .column, title: "Evaluations and mean score per month",
            series: [.init(name: "Evaluations", categories: column(0), values: column(1), color: .chartGrey)],
            valueAxisTitle: "Evaluations", legend: .bottom,
            overlay: .init(kind: .line, series: [.init(name: "Mean score %", categories: column(0), values: column(2), color: .chartBlue,
                                                       usesSecondaryAxis: true)], secondaryAxisTitle: "Mean score %"),
            widthScale: 2, heightScale: 1.4)
        try sheet.insert(chart, row: headerRow, column: lastColumn + 2)
    }
}
