import CivilTime
import Foundation

/// A roster as kept and exported: who works which shift on which day over whole weeks, the
/// shifts nobody could take, the contracts, the requirement per interval it was built for (with
/// the contacts behind it when known), its working-time check, and how to judge service.
///
/// Everything needed to show the roster again without the files it was made from: the database
/// stores it and `headset schedule export` draws it.
public struct RosterDocument: Sendable {
    public var name: String
    public let firstDay: LocalDate
    public let weeks: Int
    /// IANA name of the zone the roster's wall clock is in.
    public let timeZone: String
    /// The working-time rule set the roster was checked against.
    public let ruleSet: String
    public let intervalMinutes: Int
    /// Per person: contract and rostered hours, in the staff order.
    public let staff: [StaffHours]
    /// Assigned and open shifts, by day, then start.
    public let shifts: [RosteredShift]
    /// The requirement per interval on the roster's days.
    public let intervals: [RequirementInterval]
    public let violations: [RuleViolation]
    /// How the expected service level is worked out; nil when it is not.
    public let service: ServiceExpectation?
    /// Activities booked inside rostered shifts (coaching, training): off the phones.
    public var activities: [RosterActivity] = []
    /// Where the roster came from, one line each, for the sheets.
    public var notes: [String]

    public init(name: String, firstDay: LocalDate, weeks: Int, timeZone: String, ruleSet: String, intervalMinutes: Int,
                staff: [StaffHours], shifts: [RosteredShift], intervals: [RequirementInterval], violations: [RuleViolation],
                service: ServiceExpectation?, notes: [String]) {
        self.name = name
        self.firstDay = firstDay
        self.weeks = weeks
        self.timeZone = timeZone
        self.ruleSet = ruleSet
        self.intervalMinutes = intervalMinutes
        self.staff = staff
        self.shifts = shifts
        self.intervals = intervals
        self.violations = violations
        self.service = service
        self.notes = notes
    }

    /// The roster of an assignment: `planned` are the shifts it was assigned from (they give each
    /// entry its variant); `plan` the intervals and their requirement.
    public init(name: String, assignment: RosterAssignment, planned: [RosterShift], plan: ShiftPlan, firstDay: LocalDate,
                weeks: Int, ruleSet: String, service: ServiceExpectation?, notes: [String]) {
        let last = firstDay.adding(days: weeks * 7 - 1)
        let intervals = plan.coverage.filter { $0.date >= firstDay && $0.date <= last }.map {
            RequirementInterval(date: $0.date, start: $0.start, required: $0.required, label: $0.label, workload: $0.workload)
        }
        self.init(name: name, assignment: assignment, planned: planned, intervals: intervals, intervalMinutes: plan.intervalMinutes,
                  firstDay: firstDay, weeks: weeks, ruleSet: ruleSet, service: service, notes: notes)
    }

    /// The roster of an assignment whose requirement per interval is `intervals` (those outside
    /// the roster's days are dropped).
    public init(name: String, assignment: RosterAssignment, planned: [RosterShift], intervals: [RequirementInterval],
                intervalMinutes: Int, firstDay: LocalDate, weeks: Int, ruleSet: String, service: ServiceExpectation?,
                notes: [String]) {
        let last = firstDay.adding(days: weeks * 7 - 1)
        // Each entry takes a planned variant with its day, times and breaks: variants of one
        // template often differ only in where the breaks go, and the first variant with the same
        // times would give the saved roster other breaks than the assignment (and its CSV) has.
        var open: [String: [ShiftVariant]] = [:]
        for shift in planned { open[Self.key(shift.entry(for: "")), default: []].append(shift.variant) }
        var shifts: [RosteredShift] = []
        for entry in assignment.roster.entries {
            let key = Self.key(entry)
            if let variant = open[key]?.first {
                open[key]?.removeFirst()
                shifts.append(RosteredShift(person: entry.person, date: entry.date, variant: variant))
            } else {
                shifts.append(RosteredShift(person: entry.person, date: entry.date, variant: Self.variant(of: entry)))
            }
        }
        shifts += assignment.unassigned.map { RosteredShift(person: nil, date: $0.date, variant: $0.variant) }
        shifts.sort(by: Self.precedes)
        let intervals = intervals.filter { $0.date >= firstDay && $0.date <= last }
        self.init(name: name, firstDay: firstDay, weeks: weeks, timeZone: assignment.roster.timeZone.identifier, ruleSet: ruleSet,
                  intervalMinutes: intervalMinutes, staff: assignment.hours, shifts: shifts, intervals: intervals,
                  violations: assignment.violations, service: service, notes: notes)
    }

    /// Every day of the roster, in order.
    public var days: [LocalDate] { (0..<(weeks * 7)).map { firstDay.adding(days: $0) } }

    public var lastDay: LocalDate { firstDay.adding(days: weeks * 7 - 1) }

    public var assignedShifts: [RosteredShift] { shifts.filter { $0.person != nil } }

