import CivilTime
import Forecasting
import Foundation
import Workbook

/// The "Forecast" sheet: one row per forecast interval (start, date, weekday, time, calls and,
/// when the history had handle times, AHT) with a frozen, filterable header.
enum ForecastIntervalsSheet {
    static func add(to workbook: Workbook, layout: ForecastIntervalsLayout) throws {
        let sheet = try workbook.addSheet(named: layout.sheetName)
        let titles: [ForecastIntervalsLayout.Column: String] = [
            .start: "Interval start", .date: "Date", .weekday: "Day", .time: "Time", .calls: "Calls",
            .handleTime: "AHT (s)",
        ]
        try sheet.writeHeader(layout.columns.map { titles[$0]! }, row: 0)
        for (index, interval) in layout.rows.enumerated() {
            var cells: [(CellValue, CellStyle)] = [
                (.number(interval.serial), .dateTime),
                (.number(ForecastIntervalsLayout.serial(of: interval.date)), .date),
                (.text(interval.date.weekday.shortName), .plain),
                (.number(interval.serial - interval.serial.rounded(.down)), .time),
                (.number(interval.calls), ForecastSheets.calls),
            ]
            if layout.hasHandleTimes {
                cells.append((.number(interval.averageHandleTime), ForecastSheets.seconds))
            }
            try sheet.writeRow(cells, row: layout.sheetRow(index))
        }
        // Date formats are wider than the serial numbers the width estimate sees.
        sheet.setColumnWidth(18, columns: 0...0)
        sheet.setColumnWidth(12, columns: 1...1)
        sheet.freezePanes(rows: 1)
        try sheet.setPrintLayout(repeatingRows: 0...0)
        try sheet.autofilter(CellRange(firstRow: 0, firstColumn: 0, lastRow: max(layout.rows.count, 1),
                                       lastColumn: layout.lastColumn))
        if let calls = layout.range(.calls) {
            try sheet.addConditionalFormat(.dataBar(.chartBlue), to: calls)
        }
    }
}
