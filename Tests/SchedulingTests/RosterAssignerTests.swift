import CivilTime
import Foundation
import Scheduling
import Testing

/// ``RosterAssigner`` on a hand-checkable week and on a generated 200-person month.
@Suite("Roster assignment")
struct RosterAssignerTests {
    static let vilnius = TimeZone(identifier: "Europe/Vilnius")!
    /// A Monday.
    static let monday = LocalDate("2026-12-07")!

    /// The EU directive's rules as in schedules/working-time-eu.yaml (the consecutive-day limit is
    /// added so that it is exercised).
    static let eu = WorkingTimeRules(name: "EU", rules: [
        WorkingTimeRuleKind.minimumDailyRest(hours: 11), .minimumWeeklyRest(hours: 35, weekStart: .monday),
        .maximumAverageWeeklyHours(hours: 48, referenceWeeks: 17, weekStart: .monday), .breakAfterHours(hours: 6, breakMinutes: 20),
        .maximumDailyHours(hours: 13), .maximumConsecutiveDays(days: 6),
        .nightWorkMaximumHours(hours: 8, nightStart: TimeOfDay(minutes: 23 * 60), nightEnd: TimeOfDay(minutes: 6 * 60),
                               minimumNightHours: 3),
    ].map { WorkingTimeRule(key: $0.name, citation: "test", kind: $0) })

    /// 8 h with no breaks (6 h…8 h shifts would need a break under the EU rule, so the small
    /// instance uses a rule set without it).
    static let early = ShiftVariant(template: "early", start: TimeOfDay(minutes: 7 * 60), lengthMinutes: 480, breaks: [], cost: 8)
    static let late = ShiftVariant(template: "late", start: TimeOfDay(minutes: 14 * 60), lengthMinutes: 480, breaks: [], cost: 8)

    static let small = WorkingTimeRules(name: "small", rules: [
        WorkingTimeRuleKind.minimumDailyRest(hours: 11), .minimumWeeklyRest(hours: 35, weekStart: .monday),
        .maximumAverageWeeklyHours(hours: 48, referenceWeeks: 1, weekStart: .monday), .maximumDailyHours(hours: 13),
        .maximumConsecutiveDays(days: 6),
    ].map { WorkingTimeRule(key: $0.name, citation: "test", kind: $0) })

    /// Ana 32–40 h, Ben 24–40 h and off on Wednesday, Cai 16–40 h and preferring Sundays off:
    /// 120 h of capacity.
    static let staff = [
        StaffMember(person: "ana", name: "Ana", minimumWeeklyHours: 32, maximumWeeklyHours: 40),
        StaffMember(person: "ben", name: "Ben", minimumWeeklyHours: 24, maximumWeeklyHours: 40,
                    unavailableDates: [LocalDate("2026-12-09")!]),
        StaffMember(person: "cai", name: "Cai", minimumWeeklyHours: 16, maximumWeeklyHours: 40, preferredDaysOff: [.sunday]),
    ]

    static func week(lates: Int) -> [RosterShift] {
        (0..<7).flatMap { day -> [RosterShift] in
            let date = monday.adding(days: day)
            return [RosterShift(date: date, variant: early)] + Array(repeating: RosterShift(date: date, variant: late), count: lates)
        }
    }

    /// Minutes on a naive wall-clock line (no clock change in the test weeks).
    static func minutes(_ date: LocalDate, _ time: TimeOfDay) -> Int { date.dayNumber * 1440 + time.minutes }

