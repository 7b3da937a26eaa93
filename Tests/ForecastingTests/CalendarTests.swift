import CivilTime
import Foundation
import Testing
@testable import Forecasting

@Suite("Dates and calendars")
struct CalendarTests {
    @Test("local dates know their weekday and count days across months and leap years")
    func localDates() throws {
        #expect(LocalDate("2003-03-03")?.weekday == .monday)     // the bank history starts on a Monday
        #expect(LocalDate("2026-11-23")?.weekday == .monday)
        #expect(LocalDate("2024-02-29")?.adding(days: 1).description == "2024-03-01")
        #expect(LocalDate("2023-02-29") == nil)
        #expect(LocalDate("2003-8-1") == nil)
        let start = try #require(LocalDate("2003-03-03"))
        #expect(LocalDate(dayNumber: start.dayNumber) == start)
        #expect(start.adding(days: 178).description == "2003-08-28")
    }

    static func allDay(_ zone: String) throws -> PlanningCalendar {
        let hours = try OpeningPeriod(parsing: "00:00-24:00")
        return try PlanningCalendar(timeZone: TimeZone(identifier: zone)!,
                                    openingHours: Dictionary(uniqueKeysWithValues: Weekday.allCases.map { ($0, [hours]) }))
    }

    /// EU summer time: clocks go forward at 01:00 UTC on the last Sunday of March and back at
    /// 01:00 UTC on the last Sunday of October (Directive 2000/84/EC). Vilnius is UTC+2/UTC+3.
    @Test("a 24-hour centre has 46, 48 and 50 half hours on the spring, ordinary and autumn days")
    func daylightSavingDays() throws {
        let calendar = try Self.allDay("Europe/Vilnius")
        #expect(calendar.intervalStarts(on: LocalDate("2026-03-29")!, lengthSeconds: 1800).count == 46)
        #expect(calendar.intervalStarts(on: LocalDate("2026-03-30")!, lengthSeconds: 1800).count == 48)
        #expect(calendar.intervalStarts(on: LocalDate("2026-10-25")!, lengthSeconds: 1800).count == 50)
        let spring = calendar.intervalStarts(on: LocalDate("2026-03-29")!, lengthSeconds: 1800)
        // 03:00 local does not exist that day: 02:30 EET is followed by 04:00 EEST, 30 minutes later.
        let minutes = spring.map(calendar.localMinute(of:))
        #expect(!minutes.contains(180))
        #expect(!minutes.contains(210))
        for (earlier, later) in zip(spring, spring.dropFirst()) {
            #expect(later.timeIntervalSince(earlier) == 1800)
        }
        let autumn = calendar.intervalStarts(on: LocalDate("2026-10-25")!, lengthSeconds: 1800)
        #expect(autumn.map(calendar.localMinute(of:)).filter { $0 == 180 }.count == 2, "03:00 happens twice")
        #expect(Set(autumn).count == 50)
    }

    @Test("closed dates, special opening hours and volume factors apply to their day only")
    func closuresAndSpecialDays() throws {
        let hours = try OpeningPeriod(parsing: "08:00-17:00")
        let halfDay = try OpeningPeriod(parsing: "08:00-13:00")
        let christmasEve = LocalDate("2026-12-24")!
        let calendar = try PlanningCalendar(
            timeZone: TimeZone(identifier: "Europe/Oslo")!,
            openingHours: [.monday: [hours], .tuesday: [hours], .wednesday: [hours], .thursday: [hours], .friday: [hours]],
            closedDates: [LocalDate("2026-12-25")!: "Første juledag"],
            specialDays: [christmasEve: try SpecialDay(date: christmasEve, label: "Julaften", volumeFactor: 0.6, openingHours: [halfDay]),
                          LocalDate("2026-12-28")!: try SpecialDay(date: LocalDate("2026-12-28")!, label: "Kampanje", volumeFactor: 1.3)])
        #expect(calendar.intervalStarts(on: LocalDate("2026-12-23")!, lengthSeconds: 1800).count == 18)
        #expect(calendar.intervalStarts(on: christmasEve, lengthSeconds: 1800).count == 10)
        #expect(calendar.intervalStarts(on: LocalDate("2026-12-25")!, lengthSeconds: 1800).isEmpty)
        #expect(calendar.intervalStarts(on: LocalDate("2026-12-26")!, lengthSeconds: 1800).isEmpty, "Saturday")
        #expect(calendar.volumeFactor(on: LocalDate("2026-12-28")!) == 1.3)
        #expect(calendar.volumeFactor(on: LocalDate("2026-12-29")!) == 1)
    }

    @Test("overlapping opening periods and malformed hours are refused")
    func badCalendars() {
        #expect(throws: ForecastingError.self) { try OpeningPeriod(parsing: "17:00-08:00") }
        #expect(throws: ForecastingError.self) { try OpeningPeriod(parsing: "8-17") }
        #expect(throws: ForecastingError.self) {
            try PlanningCalendar(timeZone: .gmt, openingHours: [
                .monday: [try OpeningPeriod(parsing: "08:00-12:00"), try OpeningPeriod(parsing: "11:00-15:00")],
            ])
        }
    }

    @Test("turn-of-month and after-holiday days are recognised from the calendar")
    func dayClasses() throws {
        let calendar = try BankData.calendar()
        #expect(DayClass.classes(of: LocalDate("2003-07-31")!, calendar: calendar) == [.lastBusinessDayOfMonth])
        #expect(DayClass.classes(of: LocalDate("2003-08-01")!, calendar: calendar) == [.firstBusinessDayOfMonth])
        #expect(DayClass.classes(of: LocalDate("2003-08-04")!, calendar: calendar) == [.secondBusinessDayOfMonth])
        #expect(DayClass.classes(of: LocalDate("2003-07-07")!, calendar: calendar) == [.afterClosure])
        #expect(DayClass.classes(of: LocalDate("2003-05-27")!, calendar: calendar) == [.afterClosure])
        #expect(DayClass.classes(of: LocalDate("2003-07-16")!, calendar: calendar).isEmpty)
    }
}
