public import CivilTime
public import Foundation

/// A date and time of day as written in a file, on the contact centre's clock: `2003-08-18T07:30`,
/// `2003-08-18 07:30:00`, `2003-08-18T07:30:00Z`.
///
/// ```swift
/// WallClockTime("2003-08-18T07:30:00Z")?.date(in: TimeZone(identifier: "Europe/Vilnius")!)
/// ```
///
/// The reading is the centre's local clock. A trailing `Z` is accepted and ignored (the bank sample
/// writes its local clock with a `Z`). A numeric offset (`-04:00`, as `headset forecast` writes) is
/// kept to tell apart the two readings of the repeated hour when clocks go back and to order and
/// space intervals by real time; the reading itself is still shown and staffed as written.
public struct WallClockTime: Hashable, Comparable {
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int
    public let second: Int
    /// UTC offset in seconds when the text gave a numeric one.
    public let offsetSeconds: Int?

    public init?(_ text: String) {
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
        // An optional zone designator: Z is ignored, a numeric offset kept (see the type's documentation).
        var offset: Int?
        if expect("Zz") {
        } else if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
            let sign = bytes[position] == UInt8(ascii: "-") ? -1 : 1
            position += 1
            guard let hours = number(digits: 2), hours <= 14 else { return nil }
            _ = expect(":")
            let minutes = number(digits: 2) ?? 0
            offset = sign * (hours * 3600 + minutes * 60)
        }
        guard position == bytes.count, (1...12).contains(month), hour < 24, minute < 60, second < 60,
              (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.offsetSeconds = offset
    }

    public init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.offsetSeconds = nil
    }

    /// The moment this clock reading names in `timeZone` (the later one in a repeated DST hour).
    public func date(in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: secondsSinceEpoch)
    }

    /// Seconds since 1970-01-01T00:00 on the same clock: differences are wall-clock durations.
    public var secondsSinceEpoch: Double {
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        return Double(days * 86_400 + hour * 3_600 + minute * 60 + second)
    }

    /// Seconds since the epoch in real time when an offset was given, else on the wall clock:
    /// what gaps between intervals and their order are measured in.
    public var orderingSeconds: Double { secondsSinceEpoch - Double(offsetSeconds ?? 0) }

    /// 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int {
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        // 1970-01-01 was a Thursday (4).
        return ((days % 7) + 7 + 3) % 7 + 1
    }

    public static func < (lhs: WallClockTime, rhs: WallClockTime) -> Bool {
        lhs.orderingSeconds < rhs.orderingSeconds
    }

    public static func daysIn(month: Int, year: Int) -> Int { LocalDate.daysIn(month: month, year: year) }

    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        LocalDate.dayNumber(year: year, month: month, day: day)
    }
}
