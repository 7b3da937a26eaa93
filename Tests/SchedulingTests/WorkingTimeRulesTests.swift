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

    /// The average-hours rules of schedules/working-time-eu.yaml and working-time-no.yaml.
    static let euAverage = rules(.maximumAverageWeeklyHours(hours: 48, referenceWeeks: 17, weekStart: .monday))
    static let norwayWeek = rules(.maximumAverageWeeklyHours(hours: 40, referenceWeeks: 1, weekStart: .monday))

    @Test("A Mon–Fri week of 5 × 8 h is 40 h a week: within the EU's 48 h average and Norway's 40 h week")
    func fiveEightHourDaysPass() {
        // 5 × 8 h = 40 h in the calendar week Mon 2026-11-23 – Sun 29. Directive 2003/88/EC
        // Art. 6(b) with Art. 16(b): average 40 h over the one week covered ≤ 48 h.
        // Arbeidsmiljøloven §10-4(1): 40 h per 7 days ≤ 40 h.
        let week = (23...27).map { Self.shift("2026-11-\($0)", "08:00", "16:00") }
        #expect(Self.check(Self.euAverage, week).isEmpty)
        #expect(Self.check(Self.norwayWeek, week).isEmpty)
        // A week the roster enters on Wednesday counts as a whole week: Wed–Sun 5 × 8 h is 40 h too.
        let fromWednesday = (25...29).map { Self.shift("2026-11-\($0)", "08:00", "16:00") }
        #expect(Self.check(Self.norwayWeek, fromWednesday).isEmpty)
    }

    @Test("One 8-hour shift is 8 h in its week, not 8 h pro-rated to a 56 h week")
    func singleShiftIsItsHours() {
        let one = [Self.shift("2026-11-25", "08:00", "16:00")]
        #expect(Self.check(Self.euAverage, one).isEmpty)
        // Against a 7 h limit the value is the week's 8 h (8 h / 1 week).
        let found = Self.check(Self.rules(.maximumAverageWeeklyHours(hours: 7, referenceWeeks: 1, weekStart: .monday)), one)
        #expect(found.map(\.value) == [8])
        #expect(found.first?.date == LocalDate("2026-11-23"))
        #expect(found.first?.endDate == LocalDate("2026-11-29"))
    }

    @Test("Norway §10-4(1): 6 × 10 h in one week is 60 h > 40 h, whether or not someone else works on Sunday")
    func sixTenHourDaysFailNorway() {
        // Mon 2026-11-23 – Sat 28, 08:00–18:00 without breaks: 6 × 10 h = 60 h in the week; the
        // reference period is the week (reference_weeks: 1), so 60 h > 40 h.
        let week = (23...28).map { Self.shift("2026-11-\($0)", "08:00", "18:00") }
        let alone = Self.check(Self.norwayWeek, week)
        #expect(alone.map(\.value) == [60])
        #expect(alone.first?.message == "working time in the week 2026-11-23 – 2026-11-29 60 h > 40 h")
        let withOthers = Self.check(Self.norwayWeek, week + [Self.shift("2026-11-29", "10:00", "11:00", person: "x")])
        #expect(withOthers.filter { $0.person == "ona" }.map(\.value) == [60])
    }

    @Test("Art. 16(b): a roster shorter than the 17-week reference period averages over the calendar weeks it covers, empty weeks as 0 h")
    func shortRosterAveragesOverItsWeeks() {
        // Week of 2026-11-23: 6 × 10 h = 60 h; week of 2026-11-30: nothing (another person works
        // there, so the roster covers it); week of 2026-12-07: 5 × 10 h = 50 h.
        // Average (60 + 0 + 50) / 3 weeks = 36.67 h ≤ 48 h (Directive 2003/88/EC Art. 6(b), 16(b)).
        let first = (23...28).map { Self.shift("2026-11-\($0)", "08:00", "18:00") }
        let third = (7...11).map { Self.shift(String(format: "2026-12-%02d", $0), "08:00", "18:00") }
        let other = Self.shift("2026-12-02", "10:00", "11:00", person: "x")
        #expect(Self.check(Self.euAverage, first + [other] + third).isEmpty)
        // Week by week (Norway, one-week periods) the first and third weeks fail; the empty one does not.
        #expect(Self.check(Self.norwayWeek, first + [other] + third).filter { $0.person == "ona" }.map(\.value) == [60, 50])
        // Without the empty week, two weeks of 60 h and 50 h average (60 + 50) / 2 = 55 h > 48 h.
        let second = (30...30).map { Self.shift("2026-11-\($0)", "08:00", "18:00") }
            + (1...4).map { Self.shift("2026-12-0\($0)", "08:00", "18:00") }
        let found = Self.check(Self.euAverage, first + second)
        #expect(found.map(\.value) == [55])
        #expect(found.first?.message
            == "average weekly working time 2026-11-23 – 2026-12-06 55 h > 48 h (110 h in 2 weeks of the 17-week reference period)")
    }

    @Test("Reference periods of two weeks follow one another from the roster's first week")
    func consecutiveReferencePeriods() {
        // 2-week periods from Mon 2026-11-23: [11-23, 12-06] and [12-07, 12-20]. 60 h in the week
        // of 11-30 and 60 h in the week of 12-07 fall into different periods: 30 h each on average.
        let a = (30...30).map { Self.shift("2026-11-\($0)", "08:00", "18:00") }
            + (1...5).map { Self.shift("2026-12-0\($0)", "08:00", "18:00") }
        let b = (7...12).map { Self.shift(String(format: "2026-12-%02d", $0), "08:00", "18:00") }
        let start = Self.shift("2026-11-23", "10:00", "11:00", person: "x")
        let end = Self.shift("2026-12-20", "10:00", "11:00", person: "x")
        let rules = Self.rules(.maximumAverageWeeklyHours(hours: 40, referenceWeeks: 2, weekStart: .monday))
        #expect(Self.check(rules, [start] + a + b + [end]).isEmpty)
        // Without x the roster starts on 11-30: the periods are [11-30, 12-13], holding both 60 h weeks.
        #expect(Self.check(rules, a + b).map(\.value) == [60])
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
