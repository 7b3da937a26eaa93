import CivilTime

/// A person who can be rostered: contract hours, skills, availability and preferences.
///
/// ```swift
/// let ona = StaffMember(person: "ona", name: "Ona Petraitė", minimumWeeklyHours: 30, maximumWeeklyHours: 40,
///                       unavailableDates: [LocalDate("2026-12-24")!], unavailableWeekdays: [.sunday])
/// ```
public struct StaffMember: Sendable, Equatable {
    /// The key rosters use (`person` in roster CSV).
    public let person: String
    public let name: String
    /// Contract hours per week (working time: a shift's span minus unpaid breaks).
    public let minimumWeeklyHours: Double
    public let maximumWeeklyHours: Double
    /// Skills; a shift of a template that lists skills goes only to people with all of them.
    public let skills: Set<String>
    /// Days off: leave, holidays, any date the person cannot start a shift.
    public let unavailableDates: Set<LocalDate>
    /// Weekdays the person never starts a shift on.
    public let unavailableWeekdays: Set<Weekday>
    /// Weekdays the person prefers off: avoided when someone else can take the shift.
    public let preferredDaysOff: Set<Weekday>
    /// The person's own limit on days in a row with a shift (the rule set's may be lower).
    public let maximumConsecutiveDays: Int?

    public init(person: String, name: String, minimumWeeklyHours: Double, maximumWeeklyHours: Double, skills: Set<String> = [],
                unavailableDates: Set<LocalDate> = [], unavailableWeekdays: Set<Weekday> = [], preferredDaysOff: Set<Weekday> = [],
                maximumConsecutiveDays: Int? = nil) {
        self.person = person
        self.name = name
        self.minimumWeeklyHours = minimumWeeklyHours
        self.maximumWeeklyHours = maximumWeeklyHours
        self.skills = skills
        self.unavailableDates = unavailableDates
        self.unavailableWeekdays = unavailableWeekdays
        self.preferredDaysOff = preferredDaysOff
        self.maximumConsecutiveDays = maximumConsecutiveDays
    }

    /// Whether the person can start a shift on `date`.
    public func isAvailable(on date: LocalDate) -> Bool {
        !unavailableDates.contains(date) && !unavailableWeekdays.contains(date.weekday)
    }
}
