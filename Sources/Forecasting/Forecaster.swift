import CivilTime
import Foundation

/// Turns one channel's history into a forecast for the open intervals of a horizon.
///
/// ```swift
/// let forecast = try Forecaster.forecast(history: observations, calendar: calendar,
///                                        start: LocalDate("2003-09-01")!, days: 7, method: "auto")
/// ```
public enum Forecaster {
    /// Weekly origins the `auto` method uses to choose (fewer than a full backtest, for speed).
    public static let selectionWeeks = 4

    public static func forecast(history observations: [IntervalObservation], calendar: PlanningCalendar,
                                start: LocalDate, days: Int, method: String) throws(ForecastingError) -> Forecast {
        guard days >= 1 else {
            throw .invalidParameter(name: "days", value: "\(days)", requirement: "must be at least 1")
        }
        guard let interval = observations.first?.lengthSeconds else {
            throw .insufficientHistory(method: "forecast", needed: "some days of history", available: "none")
        }
        let history = DayHistory(observations, timeZone: calendar.timeZone).before(start)
        guard !history.days.isEmpty else {
            throw .insufficientHistory(method: "forecast", needed: "history before the first forecast day \(start)",
                                       available: "none before it")
        }
        var chosen = try ForecastMethods.named(method)
        var scores: [(method: String, wape: Double)] = []
        if chosen == nil {
            do {
                scores = try Backtest.run(history: history, calendar: calendar, weeks: selectionWeeks,
                                          methods: ForecastMethods.all()).methodScores
            } catch .insufficientHistory {
                // Too short to choose by backtest: fall back to the simplest method, which needs
                // only one past week.
                scores = []
            }
            chosen = try ForecastMethods.named(scores.first?.method ?? "weekday-average")
        }
        let targets = self.targets(start: start, days: days, calendar: calendar, history: history)
        let volumes = try chosen!.forecast(history: history, targets: targets.map(\.target), calendar: calendar)
        var points: [ForecastPoint] = []
        for (entry, values) in zip(targets, volumes) {
            let factor = calendar.volumeFactor(on: entry.target.date)
            let sameWeekday = history.last(8, on: entry.target.date.weekday)
            let dayAHT = history.averageHandleTime(at: nil, over: sameWeekday)
            for ((minute, instant), value) in zip(zip(entry.target.minutes, entry.instants), values) {
                let aht = history.averageHandleTime(at: minute, over: sameWeekday) ?? dayAHT
                points.append(ForecastPoint(start: instant, calls: max(0, value * factor), averageHandleTime: aht))
            }
        }
        return Forecast(points: points, method: chosen!.name, selectionScores: scores, intervalSeconds: interval)
    }

    struct TargetDay {
        let target: ForecastTarget
        let instants: [Date]
    }

    /// Open days of the horizon on weekdays the history has seen, with their interval instants.
    static func targets(start: LocalDate, days: Int, calendar: PlanningCalendar, history: DayHistory) -> [TargetDay] {
        let seen = history.weekdaysSeen
        return (0..<days).compactMap { offset in
            let date = start.adding(days: offset)
            guard seen.contains(date.weekday) else { return nil }
            let instants = calendar.intervalStarts(on: date, lengthSeconds: history.intervalSeconds)
            guard !instants.isEmpty else { return nil }
            return TargetDay(target: ForecastTarget(date: date, minutes: instants.map(calendar.localMinute(of:))),
                             instants: instants)
        }
    }
}
