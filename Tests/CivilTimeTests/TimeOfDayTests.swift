import CivilTime
import Testing

@Suite("Times of day")
struct TimeOfDayTests {
    @Test("H:MM and HH:MM parse to minutes after midnight", arguments: [
        ("00:00", 0), ("7:30", 450), ("07:30", 450), ("21:30", 1_290), ("23:59", 1_439),
    ])
    func parses(text: String, minutes: Int) throws {
        #expect(try #require(TimeOfDay(text)).minutes == minutes)
    }

    @Test("malformed times are refused", arguments: ["24:00", "07:60", "7:3", "073:00", "07.30", "07:30:00", "", "٠٧:٣٠"])
    func refuses(text: String) {
        #expect(TimeOfDay(text) == nil)
    }

    @Test("minutes outside one day wrap round, and the text is always HH:MM")
    func wraps() {
        #expect(TimeOfDay(minutes: 1_500).description == "01:00")
        #expect(TimeOfDay(minutes: -30).description == "23:30")
        #expect(TimeOfDay.text(1_530) == "01:30")
        #expect(TimeOfDay(hour: 7, minute: 5) < TimeOfDay(hour: 7, minute: 6))
    }
}

@Suite("Calendar months")
struct CalendarMonthTests {
    @Test("a month knows its first day and the month after, across New Year")
    func firstDayAndNext() throws {
        let december = CalendarMonth(containing: try #require(LocalDate("2026-12-31")))
        #expect(december.firstDay.description == "2026-12-01")
        #expect(december.next.description == "2027-01")
        let january = CalendarMonth(containing: try #require(LocalDate("2027-01-31")))
        #expect(january.next.description == "2027-02", "31 days after the first always lands in the next month")
    }

    @Test("through(_:_:) lists the months in order and nothing when the range is backwards")
    func through() throws {
        let november = CalendarMonth(containing: try #require(LocalDate("2026-11-15")))
        let february = CalendarMonth(containing: try #require(LocalDate("2027-02-01")))
        #expect(CalendarMonth.through(november, february).map(\.description) == ["2026-11", "2026-12", "2027-01", "2027-02"])
        #expect(CalendarMonth.through(february, november).isEmpty)
    }
}
