/// A way of forecasting interval volumes from history.
public protocol ForecastMethod: Sendable {
    /// The name used on the command line and in reports (`weekday-average`, `profile`, …).
    var name: String { get }
    /// Volumes for every minute of every target, using only `history` (all of it before the
    /// first target). The result has one array per target, aligned with `target.minutes`.
    func forecast(history: DayHistory, targets: [ForecastTarget], calendar: PlanningCalendar) throws(ForecastingError) -> [[Double]]
}
