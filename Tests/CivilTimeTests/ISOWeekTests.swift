import CivilTime
import Testing

@Suite("ISO weeks and calendar months")
struct ISOWeekTests {
    /// Wikipedia, "ISO week date", examples of dates around New Year and their ISO weeks.
    @Test("dates around New Year fall in the ISO week of their Thursday", arguments: [
        ("2005-01-01", "2004-W53"), ("2005-01-02", "2004-W53"), ("2005-12-31", "2005-W52"),
        ("2006-01-01", "2005-W52"), ("2006-01-02", "2006-W01"), ("2006-12-31", "2006-W52"),
        ("2007-01-01", "2007-W01"), ("2007-12-30", "2007-W52"), ("2007-12-31", "2008-W01"),
        ("2008-01-01", "2008-W01"), ("2008-12-28", "2008-W52"), ("2008-12-29", "2009-W01"),
        ("2008-12-31", "2009-W01"), ("2009-01-01", "2009-W01"), ("2009-12-31", "2009-W53"),
        ("2010-01-01", "2009-W53"), ("2010-01-03", "2009-W53"), ("2010-01-04", "2010-W01"),
    ])
    func wikipediaExamples(date: String, week: String) throws {
        let day = try #require(LocalDate(date))
        #expect(ISOWeek(containing: day).description == week)
    }

    @Test("every day maps to a week whose Monday is at most six days earlier")
    func mondayRoundTrip() throws {
        let start = try #require(LocalDate("2019-12-20"))
        for offset in 0..<2_000 {
            let day = start.adding(days: offset)
            let week = ISOWeek(containing: day)
            let monday = week.monday
            #expect(monday.weekday == .monday)
            #expect((0...6).contains(day.dayNumber - monday.dayNumber))
            #expect(ISOWeek(containing: monday) == week)
        }
    }

    @Test("months are written YYYY-MM and ordered in time")
    func months() throws {
        let november = CalendarMonth(containing: try #require(LocalDate("2026-11-30")))
        let december = CalendarMonth(containing: try #require(LocalDate("2026-12-01")))
        #expect(november.description == "2026-11")
        #expect(november < december)
        #expect(ISOWeek(containing: try #require(LocalDate("2026-11-23"))).description == "2026-W48")
    }
}
