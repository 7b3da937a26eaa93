import CivilTime
import Foundation
import Testing

@Suite("Local dates")
struct LocalDateTests {
    @Test("day numbers follow the proleptic Gregorian calendar across leap years and centuries", arguments: [
        ("1970-01-01", 0), ("2000-02-29", 11_016), ("2003-03-03", 12_114), ("1900-03-01", -25_508), ("2100-03-01", 47_541),
    ])
    func dayNumbers(text: String, number: Int) throws {
        let date = try #require(LocalDate(text))
        #expect(date.dayNumber == number)
        #expect(LocalDate(dayNumber: number).description == text)
    }

    @Test("impossible dates and malformed text are refused", arguments: ["2023-02-29", "1900-02-29", "2026-13-01", "2026-1-01", "26-01-01", "2026-01-0x", ""])
    func invalid(text: String) {
        #expect(LocalDate(text) == nil)
    }

    @Test("weekdays: 2003-03-03 and 2026-11-23 are Mondays, 1970-01-01 a Thursday")
    func weekdays() {
        #expect(LocalDate("2003-03-03")?.weekday == .monday)
        #expect(LocalDate("2026-11-23")?.weekday == .monday)
        #expect(LocalDate("1970-01-01")?.weekday == .thursday)
        #expect(LocalDate("2026-11-29")?.weekday == .sunday)
    }

    @Test("an instant falls on its local date in the zone, not in UTC")
    func localDateOfInstant() {
        // 2026-11-23T23:30Z is already 24 November in Vilnius (UTC+2) and still the 23rd in New York.
        let instant = Date(timeIntervalSince1970: 1_795_476_600)
        #expect(LocalDate(instant, in: TimeZone(identifier: "Europe/Vilnius")!).description == "2026-11-24")
        #expect(LocalDate(instant, in: TimeZone(identifier: "America/New_York")!).description == "2026-11-23")
    }

    @Test("dates encode as YYYY-MM-DD text and refuse anything else")
    func codable() throws {
        let date = try #require(LocalDate("2026-12-24"))
        let data = try JSONEncoder().encode([date])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-12-24"]"#)
        #expect(try JSONDecoder().decode([LocalDate].self, from: data) == [date])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([LocalDate].self, from: Data(#"["24.12.2026"]"#.utf8)) }
    }
}
