import CivilTime
import Foundation
import Scheduling
import Testing

/// Each rule kind against hand-built rosters. Limits come from the law texts cited per test
/// (EU Directive 2003/88/EC, Norway's Arbeidsmiljøloven), and expected hours from the clock.
@Suite("Working-time rules")
struct WorkingTimeRulesTests {
    static let vilnius = TimeZone(identifier: "Europe/Vilnius")!
    static let oslo = TimeZone(identifier: "Europe/Oslo")!

    static func shift(_ date: String, _ start: String, _ end: String, person: String = "ona",
                      breaks: [RosterBreak] = []) -> RosterEntry {
        RosterEntry(person: person, date: LocalDate(date)!, start: TimeOfDay(start)!, end: TimeOfDay(end)!, breaks: breaks)
    }

    static func rules(_ kinds: WorkingTimeRuleKind...) -> WorkingTimeRules {
        WorkingTimeRules(name: "test", rules: kinds.map { WorkingTimeRule(key: $0.name, citation: "test", kind: $0) })
    }

    static func check(_ rules: WorkingTimeRules, _ entries: [RosterEntry], zone: TimeZone = vilnius) -> [RuleViolation] {
        rules.check(roster: Roster(timeZone: zone, entries: entries))
    }

    @Test("Art. 3: a rest of 9.5 h between shifts fails 11 h, across a month boundary")
    func dailyRestFails() {
        let found = Self.check(Self.rules(.minimumDailyRest(hours: 11)),
                               [Self.shift("2026-11-30", "14:00", "22:00"), Self.shift("2026-12-01", "07:30", "16:00")])
        #expect(found.count == 1)
        #expect(found.first?.value == 9.5)
        #expect(found.first?.limit == 11)
        #expect(found.first?.date == LocalDate("2026-11-30"))
        #expect(found.first?.message == "rest between shifts 9.5 h < 11 h: 2026-11-30 22:00 → 2026-12-01 07:30")
    }

    @Test("Art. 3: a rest of exactly 11 h passes")
    func dailyRestExactlyPasses() {
        let found = Self.check(Self.rules(.minimumDailyRest(hours: 11)),
                               [Self.shift("2026-12-01", "12:00", "20:00"), Self.shift("2026-12-02", "07:00", "15:00")])
        #expect(found.isEmpty)
    }

    @Test("Art. 5: seven days in a row without a 24 h rest fail the weekly rest (Mon 2026-11-23 – Sun 29)")
    func weeklyRestFails() {
        let week = (23...29).map { Self.shift("2026-11-\($0)", "09:00", "17:00") }
        let found = Self.check(Self.rules(.minimumWeeklyRest(hours: 24, weekStart: .monday)), week)
        #expect(found.count == 1)
        #expect(found.first?.value == 16)   // 17:00 → 09:00 is the longest rest
        #expect(found.first?.date == LocalDate("2026-11-23"))
        #expect(found.first?.endDate == LocalDate("2026-11-29"))
        let consecutive = Self.check(Self.rules(.maximumConsecutiveDays(days: 6)), week)
        #expect(consecutive.map(\.value) == [7])
    }

