public import CivilTime
public import Foundation
public import Scheduling

/// What building a roster takes: the requirement curve, the shift templates, the staff, the
/// working-time rules and the horizon, as read from the planner's files (named for the notes).
public struct RosterRequest: Sendable {
    public var requirements: RequirementCurve
    public var templates: [ShiftTemplate]
    public var staff: [StaffMember]
    public var rules: WorkingTimeRules
    public var firstDay: LocalDate
    public var weeks: Int
    public var timeZone: TimeZone
    /// The service goal for the expected service level: share within `goalSeconds`.
    public var goalSeconds: Double
    public var goalFraction: Double
    /// Share of rostered time not spent answering (0–1).
    public var shrinkage: Double
    /// Seconds the shift-plan optimiser may search.
    public var timeLimitSeconds: Double
    public var name: String?
    public var activities: [RosterActivity]
    /// The files as the planner named them: `requirements`, `shifts`, `staff`, `rules`, `activities`.
    public var sources: [String: String]

    public init(requirements: RequirementCurve, templates: [ShiftTemplate], staff: [StaffMember], rules: WorkingTimeRules,
                firstDay: LocalDate, weeks: Int, timeZone: TimeZone, goalSeconds: Double, goalFraction: Double, shrinkage: Double,
                timeLimitSeconds: Double, name: String?, activities: [RosterActivity], sources: [String: String]) {
        self.requirements = requirements
        self.templates = templates
        self.staff = staff
        self.rules = rules
        self.firstDay = firstDay
        self.weeks = weeks
        self.timeZone = timeZone
        self.goalSeconds = goalSeconds
        self.goalFraction = goalFraction
        self.shrinkage = shrinkage
        self.timeLimitSeconds = timeLimitSeconds
        self.name = name
        self.activities = activities
        self.sources = sources
    }
}
