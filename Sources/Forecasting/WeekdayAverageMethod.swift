import CivilTime
/// Method (a): the average of the same weekday and interval over the last N weeks, optionally
/// weighted towards recent weeks. The usual spreadsheet method.
public struct WeekdayAverageMethod: ForecastMethod {
    public let weeks: Int
    /// Weights, newest week first (e.g. 0.4, 0.3, 0.2, 0.1); nil means equal weights.
    public let weights: [Double]?

    public init(weeks: Int = 4, weights: [Double]? = nil) throws(ForecastingError) {
        guard weeks >= 1 else {
            throw .invalidParameter(name: "weeks", value: "\(weeks)", requirement: "must be at least 1")
        }
        if let weights, weights.count != weeks || weights.contains(where: { !($0 >= 0) }) || weights.reduce(0, +) <= 0 {
            throw .invalidParameter(name: "weights", value: "\(weights)", requirement: "need one non-negative weight per week, not all zero")
        }
        self.weeks = weeks
        self.weights = weights
    }

    public var name: String { "weekday-average" }

    public func forecast(history: DayHistory, targets: [ForecastTarget], calendar: PlanningCalendar) throws(ForecastingError) -> [[Double]] {
        try targets.map { target throws(ForecastingError) in
            let days = history.last(weeks, on: target.date.weekday)
            guard !days.isEmpty else {
                throw .insufficientHistory(method: name, needed: "at least one \(target.date.weekday.rawValue) in the history", available: "none")
            }
            let newestFirstWeights = weights.map { Array($0.prefix(days.count)) } ?? Array(repeating: 1, count: days.count)
            return target.minutes.map { minute in
                var sum = 0.0
                var weight = 0.0
                for (offset, day) in days.reversed().enumerated() {
                    guard let value = day.volumes[minute] else { continue }
                    sum += newestFirstWeights[offset] * value
                    weight += newestFirstWeights[offset]
                }
                return weight > 0 ? sum / weight : 0
            }
        }
    }
}
