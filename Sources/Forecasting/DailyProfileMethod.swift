import CivilTime
/// Method (b): a daily total (the mean of the same weekday over the last `totalWeeks`) spread by
/// that weekday's intraday profile (shares of the day per interval, pooled over `profileWeeks`).
public struct DailyProfileMethod: ForecastMethod {
    public let totalWeeks: Int
    public let profileWeeks: Int

    public init(totalWeeks: Int = 4, profileWeeks: Int = 8) throws(ForecastingError) {
        guard totalWeeks >= 1, profileWeeks >= 1 else {
            throw .invalidParameter(name: "weeks", value: "\(totalWeeks)/\(profileWeeks)", requirement: "must be at least 1")
        }
        self.totalWeeks = totalWeeks
        self.profileWeeks = profileWeeks
    }

    public var name: String { "profile" }

    public func forecast(history: DayHistory, targets: [ForecastTarget], calendar: PlanningCalendar) throws(ForecastingError) -> [[Double]] {
        try targets.map { target throws(ForecastingError) in
            let totals = history.last(totalWeeks, on: target.date.weekday)
            guard !totals.isEmpty else {
                throw .insufficientHistory(method: name, needed: "at least one \(target.date.weekday.rawValue) in the history", available: "none")
            }
            let dailyTotal = totals.map(\.total).reduce(0, +) / Double(totals.count)
            let profile = IntradayProfile(days: history.last(profileWeeks, on: target.date.weekday))
            return target.minutes.map { dailyTotal * profile.share(at: $0) }
        }
    }
}
