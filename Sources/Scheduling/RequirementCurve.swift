import CivilTime

/// Agents required per interval over one or more days: what a shift plan must cover.
///
/// ```swift
/// let curve = try RequirementCurve(intervalMinutes: 30, intervals: [
///     RequirementInterval(date: LocalDate("2026-11-23")!, start: TimeOfDay("07:00")!, required: 3),
/// ])
/// ```
///
/// The planning horizon is every day from the first interval's date to the last one's; times
/// of those days that are not listed require nobody. Starts are wall-clock readings on a grid of
/// `intervalMinutes` from midnight (which must divide a day).
public struct RequirementCurve: Sendable, Equatable {
    public let intervalMinutes: Int
    /// In time order.
    public let intervals: [RequirementInterval]

    public init(intervalMinutes: Int, intervals: [RequirementInterval]) throws(SchedulingError) {
        guard intervalMinutes > 0, 1440 % intervalMinutes == 0 else {
            throw .invalidInput(field: "interval", value: "\(intervalMinutes) minutes",
                                requirement: "must divide a day into whole intervals (e.g. 15, 30 or 60 minutes)")
        }
        guard !intervals.isEmpty else { throw .invalidRequirements("no requirement intervals to plan") }
        let sorted = intervals.sorted { ($0.date, $0.start) < ($1.date, $1.start) }
        for interval in sorted {
            guard interval.start.minutes % intervalMinutes == 0 else {
                throw .invalidRequirements("interval \(interval.label) does not start on the \(intervalMinutes)-minute grid from midnight")
            }
            guard interval.required.isFinite, interval.required >= 0, interval.required <= SchedulingLimits.maximumRequiredAgents else {
                throw .invalidRequirements("interval \(interval.label): required agents \(interval.required) "
                    + SchedulingLimits.rangeText(SchedulingLimits.maximumRequiredAgents))
            }
        }
        for (earlier, later) in zip(sorted, sorted.dropFirst()) where earlier.date == later.date && earlier.start == later.start {
            throw .invalidRequirements("interval \(later.label) is listed twice")
        }
        self.intervalMinutes = intervalMinutes
        self.intervals = sorted
    }

    public var firstDate: LocalDate { intervals[0].date }
    public var lastDate: LocalDate { intervals[intervals.count - 1].date }

    /// Every day of the horizon, first to last.
    public var days: [LocalDate] {
        (0...(lastDate.dayNumber - firstDate.dayNumber)).map { firstDate.adding(days: $0) }
    }

    /// Σ required × interval length, in agent-hours.
    public var requiredAgentHours: Double {
        intervals.reduce(0) { $0 + $1.required } * Double(intervalMinutes) / 60
    }
}
