import CivilTime
import Foundation

/// Assigns shifts (a ``ShiftPlan``'s counts, or any list of ``RosterShift``) to named people over a
/// horizon of whole weeks, keeping every person inside a working-time rule set, their contract and
/// their availability.
///
/// Method (deterministic): day by day, longest shifts first, each shift goes to the eligible
/// person who does not prefer the day off, has the fewest weekend shifts (on a weekend), the most
/// hours below their contract minimum, then the most hours left below their maximum. Eligibility is
/// checked incrementally: availability and skills, one shift a day, daily rest to the neighbouring
/// shifts, maximum daily hours, hours in the horizon week ≤ the contract maximum, hours in each
/// rule week ≤ the average-weekly-hours limit, consecutive days (the rule's and the person's), and
/// weekly rest. Then a repair pass moves shifts to people under their minimum (from people who
/// stay at or above theirs) and evens weekend shifts out. Rule arithmetic uses the wall clock; the
/// result is checked with ``WorkingTimeRules/check(roster:)`` in real time.
///
/// ```swift
/// let result = RosterAssigner(shifts: RosterShift.expand(plan.counts, from: monday, days: 28), staff: staff,
///                             rules: eu, from: monday, weeks: 4, timeZone: vilnius).assign()
/// result.unassigned.count; result.violations.isEmpty; result.weekendSpread
/// ```
public struct RosterAssigner: Sendable {
    public let shifts: [RosterShift]
    public let staff: [StaffMember]
    public let rules: WorkingTimeRules
    public let from: LocalDate
    public let weeks: Int
    public let timeZone: TimeZone
    /// Template name → the skills a person needs to work it (every one of them).
    public let requiredSkills: [String: Set<String>]

    public init(shifts: [RosterShift], staff: [StaffMember], rules: WorkingTimeRules, from: LocalDate, weeks: Int,
                timeZone: TimeZone, requiredSkills: [String: Set<String>] = [:]) {
        self.shifts = shifts
        self.staff = staff
        self.rules = rules
        self.from = from
        self.weeks = weeks
        self.timeZone = timeZone
        self.requiredSkills = requiredSkills
    }

    /// As above, every shift of `plan` starting in the horizon.
    public init(plan: ShiftPlan, staff: [StaffMember], rules: WorkingTimeRules, from: LocalDate, weeks: Int, timeZone: TimeZone,
                requiredSkills: [String: Set<String>] = [:]) {
        self.init(shifts: RosterShift.expand(plan.counts, from: from, days: weeks * 7), staff: staff, rules: rules, from: from,
                  weeks: weeks, timeZone: timeZone, requiredSkills: requiredSkills)
    }

    /// Each template's `skills`, as ``requiredSkills``: a shift of a template that lists skills
    /// goes only to people who have all of them.
    public static func requiredSkills(of templates: [ShiftTemplate]) -> [String: Set<String>] {
        Dictionary(templates.filter { !$0.skills.isEmpty }.map { ($0.name, Set($0.skills)) }, uniquingKeysWith: { $0.union($1) })
    }

    public func assign() -> RosterAssignment {
        var state = RosterAssignmentState(assigner: self)
        let last = from.adding(days: weeks * 7 - 1)
        let ordered = shifts.enumerated().filter { $0.element.date >= from && $0.element.date <= last }.sorted { lhs, rhs in
            let (a, b) = (lhs.element, rhs.element)
            if a.date != b.date { return a.date < b.date }
            if a.variant.paidMinutes != b.variant.paidMinutes { return a.variant.paidMinutes > b.variant.paidMinutes }
            if a.variant.start != b.variant.start { return a.variant.start < b.variant.start }
            return lhs.offset < rhs.offset
        }.map(\.offset)
        var unassigned: [Int] = []
        for index in ordered {
            if let person = state.bestPerson(for: index) { state.add(index, to: person) } else { unassigned.append(index) }
        }
        unassigned = state.repairMinimums(unassigned: unassigned)
        state.evenWeekends()
        return state.result(unassigned: unassigned)
    }
}
