import Foundation

/// ISO 8601 text of instants, written and read with integer arithmetic (an import formats tens of
/// thousands of interval starts), in the forms Headset stores and prints.
///
/// ```swift
/// let start = Date(timeIntervalSince1970: 1_046_692_800)
/// ISO8601Text.utc(start)                                    // "2003-03-03T12:00:00Z"
/// ISO8601Text.local(start, in: TimeZone(identifier: "America/New_York")!)
///                                                           // "2003-03-03T07:00:00-05:00"
/// ISO8601Text.instant(utc: "2003-03-03T12:00:00Z")          // start
/// ```
///
/// All forms are to the second, rounded down. Years 0000–9999 are written with four digits; the
/// database form is only read back for those years.
public enum ISO8601Text {
    /// How a zero UTC offset is written by ``local(_:in:zeroOffset:)``.
    public enum ZeroOffset: Sendable {
        /// `+00:00`, like every other offset.
        case numeric
        /// `Z`, as RFC 3339 internet date-times (Foundation's `ISO8601DateFormatter`) write it.
        case z
    }

    /// The UTC text of an instant, `2003-03-03T12:00:00Z`: the database's interval starts and
    /// what `history` commands print.
    public static func utc(_ instant: Date) -> String {
        utc(secondsSince1970: Int(instant.timeIntervalSince1970.rounded(.down)))
    }

    /// The UTC text of a whole number of seconds since 1970-01-01T00:00:00Z.
    public static func utc(secondsSince1970 seconds: Int) -> String {
        text(LocalDateTime(date: LocalDate(dayNumber: 0), secondOfDay: seconds), suffix: "Z")
    }

    /// The instant of exactly `yyyy-mm-ddThh:mm:ssZ` (as ``utc(_:)`` writes it), or nil for any
    /// other text. Days up to 31 are accepted in every month, as the database always read them.
    public static func instant(utc text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              bytes[19] == UInt8(ascii: "Z") else { return nil }
        func number(_ offset: Int, _ digits: Int) -> Int? {
            var value = 0
            for byte in bytes[offset..<offset + digits] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60
        else { return nil }
        let days = LocalDate.dayNumber(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3_600 + minute * 60 + second))
    }

    /// The local time of an instant in `zone` with the zone's offset at that moment,
    /// `2003-09-02T07:00:00-04:00`: the centre's clock readable and the instant exact.
    public static func local(_ instant: Date, in zone: TimeZone, zeroOffset: ZeroOffset = .numeric) -> String {
        let offset = zone.secondsFromGMT(for: instant)
        let reading = LocalDateTime(instant, in: zone)
        if offset == 0 && zeroOffset == .z { return text(reading, suffix: "Z") }
        let magnitude = abs(offset) / 60
        return text(reading, suffix: (offset < 0 ? "-" : "+") + twoDigits(magnitude / 60) + ":" + twoDigits(magnitude % 60))
    }

    /// The basic-format UTC text of an instant, `20030303T120000Z`: safe in file names.
    public static func utcBasic(_ instant: Date) -> String {
        let reading = LocalDateTime(date: LocalDate(dayNumber: 0), secondOfDay: Int(instant.timeIntervalSince1970.rounded(.down)))
        let date = reading.date
        return fourDigits(date.year) + twoDigits(date.month) + twoDigits(date.day) + "T"
            + twoDigits(reading.hour) + twoDigits(reading.minute) + twoDigits(reading.second) + "Z"
    }

    /// `yyyy-mm-ddThh:mm:ss` and `suffix`, built byte by byte for years 0000–9999.
    static func text(_ reading: LocalDateTime, suffix: String) -> String {
        let (year, month, day) = reading.date.civil
        guard (0...9_999).contains(year) else { return reading.description + suffix }
        var bytes = [UInt8](repeating: 0, count: 19)
        func put(_ value: Int, at offset: Int, digits: Int) {
            var value = value
            for position in stride(from: offset + digits - 1, through: offset, by: -1) {
                bytes[position] = UInt8(0x30 + value % 10)
                value /= 10
            }
        }
        put(year, at: 0, digits: 4)
        bytes[4] = UInt8(ascii: "-")
        put(month, at: 5, digits: 2)
        bytes[7] = UInt8(ascii: "-")
        put(day, at: 8, digits: 2)
        bytes[10] = UInt8(ascii: "T")
        put(reading.hour, at: 11, digits: 2)
        bytes[13] = UInt8(ascii: ":")
        put(reading.minute, at: 14, digits: 2)
        bytes[16] = UInt8(ascii: ":")
        put(reading.second, at: 17, digits: 2)
        bytes.append(contentsOf: suffix.utf8)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    static func fourDigits(_ value: Int) -> String {
        let digits = String(value)
        return digits.count < 4 ? String(repeating: "0", count: 4 - digits.count) + digits : digits
    }
}