    @Test("The assigner fills a week the horizon enters on Wednesday up to the weekly limit, as the check counts it")
    func partialFirstWeekUpToTheLimit() {
        // Horizon Wed 2026-12-09 – Tue 12-15, one 8 h early a day. Norway's §10-4(1) 40 h per
        // calendar week (Monday start): Wed–Sun is 5 × 8 h = 40 h ≤ 40, Mon–Tue 16 h; the check
        // counts the partial week as a whole week, so all 7 shifts fit (56 h contract maximum).
        let rules = WorkingTimeRules(name: "no", rules: [
            WorkingTimeRule(key: "weekly-hours", citation: "test",
                            kind: .maximumAverageWeeklyHours(hours: 40, referenceWeeks: 1, weekStart: .monday)),
        ])
        let wednesday = Self.monday.adding(days: 2)
        let shifts = (0..<7).map { RosterShift(date: wednesday.adding(days: $0), variant: Self.early) }
        let staff = [StaffMember(person: "ana", name: "Ana", minimumWeeklyHours: 0, maximumWeeklyHours: 56)]
        let result = RosterAssigner(shifts: shifts, staff: staff, rules: rules, from: wednesday, weeks: 1, timeZone: Self.vilnius).assign()
        #expect(result.roster.entries.count == 7)
        #expect(result.unassigned.isEmpty)
        #expect(result.violations.isEmpty, "\(result.violations.map(\.message))")
        // Six shifts plus one more in the week of 12-07 would be 48 h: the check would flag it, so the assigner must not.
        let more = shifts + [RosterShift(date: wednesday, variant: Self.late)]
        let second = RosterAssigner(shifts: more, staff: staff + [StaffMember(person: "ben", name: "Ben", minimumWeeklyHours: 0,
                                                                                maximumWeeklyHours: 56)],
                                    rules: rules, from: wednesday, weeks: 1, timeZone: Self.vilnius).assign()
        #expect(second.violations.isEmpty, "\(second.violations.map(\.message))")
        #expect(second.roster.entries.count == 8)
    }

    @Test("One early and one late a day (112 h for 120 h of capacity): every shift assigned, rules and contracts kept")
    func everyShiftAssigned() {
        let result = RosterAssigner(shifts: Self.week(lates: 1), staff: Self.staff, rules: Self.small, from: Self.monday, weeks: 1,
                                    timeZone: Self.vilnius).assign()
        #expect(result.unassigned.isEmpty)
        #expect(result.roster.entries.count == 14)
        #expect(result.violations.isEmpty, "\(result.violations.map(\.message))")
        for hours in result.hours {
            #expect(hours.hours <= 40, "\(hours.person) has \(hours.hours) h")
            #expect(hours.hours >= hours.minimumHours, "\(hours.person) has \(hours.hours) h, below \(hours.minimumHours)")
        }
        #expect(result.hours.map(\.hours).reduce(0, +) == 112)
        #expect(!result.roster.entries.contains { $0.person == "ben" && $0.date == LocalDate("2026-12-09")! })
        // Every day has its early and its late, with distinct people.
        for day in 0..<7 {
            let date = Self.monday.adding(days: day)
            let that = result.roster.entries.filter { $0.date == date }
            #expect(that.map(\.start).sorted() == [Self.early.start, Self.late.start])
            #expect(Set(that.map(\.person)).count == 2)
        }
        // 11 h rest: no one works a late (ends 22:00) then the next day's early (07:00).
        for person in ["ana", "ben", "cai"] {
            let mine = result.roster.entries.filter { $0.person == person }.sorted { $0.date < $1.date }
            for (previous, next) in zip(mine, mine.dropFirst()) {
                let rest = Self.minutes(next.date, next.start) - Self.minutes(previous.date, previous.start) - 480
                #expect(rest >= 11 * 60, "\(person): \(previous.date) \(previous.start) then \(next.date) \(next.start)")
            }
        }
        // 14 shifts between 3 people: weekend shifts (4) spread at most 1 apart after evening out.
        #expect(result.weekendSpread <= 1)
    }

    @Test("Two lates a day (168 h for 120 h of capacity): the shifts nobody can take are reported, no rule is broken")
    func overCapacity() {
        let shifts = Self.week(lates: 2)
        let result = RosterAssigner(shifts: shifts, staff: Self.staff, rules: Self.small, from: Self.monday, weeks: 1,
                                    timeZone: Self.vilnius).assign()
        #expect(result.violations.isEmpty, "\(result.violations.map(\.message))")
        #expect(result.roster.entries.count + result.unassigned.count == 21)
        #expect(result.unassigned.count >= 6)
        #expect(result.hours.allSatisfy { $0.hours <= 40 })
        // 6 consecutive days at most, and Ben's Wednesday.
        for person in ["ana", "ben", "cai"] {
            #expect(result.roster.entries.filter { $0.person == person }.count <= 6)
        }
        #expect(!result.roster.entries.contains { $0.person == "ben" && $0.date == LocalDate("2026-12-09")! })
    }

