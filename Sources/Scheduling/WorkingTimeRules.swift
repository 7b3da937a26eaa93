import CivilTime
import Foundation

/// A working-time rule set (the EU directive's minimum, a country's stricter law, a collective
/// agreement), read from a file such as `schedules/working-time-eu.yaml`, and the check of a
/// roster against it.
///
/// ```swift
/// let violations = rules.check(roster: Roster(timeZone: oslo, entries: shifts))
/// violations.first?.message   // "rest between shifts 9.5 h < 11 h: 2026-12-01 22:00 → 2026-12-02 07:30"
/// ```
public struct WorkingTimeRules: Equatable, Sendable {
    public let name: String
    public let rules: [WorkingTimeRule]

    public init(name: String, rules: [WorkingTimeRule]) {
        self.name = name
        self.rules = rules
    }

    /// Every violation of every rule, sorted by person, then day, then the rule's place in the set.
    public func check(roster: Roster) -> [RuleViolation] {
        guard let firstDate = roster.entries.map(\.date).min(), let lastDate = roster.entries.map(\.date).max() else { return [] }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = roster.timeZone
        let span = RosterSpan(first: firstDate, last: lastDate, calendar: calendar)
        let byPerson = Dictionary(grouping: roster.entries, by: \.person)
        var found: [(violation: RuleViolation, order: Int)] = []
        for person in byPerson.keys.sorted() {
            let shifts = byPerson[person]!.map { WorkedShift($0, calendar: calendar) }.sorted { $0.start < $1.start }
            for (order, rule) in rules.enumerated() {
                found += check(rule, person: person, shifts: shifts, span: span).map { ($0, order) }
            }
        }
        return found.sorted { lhs, rhs in
            if lhs.violation.person != rhs.violation.person { return lhs.violation.person < rhs.violation.person }
            if lhs.violation.date != rhs.violation.date { return lhs.violation.date < rhs.violation.date }
            return lhs.order < rhs.order
        }.map(\.violation)
    }

    private func check(_ rule: WorkingTimeRule, person: String, shifts: [WorkedShift], span: RosterSpan) -> [RuleViolation] {
        switch rule.kind {
        case .minimumDailyRest(let hours):
            return WorkingTimeChecks.dailyRest(rule, hours: hours, person: person, shifts: shifts)
        case let .minimumWeeklyRest(hours, weekStart):
            return WorkingTimeChecks.weeklyRest(rule, hours: hours, weekStart: weekStart, person: person, shifts: shifts, span: span)
        case let .maximumAverageWeeklyHours(hours, weeks, weekStart):
            return WorkingTimeChecks.averageWeeklyHours(rule, hours: hours, weeks: weeks, weekStart: weekStart, person: person,
                                                        shifts: shifts, span: span)
        case let .breakAfterHours(hours, minutes):
            return WorkingTimeChecks.breaks(rule, hours: hours, minutes: minutes, person: person, shifts: shifts)
        case .maximumDailyHours(let hours):
            return WorkingTimeChecks.dailyHours(rule, hours: hours, person: person, shifts: shifts)
        case .maximumConsecutiveDays(let days):
            return WorkingTimeChecks.consecutiveDays(rule, days: days, person: person, shifts: shifts)
        case let .nightWorkMaximumHours(hours, nightStart, nightEnd, minimum):
            return WorkingTimeChecks.nightWork(rule, hours: hours, night: (nightStart, nightEnd), minimumNightHours: minimum,
                                               person: person, shifts: shifts, calendar: span.calendar)
        }
    }
}
