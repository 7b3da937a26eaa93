import CivilTime
import Forecasting
import Foundation

/// What the forecast sheets show: a forecast, the calendar and horizon it covers, the history it
/// continues, and the assumptions a reader must know (printed above the daily totals).
///
/// ```swift
/// let forecast = try Forecaster.forecast(history: observations, calendar: calendar,
///                                        start: LocalDate("2003-09-01")!, days: 5, method: "auto")
/// let plan = ForecastPlan(forecast: forecast, calendar: calendar, start: LocalDate("2003-09-01")!, days: 5,
///                         history: observations, notes: ["History: bank.csv, 30-minute intervals."])
/// try ForecastSheets.add(to: workbook, plan: plan, accuracy: nil)
/// ```
///
/// Times are shown as wall-clock time in the calendar's time zone, whatever the workbook's zone.
public struct ForecastPlan: Sendable {
    public var forecast: Forecast
    public var calendar: PlanningCalendar
    /// First day of the horizon.
    public var start: LocalDate
    /// Days in the horizon, open or not; every one gets a line on "Forecast days".
    public var days: Int
    /// History at the forecast's interval length; the chart shows its last ``historyWeeks``
    /// weeks before ``start``.
    public var history: [IntervalObservation]
    /// Weeks of history drawn before the forecast in the "History vs forecast" chart.
    public var historyWeeks: Int
    /// Sources and assumptions, one sentence each.
    public var notes: [String]

    public init(forecast: Forecast, calendar: PlanningCalendar, start: LocalDate, days: Int,
                history: [IntervalObservation], historyWeeks: Int = 2, notes: [String] = []) {
        self.forecast = forecast
        self.calendar = calendar
        self.start = start
        self.days = days
        self.history = history
        self.historyWeeks = historyWeeks
        self.notes = notes
    }

    /// Whether the forecast carries handle times (the history had them), which adds AHT columns.
    public var hasHandleTimes: Bool { forecast.points.contains { $0.averageHandleTime != nil } }

    /// The dates of the horizon, in order.
    public var dates: [LocalDate] { (0..<max(days, 0)).map { start.adding(days: $0) } }
}