    @Test("A template's skills: only people with every one of them get its shifts")
    func skills() {
        var staff = Self.staff
        staff[2] = StaffMember(person: "cai", name: "Cai", minimumWeeklyHours: 0, maximumWeeklyHours: 40, skills: ["chat"])
        let result = RosterAssigner(shifts: Self.week(lates: 1), staff: staff, rules: Self.small, from: Self.monday, weeks: 1,
                                    timeZone: Self.vilnius, requiredSkills: ["late": ["chat"]]).assign()
        let lates = result.roster.entries.filter { $0.start == Self.late.start }
        #expect(!lates.isEmpty)
        #expect(lates.allSatisfy { $0.person == "cai" })
        #expect(result.violations.isEmpty)
        // Cai can work 5 lates at most (40 h a week): the other 2 stay open.
        #expect(lates.count == 5)
        #expect(result.unassigned.count == 2)
        #expect(result.unassigned.allSatisfy { $0.variant == Self.late })
    }

    @Test("Shifts outside the horizon are ignored; an empty plan gives an empty roster")
    func horizon() {
        let outside = [RosterShift(date: Self.monday.adding(days: 7), variant: Self.early)]
        let result = RosterAssigner(shifts: outside, staff: Self.staff, rules: Self.small, from: Self.monday, weeks: 1,
                                    timeZone: Self.vilnius).assign()
        #expect(result.roster.entries.isEmpty)
        #expect(result.unassigned.isEmpty)
        #expect(result.weekendSpread == 0)
    }

    /// 200 people (40, 32 and 20 h contracts, leave, weekends off for some) and 4 weeks of three
    /// 8.5 h shift types with an unpaid 30-minute lunch, about 90 % of capacity.
    @Test("Scale: 200 people × 4 weeks, zero violations, everything assigned, timed")
    func scale() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let lunch = [PlacedBreak(name: "lunch", offsetMinutes: 240, durationMinutes: 30, isPaid: false)]
        let variants = [7 * 60, 10 * 60, 12 * 60 + 30].enumerated().map { index, start in
            ShiftVariant(template: ["early", "middle", "late"][index], start: TimeOfDay(minutes: start), lengthMinutes: 510,
                         breaks: lunch, cost: 8)
        }
        var staff: [StaffMember] = []
        for index in 0..<200 {
            let maximum = [40.0, 32, 20][index % 3]
            var leave: Set<LocalDate> = []
            if index % 10 == 0 { for day in 0..<5 { leave.insert(Self.monday.adding(days: 7 * next(4) + day)) } }
            staff.append(StaffMember(person: String(format: "p%03d", index), name: "Person \(index)", minimumWeeklyHours: maximum - 8,
                                     maximumWeeklyHours: maximum, unavailableDates: leave,
                                     unavailableWeekdays: index % 7 == 0 ? [.saturday, .sunday] : [],
                                     preferredDaysOff: index % 2 == 0 ? [.sunday] : [.saturday]))
        }
        // Capacity ≈ Σ max / 8 shifts a week; plan 90 % of it, fewer on weekends.
        let weekly = staff.reduce(0) { $0 + $1.maximumWeeklyHours } / 8 * 0.9
        var shifts: [RosterShift] = []
        for day in 0..<28 {
            let date = Self.monday.adding(days: day)
            let share = date.weekday >= .saturday ? 0.08 : 0.168
            let total = Int(weekly * share)
            for count in 0..<total { shifts.append(RosterShift(date: date, variant: variants[count % 3])) }
        }
        let clock = ContinuousClock()
        var result: RosterAssignment?
        let elapsed = clock.measure {
            result = RosterAssigner(shifts: shifts, staff: staff, rules: Self.eu, from: Self.monday, weeks: 4,
                                    timeZone: Self.vilnius).assign()
        }
        guard let result else { Issue.record("no result"); return }
        print("roster assignment: \(staff.count) people × 4 weeks, \(shifts.count) shifts, \(result.unassigned.count) unassigned, "
            + "\(result.underContract.count) under contract, weekend spread \(result.weekendSpread), "
            + "\(result.violations.count) violations, \(elapsed)")
        #expect(result.violations.isEmpty, "\(result.violations.prefix(5).map(\.message))")
        #expect(result.unassigned.isEmpty)
        #expect(result.roster.entries.count == shifts.count)
        for (index, member) in staff.enumerated() {
            let mine = result.roster.entries.filter { $0.person == member.person }
            for week in 0..<4 {
                let first = Self.monday.adding(days: 7 * week)
                let count = mine.filter { $0.date >= first && $0.date < first.adding(days: 7) }.count
                #expect(Double(count) * 8 <= member.maximumWeeklyHours, "\(member.person) week \(week + 1): \(count) shifts")
            }
            #expect(!mine.contains { !member.isAvailable(on: $0.date) }, "\(index)")
        }
        // A generous limit for debug builds; the release target is 30 s.
        #expect(elapsed < .seconds(300))
    }
}