    public var openShifts: [RosteredShift] { shifts.filter { $0.person == nil } }

    /// The roster as working-time rules see it.
    public var roster: Roster {
        Roster(timeZone: TimeZone(identifier: timeZone) ?? .current, entries: shifts.compactMap { $0.entry() })
    }

    /// Per interval: agents required and agents the assigned shifts have working (open shifts do
    /// not count; a break covering part of an interval counts the part worked; a booked activity
    /// inside a shift takes its part too).
    public func coverage() -> [IntervalCoverage] {
        guard intervalMinutes > 0 else { return [] }
        var byDay: [Int: [RosteredShift]] = [:]
        for shift in shifts where shift.person != nil { byDay[shift.date.dayNumber, default: []].append(shift) }
        let booked = Dictionary(grouping: activities, by: \.person)
        // A shift starting up to two days earlier can still be running (a night shift over a weekend).
        return intervals.map { interval in
            var worked = 0
            for back in 0...2 {
                let offset = back * 1440 + interval.start.minutes
                let day = interval.date.adding(days: -back)
                for shift in byDay[day.dayNumber] ?? [] {
                    worked += shift.variant.workedMinutes(from: offset, to: offset + intervalMinutes)
                    for activity in booked[shift.person ?? ""] ?? [] {
                        worked -= Self.overlap(activity, shift: shift, from: offset, to: offset + intervalMinutes)
                    }
                }
            }
            return IntervalCoverage(date: interval.date, start: interval.start, label: interval.label, required: interval.required,
                                    scheduled: IntervalCoverage.clean(Double(worked) / Double(intervalMinutes)),
                                    workload: interval.workload)
        }
    }

    /// Minutes of `activity` in `[from, to)` (counted from the shift's day) while `shift` is worked.
    static func overlap(_ activity: RosterActivity, shift: RosteredShift, from: Int, to: Int) -> Int {
        let begin = activity.start(countedFrom: shift.date)
        let lower = max(from, begin), upper = min(to, begin + activity.minutes)
        return lower < upper ? shift.variant.workedMinutes(from: lower, to: upper) : 0
    }

    /// Activities that fall inside an assigned shift of their person, and those that do not
    /// (booked on a day off, or outside the shift's hours): the latter change nothing.
    public func placedActivities() -> (inside: [RosterActivity], outside: [RosterActivity]) {
        var inside: [RosterActivity] = [], outside: [RosterActivity] = []
        for activity in activities {
            let fits = shifts.contains { shift in
                guard shift.person == activity.person else { return false }
                let begin = activity.start(countedFrom: shift.date)
                return begin >= shift.variant.start.minutes && begin + activity.minutes <= shift.variant.start.minutes + shift.variant.lengthMinutes
            }
            if fits { inside.append(activity) } else { outside.append(activity) }
        }
        return (inside, outside)
    }

    /// Totals per day of the roster, then per roster week (weeks start on ``firstDay``'s weekday).
    public func totals() -> (days: [CoverageTotals], weeks: [CoverageTotals]) {
        let coverage = coverage()
        let days = CoverageTotals.byDay(coverage, days: days, intervalMinutes: intervalMinutes, service: service)
        return (days, CoverageTotals.byWeek(days, firstDay: firstDay, weeks: weeks))
    }

    /// A variant standing for an entry no planned shift matches (a hand-edited roster).
    static func variant(of entry: RosterEntry) -> ShiftVariant {
        var length = entry.end.minutes - entry.start.minutes
        if length <= 0 { length += 1440 }
        let breaks = entry.breaks.map { rest -> PlacedBreak in
            var offset = rest.start.minutes - entry.start.minutes
            if offset < 0 { offset += 1440 }
            return PlacedBreak(name: rest.paid ? "break" : "lunch", offsetMinutes: offset, durationMinutes: rest.minutes,
                               isPaid: rest.paid)
        }
        let paid = Double(length - breaks.filter { !$0.isPaid }.reduce(0) { $0 + $1.durationMinutes }) / 60
        return ShiftVariant(template: "unplanned", start: entry.start, lengthMinutes: length, breaks: breaks, cost: paid)
    }

    /// Day, start, end and every break (start, minutes, paid) of an entry: what identifies the
    /// planned variant it was made from.
    static func key(_ entry: RosterEntry) -> String {
        "\(entry.date) \(entry.start) \(entry.end)" + entry.breaks.map { " \($0.start)+\($0.minutes)\($0.paid ? "p" : "")" }.joined()
    }

    /// By day, start, then assigned before open, then person.
    static func precedes(_ lhs: RosteredShift, _ rhs: RosteredShift) -> Bool {
        if lhs.date != rhs.date { return lhs.date < rhs.date }
        if lhs.variant.start != rhs.variant.start { return lhs.variant.start < rhs.variant.start }
        if lhs.variant.template != rhs.variant.template { return lhs.variant.template < rhs.variant.template }
        return (lhs.person ?? "\u{10FFFF}") < (rhs.person ?? "\u{10FFFF}")
    }
}
