import CivilTime
import Foundation
import Scheduling
import Testing

/// A roster kept as a document: its coverage counts assigned shifts (not open ones, not breaks),
/// and its day and week totals add up by hand.
@Suite("Roster documents: coverage and totals")
struct RosterDocumentTests {
    static let monday = LocalDate("2026-12-07")!

    /// 08:00–12:00 with a 15-minute break at 10:00.
    static let morning = ShiftVariant(template: "morning", start: TimeOfDay(hour: 8, minute: 0), lengthMinutes: 240,
                                      breaks: [PlacedBreak(name: "break", offsetMinutes: 120, durationMinutes: 15, isPaid: true)],
                                      cost: 4)
    /// 22:00–02:00, over midnight.
    static let night = ShiftVariant(template: "night", start: TimeOfDay(hour: 22, minute: 0), lengthMinutes: 240, breaks: [], cost: 4)

    static func document(service: ServiceExpectation? = nil) -> RosterDocument {
        let intervals = [
            (0, 8 * 60, 1.0, 10.0), (0, 10 * 60, 2.0, 20.0), (0, 23 * 60, 1.0, 0.0), (1, 1 * 60, 1.0, 5.0), (1, 9 * 60, 1.0, 10.0),
        ].map { day, minute, required, calls in
            RequirementInterval(date: monday.adding(days: day), start: TimeOfDay(minutes: minute), required: required,
                                workload: IntervalWorkload(calls: calls, handleSeconds: 180))
        }
        let shifts = [
            RosteredShift(person: "ana", date: monday, variant: morning),
            RosteredShift(person: "ben", date: monday, variant: morning),
            RosteredShift(person: nil, date: monday.adding(days: 1), variant: morning),
            RosteredShift(person: "cai", date: monday, variant: night),
        ]
        return RosterDocument(name: "test", firstDay: monday, weeks: 2, timeZone: "Europe/Oslo", ruleSet: "EU", intervalMinutes: 60,
                              staff: [], shifts: shifts, intervals: intervals, violations: [], service: service, notes: [])
    }

    @Test("a document keeps each assigned shift's own breaks when variants share the day and times")
    func documentKeepsTheAssignedBreaks() {
        // Two variants of 08:00–12:00 that differ only in the break: 10:00 and 10:30.
        let late = ShiftVariant(template: "morning", start: TimeOfDay(hour: 8, minute: 0), lengthMinutes: 240,
                                breaks: [PlacedBreak(name: "break", offsetMinutes: 150, durationMinutes: 15, isPaid: true)], cost: 4)
        let planned = [RosterShift(date: Self.monday, variant: Self.morning), RosterShift(date: Self.monday, variant: late)]
        // Ana got the 10:30 break, Ben the 10:00 one: the entries list Ana first.
        let entries = [planned[1].entry(for: "ana"), planned[0].entry(for: "ben")]
        let assignment = RosterAssignment(roster: Roster(timeZone: TimeZone(identifier: "Europe/Oslo")!, entries: entries),
                                          unassigned: [], violations: [], hours: [])
        let document = RosterDocument(name: "test", assignment: assignment, planned: planned, intervals: [], intervalMinutes: 60,
                                      firstDay: Self.monday, weeks: 1, ruleSet: "EU", service: nil, notes: [])
        #expect(document.roster.entries == entries)
        #expect(document.shifts.first { $0.person == "ana" }?.variant == late)
    }

    @Test("coverage: breaks take their part of the interval, a night shift covers the next morning, open shifts count 0")
    func coverage() {
        let coverage = Self.document().coverage()
        #expect(coverage.map(\.scheduled) == [2, 1.5, 1, 1, 0])
        #expect(coverage.map(\.shortfall) == [0, 0.5, 0, 0, 1])
        #expect(coverage.map(\.surplus) == [1, 0, 0, 0, 0])
    }

    @Test("totals per day and per roster week, by hand")
    func totals() {
        let (days, weeks) = Self.document().totals()
        #expect(days.count == 14)
        #expect(days[0].requiredHours == 4 && days[0].scheduledHours == 4.5)
        #expect(days[0].shortHours == 0.5 && days[0].overHours == 1 && days[0].intervalsShort == 1)
        #expect(days[1].requiredHours == 2 && days[1].scheduledHours == 1 && days[1].shortHours == 1)
        #expect(days[2].intervals == 0 && days[2].requiredHours == 0)
        #expect(weeks.count == 2)
        #expect(weeks[0].firstDay == Self.monday && weeks[0].lastDay == Self.monday.adding(days: 6))
        #expect(weeks[0].requiredHours == 6 && weeks[0].scheduledHours == 5.5 && weeks[0].shortHours == 1.5)
        #expect(weeks[0].intervalsShort == 2 && weeks[0].calls == 45)
        #expect(weeks[1].requiredHours == 0 && weeks[1].intervals == 0)
        #expect(weeks[0].serviceLevel == nil, "no service expectation given")
    }

    @Test("the period's service level is its intervals' weighted by calls")
    func weightedServiceLevel() throws {
        let service = ServiceExpectation(seconds: 20, target: 0.8, shrinkage: 0)
        let document = Self.document(service: service)
        let coverage = document.coverage()
        var answered = 0.0, calls = 0.0
        for interval in coverage where interval.date == Self.monday {
            let workload = try #require(interval.workload)
            answered += (service.serviceLevel(working: interval.scheduled, workload: workload, intervalMinutes: 60) ?? 0) * workload.calls
            calls += workload.calls
        }
        let (days, weeks) = document.totals()
        #expect(abs(try #require(days[0].serviceLevel) - answered / calls) < 1e-12)
        let tuesday = try #require(days[1].serviceLevel)
        let week = try #require(weeks[0].serviceLevel)
        #expect(abs(week - (answered + tuesday * 15) / 45) < 1e-12)
    }

    @Test("the rules see assigned shifts only, with breaks at their clock times")
    func roster() {
        let entries = Self.document().roster.entries
        #expect(entries.map(\.person) == ["ana", "ben", "cai"])
        #expect(entries[0].breaks == [RosterBreak(start: TimeOfDay(hour: 10, minute: 0), minutes: 15, paid: true)])
        #expect(entries[2].endDate == Self.monday.adding(days: 1))
    }

    @Test("a booked activity takes its worked minutes off coverage; during a break it takes nothing twice; off-shift it changes nothing")
    func activities() {
        var document = Self.document()
        document.activities = [
            // 10:00–10:30: Ana is on a break 10:00–10:15, so only 10:15–10:30 (15 of her 45 worked minutes) goes.
            RosterActivity(person: "ana", date: Self.monday, start: TimeOfDay(hour: 10, minute: 0), minutes: 30, name: "coaching"),
            // Ben's day off on Tuesday: nothing to take.
            RosterActivity(person: "ben", date: Self.monday.adding(days: 1), start: TimeOfDay(hour: 9, minute: 0), minutes: 60,
                           name: "training"),
            // Cai's night shift, after midnight: 01:00–01:30 on Tuesday.
            RosterActivity(person: "cai", date: Self.monday.adding(days: 1), start: TimeOfDay(hour: 1, minute: 0), minutes: 30,
                           name: "coaching"),
        ]
        #expect(document.coverage().map(\.scheduled) == [2, 1.25, 1, 0.5, 0])
        let (inside, outside) = document.placedActivities()
        #expect(inside.map(\.person) == ["ana", "cai"])
        #expect(outside.map(\.person) == ["ben"])
    }
}
