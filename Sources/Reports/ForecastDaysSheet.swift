import CivilTime
import Forecasting
import Foundation
import Workbook

/// The "Forecast days" sheet: what the forecast assumes, one line per day of the horizon with
/// live formulas over the "Forecast" sheet (intervals, calls, peak, calls-weighted AHT), a total
/// line, and the "History vs forecast" chart with the interval values it draws below it.
///
/// Every formula is written with the value Excel computes for it (see ``ForecastDailyTotal``),
/// so readers that do not recalculate show the same numbers.
enum ForecastDaysSheet {
    /// The columns, in order; the formulas refer to each other by these.
    enum Column: Int, CaseIterable {
        case date, weekday, intervals, calls, peakCalls, handleTime, note

        var letter: String { CellReference.columnLetters(rawValue) }
    }

    static let chartTitle = "History vs forecast"

    static func add(to workbook: Workbook, plan: ForecastPlan, layout: ForecastIntervalsLayout, name: String) throws {
        let sheet = try workbook.addSheet(named: name)
        let columns = Column.allCases.filter { $0 != .handleTime || layout.hasHandleTimes }
        let position = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($0.element, $0.offset) })
        let lastColumn = columns.count - 1

        try sheet.merge(CellRange(row: 0, firstColumn: 0, lastColumn: lastColumn),
                        value: .text("Forecast: daily totals"), style: .title)
        var row = 1
        for note in notes(plan: plan) {
            try sheet.merge(CellRange(row: row, firstColumn: 0, lastColumn: lastColumn), value: .text(note),
                            style: CellStyle().with(italic: true, fontColor: Color(rgb: 0x595959)))
            row += 1
        }
        row += 1
        let headerRow = row
        let titles: [Column: String] = [
            .date: "Date", .weekday: "Day", .intervals: "Intervals", .calls: "Calls", .peakCalls: "Peak interval calls",
            .handleTime: "AHT (s, weighted by calls)", .note: "Note",
        ]
        try sheet.writeHeader(columns.map { titles[$0]! }, row: headerRow)
        try sheet.setPrintLayout(landscape: true)

        let days = ForecastDailyTotal.totals(of: layout, dates: plan.dates)
        for (offset, day) in days.enumerated() {
            let sheetRow = headerRow + 1 + offset
            let cells = dayCells(day, row: sheetRow, plan: plan, layout: layout, position: position)
            try sheet.writeRow(columns.map { cells[$0]! }, row: sheetRow)
        }
        let firstDay = headerRow + 1
        let totalRow = headerRow + days.count + 1
        if !days.isEmpty {
            let cells = totalCells(days: days, layout: layout, dayRows: firstDay...(totalRow - 1), position: position)
            try sheet.writeRow(columns.map { cells[$0]! }, row: totalRow)
        }
        sheet.setColumnWidth(17, columns: 0...0)

        try addChart(to: sheet, plan: plan, layout: layout, at: totalRow + 3, lastColumn: lastColumn)
    }

    // MARK: Text

    private static func notes(plan: ForecastPlan) -> [String] {
        let forecast = plan.forecast
        var notes = plan.notes
        var method = "Method: \(forecast.method)"
        if !forecast.selectionScores.isEmpty {
            let scores = forecast.selectionScores.map { "\($0.method) \(percent($0.wape))" }.joined(separator: ", ")
            method += ", chosen by auto as the lowest WAPE over the last \(Forecaster.selectionWeeks) weeks of history ("
                + scores + ")"
        }
        notes.append(method + ".")
        let last = plan.start.adding(days: max(plan.days - 1, 0))
        notes.append("Horizon \(plan.start) – \(last): \(forecast.points.count) intervals of "
            + "\(forecast.intervalSeconds / 60) minutes, times on the clock of \(plan.calendar.timeZone.identifier). "
            + "Daily figures are live formulas over the Forecast sheet.")
        return notes
    }

    /// What the calendar says about a day: a closure, a special day, or why it has no forecast.
    static func note(for day: ForecastDailyTotal, calendar: PlanningCalendar) -> String {
        if let name = calendar.closedDates[day.date] { return "Closed: \(name)" }
        if let special = calendar.specialDays[day.date] {
            var text = special.label
            if let hours = special.openingHours {
                text += hours.isEmpty ? ", closed" : ", open " + hours.map(\.description).joined(separator: ", ")
            }
            if special.volumeFactor != 1 { text += ", volume × \(plain(special.volumeFactor))" }
            return text
        }
        if day.intervals > 0 { return "" }
        if !calendar.isOpen(day.date) { return "Closed" }
        return "No forecast: the history has no \(day.date.weekday.rawValue)s"
    }

    // MARK: Formulas

    private static func dayCells(_ day: ForecastDailyTotal, row: Int, plan: ForecastPlan, layout: ForecastIntervalsLayout,
                                 position: [Column: Int]) -> [Column: (CellValue, CellStyle)] {
        let dateCell = "$\(CellReference.columnLetters(position[.date]!))\(row + 1)"
        var cells: [Column: (CellValue, CellStyle)] = [
            .date: (.number(ForecastIntervalsLayout.serial(of: day.date)), .date),
            .weekday: (.text(day.date.weekday.shortName), .plain),
            .note: (.text(note(for: day, calendar: plan.calendar)), .plain),
        ]
        guard let dates = layout.range(.date)?.formulaReference, let calls = layout.range(.calls)?.formulaReference else {
            cells[.intervals] = (.integer(0), ForecastSheets.wholeNumber)
            cells[.calls] = (.number(0), ForecastSheets.calls)
            cells[.peakCalls] = (.number(0), ForecastSheets.calls)
            cells[.handleTime] = (.text(""), ForecastSheets.seconds)
            return cells
        }
        cells[.intervals] = (.formula(Formula("=COUNTIFS(\(dates),\(dateCell))", cached: .number(Double(day.intervals)))),
                             ForecastSheets.wholeNumber)
        cells[.calls] = (.formula(Formula("=SUMIFS(\(calls),\(dates),\(dateCell))", cached: .number(day.calls))),
                         ForecastSheets.calls)
        cells[.peakCalls] = (.formula(Formula("=_xlfn.MAXIFS(\(calls),\(dates),\(dateCell))", cached: .number(day.peakCalls))),
                             ForecastSheets.calls)
        if let handleTimes = layout.range(.handleTime)?.formulaReference {
            let weight = "SUMIFS(\(calls),\(dates),\(dateCell),\(handleTimes),\"<>\")"
            let cached: Formula.Value = day.averageHandleTime.map { .number($0) } ?? .text("")
            cells[.handleTime] = (.formula(Formula(
                "=IF(\(weight)=0,\"\",SUMPRODUCT((\(dates)=\(dateCell))*\(calls)*\(handleTimes))/\(weight))",
                cached: cached)), ForecastSheets.seconds)
        }
        return cells
    }

    /// The total line: sums and the peak of the daily lines; AHT weighted over every interval.
    private static func totalCells(days: [ForecastDailyTotal], layout: ForecastIntervalsLayout, dayRows: ClosedRange<Int>,
                                   position: [Column: Int]) -> [Column: (CellValue, CellStyle)] {
        let total = CellStyle.total
        func over(_ column: Column) -> String {
            let letter = CellReference.columnLetters(position[column]!)
            return "\(letter)\(dayRows.lowerBound + 1):\(letter)\(dayRows.upperBound + 1)"
        }
        var cells: [Column: (CellValue, CellStyle)] = [
            .date: (.text("Total"), total),
            .weekday: (.blank, total),
            .intervals: (.formula(Formula("=SUM(\(over(.intervals)))", cached: .number(Double(days.reduce(0) { $0 + $1.intervals })))),
                         total.with(numberFormat: "#,##0")),
            .calls: (.formula(Formula("=SUM(\(over(.calls)))", cached: .number(days.reduce(0.0) { $0 + $1.calls }))),
                     total.with(numberFormat: ForecastSheets.calls.numberFormat)),
            .peakCalls: (.formula(Formula("=MAX(\(over(.peakCalls)))", cached: .number(days.map(\.peakCalls).max() ?? 0))),
                         total.with(numberFormat: ForecastSheets.calls.numberFormat)),
            .note: (.blank, total),
        ]
        if let calls = layout.range(.calls)?.formulaReference, let handleTimes = layout.range(.handleTime)?.formulaReference {
            var product = 0.0
            var weight = 0.0
            for row in layout.rows {
                guard let aht = row.averageHandleTime else { continue }
                product += row.calls * aht
                weight += row.calls
            }
            let weightFormula = "SUMIFS(\(calls),\(handleTimes),\"<>\")"
            cells[.handleTime] = (.formula(Formula(
                "=IF(\(weightFormula)=0,\"\",SUMPRODUCT(\(calls),\(handleTimes))/\(weightFormula))",
                cached: weight > 0 ? .number(product / weight) : .text(""))),
                                  total.with(numberFormat: ForecastSheets.seconds.numberFormat))
        } else {
            cells[.handleTime] = (.blank, total)
        }
        return cells
    }

    // MARK: Chart

    /// The last weeks of history and the forecast, interval by interval, as two lines; the values
    /// it draws are written below it (history and forecast in separate columns, so each line has
    /// gaps where the other has values).
    private static func addChart(to sheet: Worksheet, plan: ForecastPlan, layout: ForecastIntervalsLayout, at chartRow: Int,
                                 lastColumn: Int) throws {
        let zone = plan.calendar.timeZone
        let from = plan.start.adding(days: -7 * plan.historyWeeks)
        let calendar = plan.calendar
        let window = ForecastIntervalsLayout.serial(of: from)..<ForecastIntervalsLayout.serial(of: plan.start)
        // Only intervals the calendar opens: a stray count after closing time is not part of the pattern.
        let history = plan.history
            .map { (observation: $0, serial: ExcelDate.serial($0.start, in: zone)) }
            .filter { entry in
                guard window.contains(entry.serial) else { return false }
                let date = LocalDate(dayNumber: Int(entry.serial.rounded(.down)) - ForecastIntervalsLayout.epochSerial)
                let minute = calendar.localMinute(of: entry.observation.start)
                let end = minute + entry.observation.lengthSeconds / 60
                return calendar.periods(on: date).contains { $0.openMinute <= minute && end <= $0.closeMinute }
            }
            .sorted { $0.observation.start < $1.observation.start }
            .map { (start: $0.observation.start, serial: $0.serial, calls: ExcelNumber.stored($0.observation.offered)) }
        let dataTitleRow = chartRow + 26
        try sheet.merge(CellRange(row: dataTitleRow, firstColumn: 0, lastColumn: max(lastColumn, 3)),
                        value: .text("Chart data: the last \(plan.historyWeeks) weeks of history and the forecast, per interval"),
                        style: .bold)
        let headerRow = dataTitleRow + 1
        try sheet.writeHeader(["Interval start", "Day and time", "History calls", "Forecast calls"], row: headerRow)
        let labels = DateFormatter()
        labels.locale = Locale(identifier: "en_US_POSIX")
        labels.timeZone = zone
        labels.dateFormat = "EEE d MMM HH:mm"
        var row = headerRow + 1
        for interval in history {
            try sheet.writeRow([
                (.number(interval.serial), .dateTime), (.text(labels.string(from: interval.start)), .plain),
                (.number(interval.calls), ForecastSheets.calls), (.blank, .plain),
            ], row: row)
            row += 1
        }
        for interval in layout.rows {
            try sheet.writeRow([
                (.number(interval.serial), .dateTime), (.text(labels.string(from: interval.start)), .plain),
                (.blank, .plain), (.number(interval.calls), ForecastSheets.calls),
            ], row: row)
            row += 1
        }
        guard row > headerRow + 1 else { return }
        let rows = (headerRow + 1)...(row - 1)
        func range(_ column: Int) -> CellRange { CellRange(sheet: sheet.name, rows: rows, columns: column...column) }
        let chart = Chart(
            kind: .line, title: chartTitle,
            series: [
                .init(name: "History", categories: range(1), values: range(2), color: .chartGrey),
                .init(name: "Forecast", categories: range(1), values: range(3), color: .chartBlue),
            ],
            valueAxisTitle: "Calls per \(plan.forecast.intervalSeconds / 60) minutes", legend: .bottom,
            widthScale: 3, heightScale: 1.6)
        try sheet.insert(chart, row: chartRow, column: 0)
    }

    static func percent(_ fraction: Double) -> String { String(format: "%.2f %%", fraction * 100) }

    private static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

extension CellRange {
    /// One row of cells from `firstColumn` to `lastColumn`.
    init(row: Int, firstColumn: Int, lastColumn: Int) {
        self.init(firstRow: row, firstColumn: firstColumn, lastRow: row, lastColumn: lastColumn)
    }
}
