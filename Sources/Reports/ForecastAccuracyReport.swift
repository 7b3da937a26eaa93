import CivilTime
import Forecasting

/// What the "Accuracy" sheet shows: a rolling-origin backtest of every method and the
/// assumptions behind it.
///
/// ```swift
/// let backtest = try Backtest.run(history: history, calendar: calendar, weeks: 8, methods: ForecastMethods.all())
/// try ForecastSheets.addAccuracy(to: workbook, report: ForecastAccuracyReport(backtest: backtest, intervalSeconds: 1800))
/// ```
public struct ForecastAccuracyReport: Sendable {
    public var backtest: Backtest
    /// The planning interval the backtest forecast, seconds.
    public var intervalSeconds: Int
    /// Sources and assumptions, one sentence each.
    public var notes: [String]

    public init(backtest: Backtest, intervalSeconds: Int, notes: [String] = []) {
        self.backtest = backtest
        self.intervalSeconds = intervalSeconds
        self.notes = notes
    }

    /// The method with the lowest overall WAPE (the first listed on a tie).
    public var bestMethod: String? {
        backtest.results.min { $0.overall.wape < $1.overall.wape }?.method
    }

    /// A method's WAPE per weekday over the test weeks: Σ|forecast − actual| / Σ actual of that
    /// weekday's days (not the mean of daily WAPEs, which would weigh a quiet day like a busy one).
    public static func wapeByWeekday(_ result: Backtest.MethodResult) -> [Weekday: Double] {
        var absoluteError: [Weekday: Double] = [:]
        var actual: [Weekday: Double] = [:]
        for (date, metrics) in result.byDay {
            absoluteError[date.weekday, default: 0] += metrics.wape * metrics.actualTotal
            actual[date.weekday, default: 0] += metrics.actualTotal
        }
        var wape: [Weekday: Double] = [:]
        for (weekday, total) in actual where total > 0 {
            wape[weekday] = absoluteError[weekday]! / total
        }
        return wape
    }
}
