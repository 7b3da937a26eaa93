import CivilTime
import Foundation

/// Rolling-origin evaluation: for each of the last `weeks` weeks, forecast that week from the
/// history before it, and compare with what happened.
public struct Backtest: Sendable {
    /// Accuracy of one method: overall, per wall-clock interval of the day, per forecast day.
    public struct MethodResult: Sendable {
        public let method: String
        public let overall: AccuracyMetrics
        /// Keyed by wall-clock minute of the interval start.
        public let byInterval: [Int: AccuracyMetrics]
        public let byDay: [LocalDate: AccuracyMetrics]
    }

    public let origins: [LocalDate]
    public let results: [MethodResult]

    /// Methods by overall WAPE, best first.
    public var methodScores: [(method: String, wape: Double)] {
        results.map { ($0.method, $0.overall.wape) }.sorted { $0.1 < $1.1 }
    }

    public static func run(history: DayHistory, calendar: PlanningCalendar, weeks: Int,
                           methods: [any ForecastMethod]) throws(ForecastingError) -> Backtest {
        guard weeks >= 1 else {
            throw .invalidParameter(name: "weeks", value: "\(weeks)", requirement: "must be at least 1")
        }
        guard let last = history.days.last?.date, let first = history.days.first?.date else {
            throw .insufficientHistory(method: "backtest", needed: "some days of history", available: "none")
        }
        // Origins are Mondays, so each test week is a calendar week; the newest ends at `last`.
        let lastMonday = last.adding(days: -(last.weekday.isoNumber - 1))
        let origins = (0..<weeks).map { lastMonday.adding(days: -7 * $0) }.reversed()
        guard let earliest = origins.first, earliest.dayNumber - first.dayNumber >= 28 else {
            throw .insufficientHistory(method: "backtest", needed: "\(weeks) test weeks after at least 4 weeks of training history",
                                       available: "\(history.days.count) days from \(first) to \(last)")
        }
        let scale = naiveScale(history.before(earliest))
        let byDate = Dictionary(uniqueKeysWithValues: history.days.map { ($0.date, $0) })
        var results: [MethodResult] = []
        for method in methods {
            var overall = AccuracyAccumulator()
            var byInterval: [Int: AccuracyAccumulator] = [:]
            var byDay: [LocalDate: AccuracyAccumulator] = [:]
            for origin in origins {
                let training = history.before(origin)
                let week = (0..<7).map { origin.adding(days: $0) }.compactMap { byDate[$0] }
                let targets = week.map { ForecastTarget(date: $0.date, minutes: $0.volumes.keys.sorted()) }
                let forecasts = try method.forecast(history: training, targets: targets, calendar: calendar)
                for ((day, target), values) in zip(zip(week, targets), forecasts) {
                    for (minute, value) in zip(target.minutes, values) {
                        let actual = day.volumes[minute] ?? 0
                        overall.add(forecast: value, actual: actual)
                        byInterval[minute, default: AccuracyAccumulator()].add(forecast: value, actual: actual)
                        byDay[day.date, default: AccuracyAccumulator()].add(forecast: value, actual: actual)
                    }
                }
            }
            results.append(MethodResult(
                method: method.name, overall: overall.metrics(naiveScale: scale),
                byInterval: byInterval.mapValues { $0.metrics(naiveScale: scale) },
                byDay: byDay.mapValues { $0.metrics(naiveScale: scale) }))
        }
        return Backtest(origins: Array(origins), results: results)
    }

    /// Mean absolute difference between each interval and the same interval one week earlier.
    static func naiveScale(_ history: DayHistory) -> Double {
        let byDate = Dictionary(uniqueKeysWithValues: history.days.map { ($0.date, $0) })
        var total = 0.0
        var count = 0
        for day in history.days {
            guard let lastWeek = byDate[day.date.adding(days: -7)] else { continue }
            for (minute, value) in day.volumes {
                guard let earlier = lastWeek.volumes[minute] else { continue }
                total += abs(value - earlier)
                count += 1
            }
        }
        return count > 0 ? total / Double(count) : 0
    }
}
