import Workbook

/// The "Coaching effect" sheet: per criterion the mean share of points earned before and after
/// coaching, the evaluations behind each, the change (a live formula) and a warning where either
/// side has fewer than ``minimumSample`` evaluations; a clustered column chart of before against
/// after. The report's notes, which define "before" and "after", head the sheet.
enum CoachingEffectSheet {
    static let name = "Coaching effect"
    /// Below this many evaluations on either side a change is as likely chance as coaching.
    static let minimumSample = 5
    static let smallSample = "small sample"

    static func add(to workbook: Workbook, report: CoachingReport) throws {
        let sheet = try workbook.addSheet(named: name)
        let headers = ["Criterion", "Label", "Before", "n before", "After", "n after", "Change (after − before)", "Sample"]
        let lastColumn = headers.count - 1
        let explanation = "Before and after: the mean share of the criterion's points earned. Change: after − before in "
            + "percentage points, a live formula. Fewer than \(minimumSample) evaluations on either side is marked "
            + "'\(smallSample)': such a change may be chance."
        let headerRow = try CoachingSheetHeading.write(title: "Coaching effect by criterion", notes: report.notes + [explanation],
                                                       on: sheet, lastColumn: lastColumn) + 1
        try sheet.writeHeader(headers, row: headerRow)
        sheet.freezePanes(rows: headerRow + 1)
        let effects = report.effects
        for (offset, effect) in effects.enumerated() {
            let sheetRow = headerRow + 1 + offset, excelRow = sheetRow + 1
            let change = Formula("=IF(AND(ISNUMBER(C\(excelRow)),ISNUMBER(E\(excelRow))),E\(excelRow)-C\(excelRow),\"\")",
                                 cached: effect.change.map { .number($0) } ?? .text(""))
            let small = min(effect.beforeCount, effect.afterCount) < minimumSample
            let sample = Formula("=IF(OR(D\(excelRow)<\(minimumSample),F\(excelRow)<\(minimumSample)),\"\(smallSample)\",\"\")",
                                 cached: .text(small ? smallSample : ""))
            try sheet.writeRow([
                (.text(effect.criterion), .plain), (.text(effect.label), .bold),
                (.number(effect.beforeMean.map(ExcelNumber.stored)), CoachingCells.percent), (.integer(effect.beforeCount), .integer),
                (.number(effect.afterMean.map(ExcelNumber.stored)), CoachingCells.percent), (.integer(effect.afterCount), .integer),
                (.formula(change), CoachingCells.change), (.formula(sample), .plain),
            ], row: sheetRow)
        }
        sheet.setColumnWidth(16, columns: 0...0)
        sheet.setColumnWidth(28, columns: 1...1)
        sheet.setColumnWidth(11, columns: 2...5)
        sheet.setColumnWidth(22, columns: 6...6)
        sheet.setColumnWidth(14, columns: 7...7)
        try sheet.setPrintLayout(repeatingRows: headerRow...headerRow)
        guard !effects.isEmpty else { return }
        let first = headerRow + 1, last = headerRow + effects.count
        // Formula rules, not cell-value ones: Excel ranks the empty text of a missing change above every number.
        try sheet.addConditionalFormat(.formula("=AND(ISNUMBER($G\(first + 1)),$G\(first + 1)>0)", style: .goodHighlight),
                                       to: CellRange(rows: first...last, columns: 6...6))
        try sheet.addConditionalFormat(.formula("=AND(ISNUMBER($G\(first + 1)),$G\(first + 1)<0)", style: .badHighlight),
                                       to: CellRange(rows: first...last, columns: 6...6))
        try sheet.addConditionalFormat(.formula("=$H\(first + 1)<>\"\"", style: .neutralHighlight),
                                       to: CellRange(rows: first...last, columns: 7...7))
        func column(_ index: Int) -> CellRange { CellRange(sheet: name, rows: first...last, columns: index...index) }
        let chart = Chart(
            kind: .column, title: "Before and after coaching, per criterion",
            series: [.init(name: "Before", categories: column(1), values: column(2), color: .chartGrey),
                     .init(name: "After", categories: column(1), values: column(4), color: .chartBlue)],
            valueAxisTitle: "Share of points earned", valueAxisNumberFormat: "0%", legend: .bottom,
            widthScale: 2, heightScale: 1.4)
        try sheet.insert(chart, row: headerRow, column: lastColumn + 2)
    }
}