    @Test("a whole week off (leave) between two working weeks is a week of rest, not a violation")
    func weekOffIsRest() {
        // Works Monday 2026-11-30 and Monday 2026-12-14; nothing in the week of 2026-12-07.
        let roster = [Self.shift("2026-11-30", "09:00", "17:00"), Self.shift("2026-12-14", "09:00", "17:00")]
        let found = Self.check(Self.rules(.minimumWeeklyRest(hours: 35, weekStart: .monday)), roster)
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test("Norway §10-8(2) 35 h weekly rest fails a 30 h rest that the EU's 24 h (Art. 5 second paragraph) allows")
    func norwayWeeklyRest() {
        let week = (23...28).map { Self.shift("2026-11-\($0)", "08:00", "16:00") } + [Self.shift("2026-11-29", "22:00", "06:00")]
        #expect(Self.check(Self.rules(.minimumWeeklyRest(hours: 24, weekStart: .monday)), week, zone: Self.oslo).isEmpty)
        let found = Self.check(Self.rules(.minimumWeeklyRest(hours: 35, weekStart: .monday)), week, zone: Self.oslo)
        #expect(found.map(\.value) == [30])   // Saturday 16:00 → Sunday 22:00
    }

    @Test("Art. 4: 6.5 h without a break fails a 6 h threshold; a 20-minute break passes")
    func breakAfterSixHours() {
        let rules = Self.rules(.breakAfterHours(hours: 6, breakMinutes: 20))
        let found = Self.check(rules, [Self.shift("2026-12-01", "09:00", "15:30")])
        #expect(found.map(\.value) == [0])
        #expect(found.first?.limit == 20)
        #expect(Self.check(rules, [Self.shift("2026-12-01", "09:00", "15:30",
                                               breaks: [RosterBreak(start: TimeOfDay("12:00")!, minutes: 20, paid: true)])]).isEmpty)
    }

    @Test("Norway §10-9(1): 6 h without a break fails 5.5 h / 30 min, which the EU's Art. 4 (more than 6 h) passes")
    func norwayBreak() {
        let day = [Self.shift("2026-12-01", "09:00", "15:00")]
        #expect(Self.check(Self.rules(.breakAfterHours(hours: 6, breakMinutes: 20)), day).isEmpty)
        let found = Self.check(Self.rules(.breakAfterHours(hours: 5.5, breakMinutes: 30)), day)
        #expect(found.count == 1)
        #expect(found.first?.limit == 30)
    }

    @Test("A night shift over the autumn clock change in Europe/Oslo (2026-10-25) is 9 h of real time, not 8")
    func dstNightShift() {
        let night = [Self.shift("2026-10-24", "22:00", "06:00")]
        let found = Self.check(Self.rules(.maximumDailyHours(hours: 8)), night, zone: Self.oslo)
        #expect(found.map(\.value) == [9])
        #expect(Self.check(Self.rules(.maximumDailyHours(hours: 9)), night, zone: Self.oslo).isEmpty)
        // Spring forward (2026-03-29, 02:00 → 03:00): the same clock times are 7 h.
        let spring = Self.check(Self.rules(.maximumDailyHours(hours: 6)), [Self.shift("2026-03-28", "22:00", "06:00")], zone: Self.oslo)
        #expect(spring.map(\.value) == [7])
    }

    @Test("Rest across the clock change counts real hours: 21:00 → 07:00 on 2026-10-25 in Oslo is 11 h")
    func dstRest() {
        let entries = [Self.shift("2026-10-24", "13:00", "21:00"), Self.shift("2026-10-25", "07:00", "15:00")]
        #expect(Self.check(Self.rules(.minimumDailyRest(hours: 11)), entries, zone: Self.oslo).isEmpty)
        #expect(Self.check(Self.rules(.minimumDailyRest(hours: 11)), entries, zone: TimeZone(identifier: "UTC")!).count == 1)
    }

    @Test("Art. 6(b): 50 h in a week averages above 48 h over a 1-week reference period; unpaid breaks are not working time")
    func averageWeeklyHours() {
        // Mon–Fri 08:00–18:30 with an unpaid 30-minute lunch: 10 h a day, 50 h in the week.
        let week = (23...27).map {
            Self.shift("2026-11-\($0)", "08:00", "18:30", breaks: [RosterBreak(start: TimeOfDay("12:00")!, minutes: 30, paid: false)])
        }
        let found = Self.check(Self.rules(.maximumAverageWeeklyHours(hours: 48, referenceWeeks: 1, weekStart: .monday)),
                               week + [Self.shift("2026-11-29", "10:00", "11:00", person: "x")])
        #expect(found.map(\.value) == [50])
        // Over two weeks with a second, empty week the average is 25 h.
        let twoWeeks = Self.check(Self.rules(.maximumAverageWeeklyHours(hours: 48, referenceWeeks: 2, weekStart: .monday)),
                                  week + [Self.shift("2026-12-06", "10:00", "11:00", person: "x")])
        #expect(twoWeeks.isEmpty)
    }

    @Test("Art. 8: a night shift 22:00–07:00 with an unpaid 30-minute break has 8.5 h of work, more than 8")
    func nightWork() {
        let rules = Self.rules(.nightWorkMaximumHours(hours: 8, nightStart: TimeOfDay("23:00")!, nightEnd: TimeOfDay("06:00")!,
                                                      minimumNightHours: 3))
        let found = Self.check(rules, [Self.shift("2026-12-01", "22:00", "07:00",
                                                  breaks: [RosterBreak(start: TimeOfDay("02:00")!, minutes: 30, paid: false)])])
        #expect(found.map(\.value) == [8.5])
        // A day shift of 9 h is not night work.
        #expect(Self.check(rules, [Self.shift("2026-12-01", "08:00", "17:00")]).isEmpty)
    }

    @Test("Violations are sorted by person, then day")
    func sorted() {
        let rules = Self.rules(.maximumDailyHours(hours: 8))
        let found = Self.check(rules, [Self.shift("2026-12-01", "08:00", "18:00", person: "zita"), Self.shift("2026-12-02", "08:00", "18:00", person: "ana"),
                                       Self.shift("2026-12-01", "08:00", "18:00", person: "ana")])
        #expect(found.map { "\($0.person) \($0.date)" } == ["ana 2026-12-01", "ana 2026-12-02", "zita 2026-12-01"])
    }
}
