/// One person's share of an assigned roster: working hours against the contract over the horizon.
public struct StaffHours: Sendable, Equatable {
    public let person: String
    public let name: String
    /// Working hours assigned (span minus unpaid breaks).
    public let hours: Double
    /// Contract minimum and maximum over the horizon (weekly hours × weeks).
    public let minimumHours: Double
    public let maximumHours: Double
    public let shifts: Int
    /// Shifts starting on a Saturday or Sunday.
    public let weekendShifts: Int

    public init(person: String, name: String, hours: Double, minimumHours: Double, maximumHours: Double, shifts: Int,
                weekendShifts: Int) {
        self.person = person
        self.name = name
        self.hours = hours
        self.minimumHours = minimumHours
        self.maximumHours = maximumHours
        self.shifts = shifts
        self.weekendShifts = weekendShifts
    }

    /// Hours below the contract minimum (0 when met).
    public var shortfall: Double { max(0, minimumHours - hours) }
}
