import CivilTime
import Foundation
import Testing

/// The ISO 8601 forms against Foundation's own formatters (the forms Headset printed with them
/// before), and the database form against its round trip.
@Suite("ISO 8601 text")
struct ISO8601TextTests {
    /// Whole and fractional seconds from 1901 to 2100, both sides of the epoch, and DST changes
    /// in New York, Vilnius and Lord Howe (a 30-minute change).
    static let instants: [Date] = [
        -2_000_000_000, -1.5, 0, 0.999, 1_046_692_800, 1_062_500_400.25, 1_741_503_600, 1_774_745_999, 1_774_746_000,
        1_792_882_800, 1_800_000_000, 4_102_444_799,
    ].map { Date(timeIntervalSince1970: $0) }
    static let zones = ["UTC", "America/New_York", "Europe/Vilnius", "Europe/London", "Asia/Kolkata", "Australia/Lord_Howe",
                        "Pacific/Kiritimati"]

    @Test("UTC text matches Foundation's ISO8601FormatStyle and reads back", arguments: instants)
    func utc(instant: Date) {
        let text = ISO8601Text.utc(instant)
        #expect(text == instant.formatted(Date.ISO8601FormatStyle()))
        #expect(ISO8601Text.instant(utc: text) == Date(timeIntervalSince1970: instant.timeIntervalSince1970.rounded(.down)))
    }

    @Test("local text with a zero offset as Z matches Foundation's ISO8601DateFormatter", arguments: zones)
    func localMatchesFoundation(zoneName: String) throws {
        let zone = try #require(TimeZone(identifier: zoneName))
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = zone
        formatter.formatOptions = [.withInternetDateTime]
        for instant in Self.instants where instant.timeIntervalSince1970 >= 0 {
            #expect(ISO8601Text.local(instant, in: zone, zeroOffset: .z) == formatter.string(from: instant))
        }
    }

    @Test("local text writes the offset in force at the instant, +00:00 by default")
    func localOffsets() throws {
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        #expect(ISO8601Text.local(Date(timeIntervalSince1970: 1_062_500_400), in: newYork) == "2003-09-02T07:00:00-04:00")
        #expect(ISO8601Text.local(Date(timeIntervalSince1970: 1_046_692_800), in: newYork) == "2003-03-03T07:00:00-05:00")
        let utc = try #require(TimeZone(identifier: "UTC"))
        #expect(ISO8601Text.local(Date(timeIntervalSince1970: 0), in: utc) == "1970-01-01T00:00:00+00:00")
        let kolkata = try #require(TimeZone(identifier: "Asia/Kolkata"))
        #expect(ISO8601Text.local(Date(timeIntervalSince1970: 0), in: kolkata) == "1970-01-01T05:30:00+05:30")
    }

    @Test("only exactly yyyy-mm-ddThh:mm:ssZ reads as a database instant", arguments: [
        "2003-03-03T12:00:00", "2003-03-03 12:00:00Z", "2003-03-03T12:00:00.0Z", "2003-13-03T12:00:00Z",
        "2003-03-03T24:00:00Z", "2003-03-03T12:00:00+00:00", "２００３-03-03T12:00:00Z", "",
    ])
    func strictDatabaseForm(text: String) {
        #expect(ISO8601Text.instant(utc: text) == nil)
    }

    @Test("the basic form matches the yyyyMMdd'T'HHmmss'Z' pattern of a POSIX DateFormatter", arguments: instants)
    func basic(instant: Date) throws {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = try #require(TimeZone(identifier: "UTC"))
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        #expect(ISO8601Text.utcBasic(instant) == formatter.string(from: instant))
    }
}
