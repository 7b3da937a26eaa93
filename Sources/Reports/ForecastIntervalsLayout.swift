import CivilTime
import Forecasting
import Foundation
import Workbook

/// Where the "Forecast" sheet puts things: one row per forecast interval in time order, values
/// rounded as Excel stores them, times as serials of the calendar's wall clock, and the columns
/// the daily formulas refer to.
struct ForecastIntervalsLayout {
    enum Column: Int, CaseIterable {
        case start, date, weekday, time, calls, handleTime
    }

    /// One interval as the sheet stores it.
    struct Row {
        let start: Date
        let date: LocalDate
        /// Excel serial of the wall-clock start in the calendar's zone.
        let serial: Double
        let calls: Double
        let averageHandleTime: Double?
    }

    let sheetName: String
    let rows: [Row]
    let hasHandleTimes: Bool

    init(plan: ForecastPlan, sheetName: String) {
        self.sheetName = sheetName
        hasHandleTimes = plan.hasHandleTimes
        let zone = plan.calendar.timeZone
        rows = plan.forecast.points.sorted { $0.start < $1.start }.map { point in
            let serial = ExcelDate.serial(point.start, in: zone)
            return Row(start: point.start, date: LocalDate(dayNumber: Int(serial.rounded(.down)) - Self.epochSerial),
                       serial: serial, calls: ExcelNumber.stored(point.calls),
                       averageHandleTime: point.averageHandleTime.map(ExcelNumber.stored))
        }
    }

    /// Excel's serial of 1970-01-01.
    static let epochSerial = 25_569

    /// Excel's serial of a calendar day.
    static func serial(of date: LocalDate) -> Double { Double(date.dayNumber + epochSerial) }

    var columns: [Column] { hasHandleTimes ? Column.allCases : Column.allCases.filter { $0 != .handleTime } }
    var lastColumn: Int { columns.count - 1 }
    /// The sheet row (0-based) of `rows[index]`: row 0 is the header.
    func sheetRow(_ index: Int) -> Int { index + 1 }

    /// The whole data column, e.g. `'Forecast'!$E$2:$E$113`; nil when there are no rows.
    func range(_ column: Column) -> CellRange? {
        guard !rows.isEmpty, columns.contains(column) else { return nil }
        return CellRange(sheet: sheetName, rows: sheetRow(0)...sheetRow(rows.count - 1),
                         columns: column.rawValue...column.rawValue)
    }
}
