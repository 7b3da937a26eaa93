import CivilTime
import Foundation

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
struct WallClockTime: Hashable, Comparable {
    /// The reading as written (fractions of a second dropped).
    let local: LocalDateTime
    /// UTC offset in seconds when the text gave a numeric one.
    let offsetSeconds: Int?

    var year: Int { local.year }
    var month: Int { local.month }
    var day: Int { local.day }
    var hour: Int { local.hour }
    var minute: Int { local.minute }
    var second: Int { local.second }

    /// Parses as ``LocalDateTime/parsing(_:)`` does; a `Z` is ignored, a numeric offset kept.
    init?(_ text: String) {
        guard let parsed = LocalDateTime.parsing(text) else { return nil }
        local = parsed.dateTime
        if case .offset(let seconds) = parsed.zone { offsetSeconds = seconds } else { offsetSeconds = nil }
    }

    init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0) {
        local = LocalDateTime(date: LocalDate(dayNumber: LocalDate.dayNumber(year: year, month: month, day: day)),
                              secondOfDay: hour * 3_600 + minute * 60 + second)
        offsetSeconds = nil
    }

    /// The moment this clock reading names in `timeZone` (the later one in a repeated DST hour).
    func date(in timeZone: TimeZone) -> Date { local.date(in: timeZone) }

    /// Seconds since 1970-01-01T00:00 on the same clock: differences are wall-clock durations.
    var secondsSinceEpoch: Double { Double(local.secondsSince1970) }

    /// Seconds since the epoch in real time when an offset was given, else on the wall clock:
    /// what gaps between intervals and their order are measured in.
    var orderingSeconds: Double { secondsSinceEpoch - Double(offsetSeconds ?? 0) }

    /// 1 = Monday … 7 = Sunday.
    var isoWeekday: Int { local.date.weekday.isoNumber }

    static func < (lhs: WallClockTime, rhs: WallClockTime) -> Bool {
        lhs.orderingSeconds < rhs.orderingSeconds
    }
}
