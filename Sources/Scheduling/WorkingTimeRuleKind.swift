import CivilTime

/// What a working-time rule limits, with its parameters. Rule sets are data (YAML files such as
/// `schedules/working-time-eu.yaml`); these are the generic kinds they are built from. Hours are
/// real elapsed hours in the roster's time zone; "working time" is a shift's span minus its
/// unpaid breaks (paid breaks are working time).
public enum WorkingTimeRuleKind: Equatable, Sendable {
    /// Between the end of one shift and the start of the person's next: at least `hours`.
    case minimumDailyRest(hours: Double)
    /// In every fixed 7-day period starting on `weekStart`, one uninterrupted rest of at least
    /// `hours`. A rest counts for the period it starts in, with its whole length.
    case minimumWeeklyRest(hours: Double, weekStart: Weekday)
    /// Working time averaged per 7 days over consecutive reference periods of `referenceWeeks`
    /// weeks starting on `weekStart`: at most `hours`.
    case maximumAverageWeeklyHours(hours: Double, referenceWeeks: Int, weekStart: Weekday)
    /// A shift with more than `hours` of working time needs breaks totalling `breakMinutes`.
    case breakAfterHours(hours: Double, breakMinutes: Int)
    /// Working time of one shift: at most `hours`.
    case maximumDailyHours(hours: Double)
    /// Calendar days in a row on which a shift starts: at most `days`.
    case maximumConsecutiveDays(days: Int)
    /// A night shift (at least `minimumNightHours` of work between `nightStart` and `nightEnd`)
    /// has at most `hours` of working time.
    case nightWorkMaximumHours(hours: Double, nightStart: TimeOfDay, nightEnd: TimeOfDay, minimumNightHours: Double)

    /// The name rule files use for the kind.
    public var name: String {
        switch self {
        case .minimumDailyRest: "minimum_daily_rest_hours"
        case .minimumWeeklyRest: "minimum_weekly_rest_hours"
        case .maximumAverageWeeklyHours: "maximum_average_weekly_hours"
        case .breakAfterHours: "break_after_hours"
        case .maximumDailyHours: "maximum_daily_hours"
        case .maximumConsecutiveDays: "maximum_consecutive_days"
        case .nightWorkMaximumHours: "night_work_maximum_hours"
        }
    }

    /// Every kind's file name, in the order the documentation lists them.
    public static let names = ["minimum_daily_rest_hours", "minimum_weekly_rest_hours", "maximum_average_weekly_hours",
                               "break_after_hours", "maximum_daily_hours", "maximum_consecutive_days", "night_work_maximum_hours"]
}
