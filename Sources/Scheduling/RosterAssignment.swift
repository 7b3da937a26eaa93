/// What ``RosterAssigner`` produced: the roster of named people, the shifts nobody could take,
/// the working-time check of the roster, and each person's hours.
public struct RosterAssignment: Sendable {
    public let roster: Roster
    /// Shifts no eligible person was left for, by day, then start.
    public let unassigned: [RosterShift]
    /// ``WorkingTimeRules/check(roster:)`` of ``roster``: empty unless a shift breaks a rule for
    /// anybody (a shift with too short a break, night work) or a clock change lengthens a shift.
    public let violations: [RuleViolation]
    /// Per person, in the staff order.
    public let hours: [StaffHours]

    public init(roster: Roster, unassigned: [RosterShift], violations: [RuleViolation], hours: [StaffHours]) {
        self.roster = roster
        self.unassigned = unassigned
        self.violations = violations
        self.hours = hours
    }

    /// Most weekend shifts of one person minus the fewest (0 without staff).
    public var weekendSpread: Int {
        guard let most = hours.map(\.weekendShifts).max(), let fewest = hours.map(\.weekendShifts).min() else { return 0 }
        return most - fewest
    }

    /// People below their contract minimum.
    public var underContract: [StaffHours] { hours.filter { $0.shortfall > 1e-9 } }
}
