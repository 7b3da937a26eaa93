import CivilTime
import Forecasting

/// One day of the horizon, summed in Swift exactly as the "Forecast days" formulas sum the
/// "Forecast" sheet (same rows, same order, same products), so the cached values are the values
/// Excel computes.
struct ForecastDailyTotal {
    let date: LocalDate
    var intervals = 0
    var calls = 0.0
    var peakCalls = 0.0
    /// Σ calls × AHT over intervals with an AHT, and Σ calls over the same intervals.
    var callsTimesHandleTime = 0.0
    var callsWithHandleTime = 0.0

    init(date: LocalDate) { self.date = date }

    /// Adds one interval, multiplying in the order the formulas do.
    mutating func add(_ row: ForecastIntervalsLayout.Row) {
        intervals += 1
        calls += row.calls
        peakCalls = max(peakCalls, row.calls)
        if let aht = row.averageHandleTime {
            callsTimesHandleTime += row.calls * aht
            callsWithHandleTime += row.calls
        }
    }

    /// Calls-weighted AHT, nil when no interval of the day has one (or none has calls).
    var averageHandleTime: Double? {
        callsWithHandleTime > 0 ? callsTimesHandleTime / callsWithHandleTime : nil
    }

    /// One total per date of the horizon, in order; days without intervals stay at zero.
    static func totals(of layout: ForecastIntervalsLayout, dates: [LocalDate]) -> [ForecastDailyTotal] {
        var totals = dates.map { ForecastDailyTotal(date: $0) }
        let index = Dictionary(uniqueKeysWithValues: dates.enumerated().map { ($0.element, $0.offset) })
        for row in layout.rows {
            guard let position = index[row.date] else { continue }
            totals[position].add(row)
        }
        return totals
    }
}
