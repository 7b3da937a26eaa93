import CivilTime
import Foundation

/// The stronger model: recent level × weekday factor × calendar effect × intraday profile.
///
/// - **Calendar effects** (turn of the month, first day after a closure) are learnt from the
///   whole history as the mean ratio of such days to the mean of the previous four ordinary
///   same weekdays, shrunk towards 1 by one pseudo-observation (few examples, so be modest).
/// - **Weekday factors** come from the last `weeks` weeks of calendar-adjusted daily totals.
/// - **Level** is an exponentially weighted mean (smoothing `alpha`) of those totals after
///   removing weekday and calendar effects, so a busy month-end does not inflate next week.
/// - **Profile** blends the weekday's own intraday shares with the shares pooled over all
///   weekdays (`pooling`), which halves the noise of a profile estimated from few days.
/// It is a multiplicative decomposition in the spirit of the "regression on weekday × interval
/// with recent-level adjustment" of Weinberg, Brown & Stroud (2007) and J. W. Taylor (2008),
/// kept deliberately small so that it can be explained to a planner.
public struct CalendarLevelMethod: ForecastMethod {
    public let weeks: Int
    public let profileWeeks: Int
    public let alpha: Double
    public let pooling: Double

    public init(weeks: Int = 12, profileWeeks: Int = 8, alpha: Double = 0.2, pooling: Double = 0.3) throws(ForecastingError) {
        guard weeks >= 1, profileWeeks >= 1 else {
            throw .invalidParameter(name: "weeks", value: "\(weeks)/\(profileWeeks)", requirement: "must be at least 1")
        }
        guard alpha > 0, alpha <= 1, pooling >= 0, pooling <= 1 else {
            throw .invalidParameter(name: "alpha/pooling", value: "\(alpha)/\(pooling)", requirement: "alpha in (0, 1], pooling in [0, 1]")
        }
        self.weeks = weeks
        self.profileWeeks = profileWeeks
        self.alpha = alpha
        self.pooling = pooling
    }

    public var name: String { "level-calendar" }

    public func forecast(history: DayHistory, targets: [ForecastTarget], calendar: PlanningCalendar) throws(ForecastingError) -> [[Double]] {
        guard let last = history.days.last else {
            throw .insufficientHistory(method: name, needed: "some days of history", available: "none")
        }
        let effects = CalendarEffects(history: history, calendar: calendar)
        let recentStart = last.date.adding(days: -7 * weeks + 1)
        let recent = history.days.filter { $0.date >= recentStart && $0.total > 0 }
        let adjusted = recent.map { $0.total / effects.factor(for: $0.date) }
        let overall = adjusted.reduce(0, +) / Double(max(adjusted.count, 1))
        var weekdayFactors: [Weekday: Double] = [:]
        for weekday in Weekday.allCases {
            let values = zip(recent, adjusted).filter { $0.0.date.weekday == weekday }.map(\.1)
            if !values.isEmpty { weekdayFactors[weekday] = values.reduce(0, +) / Double(values.count) / overall }
        }
        var level: Double?
        for (day, value) in zip(recent, adjusted) {
            let deseasonalised = value / (weekdayFactors[day.date.weekday] ?? 1)
            level = level.map { alpha * deseasonalised + (1 - alpha) * $0 } ?? deseasonalised
        }
        let pooled = IntradayProfile(days: history.days.suffix(profileWeeks * max(weekdayFactors.count, 1)))
        return try targets.map { target throws(ForecastingError) in
            guard let factor = weekdayFactors[target.date.weekday], let level else {
                throw .insufficientHistory(method: name, needed: "a \(target.date.weekday.rawValue) in the last \(weeks) weeks of history", available: "none")
            }
            let own = IntradayProfile(days: history.last(profileWeeks, on: target.date.weekday))
            let profile = own.blended(with: pooled, weight: 1 - pooling)
            let dailyTotal = level * factor * effects.factor(for: target.date)
            return target.minutes.map { dailyTotal * profile.share(at: $0) }
        }
    }
}

/// Learnt multipliers for ``DayClass`` days.
struct CalendarEffects {
    private(set) var factors: [DayClass: Double] = [:]
    let calendar: PlanningCalendar

    init(history: DayHistory, calendar: PlanningCalendar) {
        self.calendar = calendar
        var ratios: [DayClass: [Double]] = [:]
        var ordinary: [Weekday: [Double]] = [:]
        for day in history.days where day.total > 0 {
            let classes = DayClass.classes(of: day.date, calendar: calendar)
            let baseline = ordinary[day.date.weekday, default: []].suffix(4)
            if !classes.isEmpty {
                if baseline.count >= 2 {
                    let ratio = day.total / (baseline.reduce(0, +) / Double(baseline.count))
                    for dayClass in classes { ratios[dayClass, default: []].append(ratio) }
                }
            } else {
                ordinary[day.date.weekday, default: []].append(day.total)
            }
        }
        // One pseudo-observation at 1 keeps a class seen once or twice from swinging forecasts.
        for (dayClass, values) in ratios {
            factors[dayClass] = (values.reduce(0, +) + 1) / Double(values.count + 1)
        }
    }

    func factor(for date: LocalDate) -> Double {
        DayClass.classes(of: date, calendar: calendar).reduce(1) { $0 * (factors[$1] ?? 1) }
    }
}
