import CivilTime
import Forecasting
import Workbook

/// The "Accuracy" sheet: per method the backtest's WAPE, MASE and bias (the best method
/// highlighted by a live rule), then WAPE by weekday and by time of day for every method on a
/// green–yellow–red scale.
enum ForecastAccuracySheet {
    static func add(to workbook: Workbook, report: ForecastAccuracyReport, name: String) throws {
        let sheet = try workbook.addSheet(named: name)
        let results = report.backtest.results
        let lastColumn = max(6, results.count)
        try sheet.merge(CellRange(row: 0, firstColumn: 0, lastColumn: lastColumn),
                        value: .text("Forecast accuracy: backtest"), style: .title)
        var row = 1
        for note in notes(report) {
            try sheet.merge(CellRange(row: row, firstColumn: 0, lastColumn: lastColumn), value: .text(note),
                            style: CellStyle().with(italic: true, fontColor: Color(rgb: 0x595959)))
            row += 1
        }

        // Per method.
        row += 1
        let headerRow = row
        try sheet.writeHeader(["Method", "WAPE", "MASE", "Bias", "Intervals", "Actual calls", "Forecast calls"], row: headerRow)
        try sheet.setPrintLayout(landscape: true)
        for (offset, result) in results.enumerated() {
            let metrics = result.overall
            try sheet.writeRow([
                (.text(result.method), .plain),
                (.number(ExcelNumber.stored(metrics.wape)), ForecastSheets.percentTwoDecimals),
                // No scale (a history without a week-on-week change): blank, not a number.
                (metrics.mase.isFinite ? .number(ExcelNumber.stored(metrics.mase)) : .blank, ForecastSheets.ratio),
                (.number(ExcelNumber.stored(metrics.bias)), ForecastSheets.percentTwoDecimals),
                (.integer(metrics.intervals), ForecastSheets.wholeNumber),
                (.number(ExcelNumber.stored(metrics.actualTotal)), ForecastSheets.calls),
                (.number(ExcelNumber.stored(metrics.forecastTotal)), ForecastSheets.calls),
            ], row: headerRow + 1 + offset)
        }
        if !results.isEmpty {
            let first = headerRow + 2
            let last = headerRow + results.count + 1
            // Live: the line whose WAPE is the column's minimum.
            try sheet.addConditionalFormat(
                .formula("=$B\(first)=MIN($B$\(first):$B$\(last))", style: CellStyle.goodHighlight.with(bold: true)),
                to: CellRange(firstRow: first - 1, firstColumn: 0, lastRow: last - 1, lastColumn: 6))
        }
        row = headerRow + results.count + 3

        // WAPE by weekday.
        let weekdayWAPE = results.map(ForecastAccuracyReport.wapeByWeekday)
        let weekdays = Weekday.allCases.filter { day in weekdayWAPE.contains { $0[day] != nil } }
        row = try addBreakdown(to: sheet, title: "WAPE by weekday", firstTitle: "Day", at: row, results: results,
                               labels: weekdays.map { (CellValue.text($0.shortName), CellStyle.plain) },
                               values: weekdays.map { day in weekdayWAPE.map { $0[day] } })

        // WAPE by time of day.
        let minutes = Set(results.flatMap { $0.byInterval.keys }).sorted()
        _ = try addBreakdown(to: sheet, title: "WAPE by time of day (interval start)", firstTitle: "Time", at: row + 2,
                             results: results,
                             labels: minutes.map { (CellValue.number(Double($0) / 1_440), CellStyle.time) },
                             values: minutes.map { minute in results.map { $0.byInterval[minute]?.wape } })
        sheet.setColumnWidth(16, columns: 0...0)
    }

    /// A table of WAPE per label (rows) and method (columns) with a colour scale from green (low)
    /// to red (high); returns the row after it.
    private static func addBreakdown(to sheet: Worksheet, title: String, firstTitle: String, at titleRow: Int,
                                     results: [Backtest.MethodResult], labels: [(CellValue, CellStyle)],
                                     values: [[Double?]]) throws -> Int {
        try sheet.write(.text(title), row: titleRow, column: 0, style: .bold)
        let headerRow = titleRow + 1
        try sheet.writeHeader([firstTitle] + results.map(\.method), row: headerRow)
        for (offset, (label, rowValues)) in zip(labels, values).enumerated() {
            let cells = [label] + rowValues.map { value in
                (value.map { CellValue.number(ExcelNumber.stored($0)) } ?? .blank, ForecastSheets.percentTwoDecimals)
            }
            try sheet.writeRow(cells, row: headerRow + 1 + offset)
        }
        guard !labels.isEmpty, !results.isEmpty else { return headerRow + 1 }
        try sheet.addConditionalFormat(
            .threeColorScale(minimum: .good, midpoint: .neutral, maximum: .bad),
            to: CellRange(firstRow: headerRow + 1, firstColumn: 1, lastRow: headerRow + labels.count, lastColumn: results.count))
        return headerRow + labels.count + 1
    }

    private static func notes(_ report: ForecastAccuracyReport) -> [String] {
        let origins = report.backtest.origins
        var notes = report.notes
        if let first = origins.first, let last = origins.last {
            notes.append("Rolling origins: a one-week-ahead forecast from each of \(origins.count) Mondays "
                + "(\(first) … \(last)), using only the history before it, in \(report.intervalSeconds / 60)-minute intervals.")
        }
        notes.append("WAPE = Σ|forecast − actual| / Σ actual. Bias = Σ(forecast − actual) / Σ actual (above 0: too high). "
            + "MASE = mean absolute error / that of \"same interval last week\" (below 1 beats it).")
        if let best = report.bestMethod {
            notes.append("Green: the method with the lowest WAPE (\(best)). Breakdowns: green is the most accurate, red the least.")
        }
        return notes
    }
}
