import CivilTime
import Testing
@testable import Scheduling

@Suite("Shift templates and their variants")
struct ShiftTemplateTests {
    private func time(_ text: String) -> TimeOfDay { TimeOfDay(text)! }
    private func after(_ minutes: Int) -> BreakWindowBound { .afterStart(minutes: minutes) }

    private func field(of error: SchedulingError?) -> String? {
        if case let .invalidTemplate(_, field, _, _) = error { return field }
        return nil
    }

    private func rejection(_ make: () throws(SchedulingError) -> ShiftTemplate) -> SchedulingError? {
        do {
            _ = try make()
            return nil
        } catch {
            return error
        }
    }

    @Test("cost defaults to paid hours: length minus unpaid breaks")
    func defaultCost() throws {
        let template = try ShiftTemplate(name: "full", starts: [time("07:00")], lengthMinutes: 510, breaks: [
            BreakRule(name: "break", durationMinutes: 15, isPaid: true, earliest: after(90), latest: after(150)),
            BreakRule(name: "lunch", durationMinutes: 30, isPaid: false, earliest: after(210), latest: after(300)),
        ])
        #expect(template.paidMinutes == 480)
        #expect(template.cost == 8)
        #expect(try ShiftTemplate(name: "x", starts: [time("07:00")], lengthMinutes: 240, cost: 50).cost == 50)
    }

