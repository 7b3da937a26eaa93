import Foundation

/// A calendar day and a time of day to the second, without a time zone: a reading of the contact
/// centre's wall clock, written `2003-08-18T07:30:00`.
///
/// ```swift
/// let start = LocalDateTime("2003-08-18 07:30")!
/// start.description                                              // "2003-08-18T07:30:00"
/// start.date(in: TimeZone(identifier: "Europe/Vilnius")!)        // 2003-08-18T04:30:00Z
/// LocalDateTime.parsing("2003-08-18T07:30:00-04:00")?.zone       // .offset(seconds: -14_400)
/// ```
///
/// Ordered and hashed as clock readings: in a repeated DST hour two different instants share
/// one reading, so keep the instant (or the offset) where real-time order matters.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// A time zone designator as written after an ISO 8601 time: `Z`, or an offset `±hh[:mm]`.
    public enum ZoneDesignator: Hashable, Sendable {
        case utc
        /// Seconds east of UTC (`-04:00` is -14 400).
        case offset(seconds: Int)
    }

    public let date: LocalDate
    /// Seconds after midnight, 0 ..< 86 400.
    public let secondOfDay: Int

    /// The reading `secondOfDay` seconds after `date`'s midnight; values outside one day move
    /// the date (90 000 is 01:00 the next day).
    public init(date: LocalDate, secondOfDay: Int) {
        let days = secondOfDay >= 0 ? secondOfDay / 86_400 : (secondOfDay - 86_399) / 86_400
        self.date = date.adding(days: days)
        self.secondOfDay = secondOfDay - days * 86_400
    }

    public init(date: LocalDate, time: TimeOfDay, second: Int = 0) {
        self.init(date: date, secondOfDay: time.minutes * 60 + second)
    }

    /// The reading with these parts; nil when they do not name a real day and time of day.
    public init?(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0) {
        guard let date = LocalDate(year: year, month: month, day: day),
              (0..<24).contains(hour), (0..<60).contains(minute), (0..<60).contains(second) else { return nil }
        self.init(date: date, secondOfDay: hour * 3_600 + minute * 60 + second)
    }

    /// The wall-clock reading of an instant in `timeZone`, rounded down to the second.
    public init(_ instant: Date, in timeZone: TimeZone) {
        let local = Int(instant.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: instant)
        self.init(date: LocalDate(dayNumber: 0), secondOfDay: local)
    }

    /// Parses `YYYY-MM-DDTHH:MM[:SS[.fff]]` (a space may stand for the `T`); nil when malformed,
    /// not a real date or time, or followed by a zone designator (see ``parsing(_:)``).
    public init?(_ text: String) {
        guard let parsed = Self.parsing(text), parsed.zone == nil else { return nil }
        self = parsed.dateTime
    }

    /// Parses an ISO 8601 local date-time as files write it: `2003-08-18T07:30`,
    /// `2003-08-18 07:30:00`, `2003-08-18T07:30:00.250Z`, `2003-09-02T07:00:00-04:00`.
    ///
    /// Surrounding spaces are ignored, `T` or a space separates date and time, seconds are
    /// optional and fractions of a second are dropped. The zone designator, when there is one,
    /// is `Z` (or `z`) or an offset of at most 14 hours written `±hh`, `±hhmm` or `±hh:mm`; the
    /// reading is returned as written, not converted. Nil when malformed or not a real date and time.
    public static func parsing(_ text: String) -> (dateTime: LocalDateTime, zone: ZoneDesignator?)? {
        let bytes = Array(text.trimmingCharacters(in: .whitespaces).utf8)
        var position = 0
        func number(digits: Int) -> Int? {
            guard position + digits <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[position..<(position + digits)] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            position += digits
            return value
        }
        func expect(_ characters: String) -> Bool {
            guard position < bytes.count, characters.utf8.contains(bytes[position]) else { return false }
            position += 1
            return true
        }
        guard let year = number(digits: 4), expect("-"), let month = number(digits: 2), expect("-"),
              let day = number(digits: 2), expect("T "), let hour = number(digits: 2), expect(":"),
              let minute = number(digits: 2) else { return nil }
        var second = 0
        if expect(":") {
            guard let seconds = number(digits: 2) else { return nil }
            second = seconds
            if expect(".") {
                guard number(digits: 1) != nil else { return nil }
                while number(digits: 1) != nil {}
            }
        }
        var zone: ZoneDesignator?
        if expect("Zz") {
            zone = .utc
        } else if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
            let sign = bytes[position] == UInt8(ascii: "-") ? -1 : 1
            position += 1
            guard let hours = number(digits: 2), hours <= 14 else { return nil }
            _ = expect(":")
            let minutes = number(digits: 2) ?? 0
            zone = .offset(seconds: sign * (hours * 3600 + minutes * 60))
        }
        guard position == bytes.count,
              let dateTime = LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        else { return nil }
        return (dateTime, zone)
    }

    public var year: Int { date.year }
    public var month: Int { date.month }
    public var day: Int { date.day }
    public var hour: Int { secondOfDay / 3_600 }
    public var minute: Int { secondOfDay / 60 % 60 }
    public var second: Int { secondOfDay % 60 }

    /// The time of day, to the minute.
    public var timeOfDay: TimeOfDay { TimeOfDay(minutes: secondOfDay / 60) }

    /// Seconds since 1970-01-01T00:00:00 on the same clock: differences are wall-clock durations.
    public var secondsSince1970: Int { date.dayNumber * 86_400 + secondOfDay }

    /// The instant this reading names in `timeZone`, as Foundation's Gregorian calendar resolves
    /// it (the later one in a repeated DST hour).
    public func date(in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: TimeInterval(secondsSince1970))
    }

    /// `2003-08-18T07:30:00`.
    public var description: String {
        "\(date)T\(ISO8601Text.twoDigits(hour)):\(ISO8601Text.twoDigits(minute)):\(ISO8601Text.twoDigits(second))"
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        lhs.secondsSince1970 < rhs.secondsSince1970
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = LocalDateTime(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "expected a date and time YYYY-MM-DDTHH:MM:SS, found '\(text)'"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
