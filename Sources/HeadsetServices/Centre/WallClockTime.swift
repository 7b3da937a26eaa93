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
    /// The reading as written (fractions of a second dropped).
    public let local: LocalDateTime
    /// UTC offset in seconds when the text gave a numeric one.
    public let offsetSeconds: Int?

    public var year: Int { local.year }
    public var month: Int { local.month }
    public var day: Int { local.day }
    public var hour: Int { local.hour }
    public var minute: Int { local.minute }
    public var second: Int { local.second }

    /// Parses as ``LocalDateTime/parsing(_:)`` does; a `Z` is ignored, a numeric offset kept.
    public init?(_ text: String) {
        guard let parsed = LocalDateTime.parsing(text) else { return nil }
        local = parsed.dateTime
        if case .offset(let seconds) = parsed.zone { offsetSeconds = seconds } else { offsetSeconds = nil }
    }

    public init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0) {
        local = LocalDateTime(date: LocalDate(dayNumber: LocalDate.dayNumber(year: year, month: month, day: day)),
                              secondOfDay: hour * 3_600 + minute * 60 + second)
        offsetSeconds = nil
    }

    /// The moment this clock reading names in `timeZone` (the later one in a repeated DST hour).
    public func date(in timeZone: TimeZone) -> Date { local.date(in: timeZone) }

    /// Seconds since 1970-01-01T00:00 on the same clock: differences are wall-clock durations.
    public var secondsSinceEpoch: Double { Double(local.secondsSince1970) }

    /// Seconds since the epoch in real time when an offset was given, else on the wall clock:
    /// what gaps between intervals and their order are measured in.
    public var orderingSeconds: Double { secondsSinceEpoch - Double(offsetSeconds ?? 0) }

    /// 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int { local.date.weekday.isoNumber }

    public static func < (lhs: WallClockTime, rhs: WallClockTime) -> Bool {
        lhs.orderingSeconds < rhs.orderingSeconds
    }
}
