import CivilTime
import Foundation
import Quality
import Workbook

/// The "Evaluations" sheet: one row per evaluation, filterable, names and header frozen: when,
/// who, which card, the score (a colour scale), passed, a column per critical class (1 = error,
/// 0 = none, empty = not applicable) and one per criterion (the fraction earned, ignoring fail
/// gates). The other QA sheets count and average over these columns with live formulas.
enum QaEvaluationsSheet {
    static let name = "Evaluations"
    static let headerRow = 0

    enum Column: Int {
        case id, date, month, agent, agentName, team, evaluator, scorecard, channel, status, score, passed, firstCritical
    }

    /// Where each column lives, for the formulas of the other sheets.
    struct Layout {
        let rows: Int
        let criticalClasses: [CriticalClass]
        let criteria: [QaReport.CriterionColumn]

        var lastRow: Int { QaEvaluationsSheet.headerRow + max(rows, 1) }

        func column(of critical: CriticalClass) -> Int {
            Column.firstCritical.rawValue + (criticalClasses.firstIndex(of: critical) ?? 0)
        }

        func column(ofCriterion id: String) -> Int? {
            criteria.firstIndex { $0.id == id }.map { Column.firstCritical.rawValue + criticalClasses.count + $0 }
        }

        /// `Evaluations!$D$2:$D$100001`.
        func range(_ column: Int) -> String {
            let letter = CellReference.columnLetters(column)
            return "\(QaEvaluationsSheet.name)!$\(letter)$\(QaEvaluationsSheet.headerRow + 2):$\(letter)$\(lastRow + 1)"
        }

        func range(_ column: Column) -> String { range(column.rawValue) }
    }

    static func add(to workbook: Workbook, report: QaReport) throws -> Layout {
        let sheet = try workbook.addSheet(named: name)
        let classes = CriticalClass.allCases
        let layout = Layout(rows: report.evaluations.count, criticalClasses: classes, criteria: report.criteria)
        let headers = ["Evaluation", "Date", "Month", "Agent", "Agent name", "Team", "Evaluator", "Scorecard", "Channel", "Status",
                       "Score %", "Passed"]
            + classes.map { "\(title(of: $0)) error" } + report.criteria.map(\.label)
        try sheet.writeHeader(headers, row: headerRow)
        sheet.freezePanes(rows: headerRow + 1, columns: 1)
        let date = CellStyle.date, score = CellStyle().with(numberFormat: "0.0")
        let yesNo = CellStyle().with(numberFormat: "\"Yes\";\"Yes\";\"No\"").with(horizontalAlignment: .center)
        let errorStyle = CellStyle().with(numberFormat: "\"Error\";\"Error\";\"—\"").with(horizontalAlignment: .center)
        let fraction = CellStyle().with(numberFormat: "0%")
        for (offset, row) in report.evaluations.enumerated() {
            let sheetRow = headerRow + 1 + offset
            var cells: [(CellValue, CellStyle)] = [
                (.text(row.id), .plain), (.number(Double(row.date.dayNumber + 25_569)), date), (.text(row.month), .plain),
                (.text(row.agent), .plain), (.text(row.agentName), .plain), (.text(row.team), .plain),
                (.text(row.evaluatorName), .plain), (.text(row.scorecard), .plain), (.text(row.channel), .plain),
                (.text(row.status), .plain), (row.score.map { .number(ExcelNumber.stored($0)) } ?? .blank, score),
                (.number(row.passed ? 1 : 0), yesNo),
            ]
            for critical in classes {
                cells.append((row.criticalErrors[critical].map { .number($0 ? 1 : 0) } ?? .blank, errorStyle))
            }
            for criterion in report.criteria {
                cells.append((row.criteria[criterion.id].map { .number(ExcelNumber.stored($0)) } ?? .blank, fraction))
            }
            try sheet.writeRow(cells, row: sheetRow)
        }
        let lastColumn = headers.count - 1
        try sheet.autofilter(CellRange(rows: headerRow...layout.lastRow, columns: 0...lastColumn))
        if !report.evaluations.isEmpty {
            let scores = CellRange(rows: (headerRow + 1)...layout.lastRow, columns: Column.score.rawValue...Column.score.rawValue)
            try sheet.addConditionalFormat(.threeColorScale(), to: scores)
            let passed = CellRange(rows: (headerRow + 1)...layout.lastRow, columns: Column.passed.rawValue...Column.passed.rawValue)
            try sheet.addConditionalFormat(.cellValue(.equalTo(0), style: .badHighlight), to: passed)
            let critical = CellRange(rows: (headerRow + 1)...layout.lastRow,
                                     columns: Column.firstCritical.rawValue...(Column.firstCritical.rawValue + classes.count - 1))
            try sheet.addConditionalFormat(.cellValue(.equalTo(1), style: .badHighlight), to: critical)
        }
        sheet.setColumnWidth(14, columns: 0...0)
        sheet.setColumnWidth(11, columns: 1...3)
        sheet.setColumnWidth(20, columns: 4...6)
        sheet.setColumnWidth(13, columns: 7...lastColumn)
        try sheet.setPrintLayout(repeatingRows: headerRow...headerRow)
        return layout
    }

    static func title(of critical: CriticalClass) -> String {
        switch critical {
        case .customer: "Customer-critical"
        case .business: "Business-critical"
        case .compliance: "Compliance-critical"
        }
    }
}