    @Test("rules that do not depend on the grid are checked at once, naming the field")
    func invalidTemplates() {
        #expect(field(of: rejection { () throws(SchedulingError) in
            try ShiftTemplate(name: "x", starts: [], lengthMinutes: 60) }) == "starts")
        #expect(field(of: rejection { () throws(SchedulingError) in
            try ShiftTemplate(name: "x", starts: [time("07:00"), time("07:00")], lengthMinutes: 60) }) == "starts")
        #expect(field(of: rejection { () throws(SchedulingError) in
            try ShiftTemplate(name: "x", starts: [time("07:00")], lengthMinutes: 0) }) == "length")
        #expect(field(of: rejection { () throws(SchedulingError) in
            try ShiftTemplate(name: "x", starts: [time("07:00")], lengthMinutes: 60, days: []) }) == "days")
        #expect(field(of: rejection { () throws(SchedulingError) in
            try ShiftTemplate(name: "x", starts: [time("07:00")], lengthMinutes: 60, minimumPerDay: 3, maximumPerDay: 2) }) == "max_per_day")
        // A break that would end after the shift.
        #expect(field(of: rejection { () throws(SchedulingError) in
            try ShiftTemplate(name: "x", starts: [time("07:00")], lengthMinutes: 240, breaks: [
                BreakRule(name: "b", durationMinutes: 15, isPaid: true, earliest: after(60), latest: after(230))]) }) == "breaks[0].latest")
        // A window that closes before it opens.
        #expect(field(of: rejection { () throws(SchedulingError) in
            try ShiftTemplate(name: "x", starts: [time("07:00")], lengthMinutes: 240, breaks: [
                BreakRule(name: "b", durationMinutes: 15, isPaid: true, earliest: after(120), latest: after(60))]) }) == "breaks[0].latest")
        // A clock window outside one of the starts' shifts.
        #expect(field(of: rejection { () throws(SchedulingError) in
            try ShiftTemplate(name: "x", starts: [time("07:00"), time("14:00")], lengthMinutes: 240, breaks: [
                BreakRule(name: "b", durationMinutes: 15, isPaid: true, earliest: .clock(time("09:00")),
                          latest: .clock(time("10:00")))]) }) == "breaks[0]")
    }

    @Test("two breaks whose windows leave no room for both are named")
    func overlappingWindows() {
        // Lunch 60m must start 2h–2h15m; a 30m break must start 2h30m–2h45m: the lunch ends at 3h
        // at the earliest, after the break's latest start.
        let error = rejection { () throws(SchedulingError) in
            try ShiftTemplate(name: "x", starts: [time("07:00")], lengthMinutes: 480, breaks: [
                BreakRule(name: "lunch", durationMinutes: 60, isPaid: false, earliest: after(120), latest: after(135)),
                BreakRule(name: "break", durationMinutes: 30, isPaid: true, earliest: after(150), latest: after(165))])
        }
        #expect(field(of: error) == "breaks[1]")
        #expect(error?.description.contains("'lunch' (1h, unpaid) and 'break' (30m, paid) cannot both fit") == true)
        // The same windows with room to spare are fine.
        #expect(rejection { () throws(SchedulingError) in
            try ShiftTemplate(name: "x", starts: [time("07:00")], lengthMinutes: 480, breaks: [
                BreakRule(name: "lunch", durationMinutes: 60, isPaid: false, earliest: after(120), latest: after(135)),
                BreakRule(name: "break", durationMinutes: 30, isPaid: true, earliest: after(150), latest: after(180))])
        } == nil)
    }

    /// An 8-hour shift at 07:00 with a 15-minute break 1h30m–2h30m after the start and a 30-minute
    /// lunch 3h30m–5h: on a 15-minute grid the break has 5 starts (08:30 … 09:30) and the lunch 7
    /// (10:30 … 12:00), 35 variants, none overlapping since the windows are apart.
    @Test("variants are every start times every break placement on the grid, inside the windows")
    func variantsRespectWindows() throws {
        let template = try ShiftTemplate(name: "full", starts: [time("07:00"), time("08:00")], lengthMinutes: 480, breaks: [
            BreakRule(name: "break", durationMinutes: 15, isPaid: true, earliest: after(90), latest: after(150)),
            BreakRule(name: "lunch", durationMinutes: 30, isPaid: false, earliest: after(210), latest: after(300)),
        ])
        let variants = try template.variants(gridMinutes: 15)
        #expect(variants.count == 2 * 5 * 7)
        #expect(Set(variants).count == variants.count)
        for variant in variants {
            let breakStart = variant.breaks.first { $0.name == "break" }!.offsetMinutes
            let lunchStart = variant.breaks.first { $0.name == "lunch" }!.offsetMinutes
            #expect((90...150).contains(breakStart) && (210...300).contains(lunchStart))
            #expect((variant.start.minutes + breakStart) % 15 == 0 && (variant.start.minutes + lunchStart) % 15 == 0)
            #expect(variant.paidMinutes == 450)
        }
        // On a 30-minute grid: break starts 08:30, 09:00, 09:30; lunch 10:30 … 12:00 (4).
        #expect(try template.variants(gridMinutes: 30).count == 2 * 3 * 4)
    }

    /// Two identical 15-minute breaks allowed anywhere in 1h–2h of a 4-hour shift, on a 30-minute
    /// grid (starts 1h, 1h30m, 2h): placements are pairs of distinct starts — {1h, 1h30m},
    /// {1h, 2h}, {1h30m, 2h} — counted once each, not once per order.
    @Test("breaks with overlapping windows never overlap each other and identical ones are not doubled")
    func overlappingWindowVariants() throws {
        let template = try ShiftTemplate(name: "p", starts: [time("09:00")], lengthMinutes: 240, breaks: [
            BreakRule(name: "break", durationMinutes: 15, isPaid: true, earliest: after(60), latest: after(120)),
            BreakRule(name: "break", durationMinutes: 15, isPaid: true, earliest: after(60), latest: after(120)),
        ])
        let variants = try template.variants(gridMinutes: 30)
        #expect(variants.map { $0.breaks.map(\.offsetMinutes) }.sorted { $0.lexicographicallyPrecedes($1) }
            == [[60, 90], [60, 120], [90, 120]])
    }

    @Test("clock windows are read on the clock, also past midnight")
    func clockWindows() throws {
        let night = try ShiftTemplate(name: "night", starts: [time("22:00")], lengthMinutes: 480, breaks: [
            BreakRule(name: "lunch", durationMinutes: 30, isPaid: false, earliest: .clock(time("01:00")), latest: .clock(time("02:00"))),
        ])
        let variants = try night.variants(gridMinutes: 30)
        #expect(variants.map { $0.breaks[0].offsetMinutes } == [180, 210, 240])
        #expect(variants.allSatisfy { $0.spansMidnight && $0.end == TimeOfDay("06:00")! })
        // Worked minutes count on the start day's clock: 00:00–01:00 of the next day is 1440–1500.
        #expect(variants[0].workedMinutes(from: 1440, to: 1500) == 60)
        #expect(variants[0].workedMinutes(from: 1500, to: 1530) == 0)
    }

    @Test("a break off the grid for some start is reported for that start")
    func noGridPlacement() throws {
        let template = try ShiftTemplate(name: "odd", starts: [time("07:10")], lengthMinutes: 240, breaks: [
            BreakRule(name: "break", durationMinutes: 15, isPaid: true, earliest: after(60), latest: after(70)),
        ])
        #expect(throws: SchedulingError.self) { try template.variants(gridMinutes: 30) }
        #expect(try template.variants(gridMinutes: 5).count == 3)
    }

    @Test("durations and clock times read the way shift files write them")
    func textForms() {
        #expect(DurationText.minutes("8h") == 480)
        #expect(DurationText.minutes("7h30m") == 450)
        #expect(DurationText.minutes("45m") == 45)
        #expect(DurationText.minutes("1h 15m") == 75)
        #expect(DurationText.minutes("8") == nil)
        #expect(DurationText.minutes("30m2h") == nil)
        #expect(DurationText.text(minutes: 510) == "8h30m")
        #expect(TimeOfDay("7:05")?.minutes == 425)
        #expect(TimeOfDay("24:00") == nil)
        #expect(TimeOfDay(minutes: 1530).description == "01:30")
    }
}
