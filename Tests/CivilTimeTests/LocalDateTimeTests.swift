import CivilTime
import Foundation
import Testing

@Suite("Local date-times")
struct LocalDateTimeTests {
    @Test("files' ways of writing a date and time all parse to the reading as written", arguments: [
        ("2003-08-18T07:30", "2003-08-18T07:30:00"), ("2003-08-18 07:30:00", "2003-08-18T07:30:00"),
        ("  2003-08-18T07:30:15.250  ", "2003-08-18T07:30:15"), ("2024-02-29T23:59:59", "2024-02-29T23:59:59"),
    ])
    func parses(text: String, expected: String) throws {
        #expect(try #require(LocalDateTime(text)).description == expected)
    }

    @Test("malformed or impossible readings are refused", arguments: [
        "2003-08-18", "2003-08-18T7:30", "2003-08-18x07:30", "2003-08-18T24:00", "2003-08-18T07:60",
        "2003-08-18T07:30:60", "2023-02-29T07:30", "2003-13-01T07:30", "2003-08-18T07:30:", "2003-08-18T07:30:00.",
        "2003-08-18T07:30 x", "２００３-08-18T07:30",
    ])
    func refuses(text: String) {
        #expect(LocalDateTime.parsing(text) == nil)
    }

    @Test("a zone designator is returned beside the reading, which is not converted")
    func zoneDesignators() throws {
        let utc = try #require(LocalDateTime.parsing("2003-08-18T07:30:00Z"))
        #expect(utc.dateTime.description == "2003-08-18T07:30:00")
        #expect(utc.zone == .utc)
        #expect(try #require(LocalDateTime.parsing("2003-09-02T07:00:00-04:00")).zone == .offset(seconds: -14_400))
        #expect(try #require(LocalDateTime.parsing("2003-09-02T07:00+0530")).zone == .offset(seconds: 19_800))
        #expect(try #require(LocalDateTime.parsing("2003-09-02T07:00+01")).zone == .offset(seconds: 3_600))
        #expect(LocalDateTime.parsing("2003-09-02T07:00+15:00") == nil, "no zone is 15 hours from UTC")
        #expect(LocalDateTime("2003-08-18T07:30:00Z") == nil, "the plain initialiser takes no zone")
    }

    @Test("seconds outside one day carry into the date, both ways")
    func carries() throws {
        let day = try #require(LocalDate("2026-03-29"))
        #expect(LocalDateTime(date: day, secondOfDay: 90_000).description == "2026-03-30T01:00:00")
        #expect(LocalDateTime(date: day, secondOfDay: -1).description == "2026-03-28T23:59:59")
        #expect(LocalDateTime(date: day, time: TimeOfDay(hour: 7, minute: 30), second: 5).description == "2026-03-29T07:30:05")
    }

    /// Europe/Vilnius moves from +02:00 to +03:00 at 03:00 local time on 2026-03-29 (IANA tz database).
    @Test("an instant's reading uses the zone's offset at that instant, across a DST change")
    func readingOfInstant() throws {
        let vilnius = try #require(TimeZone(identifier: "Europe/Vilnius"))
        let beforeChange = Date(timeIntervalSince1970: 1_774_745_999)   // 2026-03-29T00:59:59Z
        let afterChange = Date(timeIntervalSince1970: 1_774_746_000)    // 2026-03-29T01:00:00Z
        #expect(LocalDateTime(beforeChange, in: vilnius).description == "2026-03-29T02:59:59")
        #expect(LocalDateTime(afterChange, in: vilnius).description == "2026-03-29T04:00:00")
        let reading = try #require(LocalDateTime("2026-03-29T04:00"))
        #expect(reading.date(in: vilnius) == afterChange)
        #expect(reading.timeOfDay == TimeOfDay(hour: 4, minute: 0))
        #expect(reading.secondsSince1970 - LocalDateTime(beforeChange, in: vilnius).secondsSince1970 == 3_601)
    }

    @Test("readings are ordered in time and coded as their text")
    func orderAndCoding() throws {
        let early = try #require(LocalDateTime("2026-11-23T07:30"))
        let late = try #require(LocalDateTime("2026-11-23T21:00"))
        #expect(early < late)
        let data = try JSONEncoder().encode([early])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-11-23T07:30:00"]"#)
        #expect(try JSONDecoder().decode([LocalDateTime].self, from: data) == [early])
    }
}
