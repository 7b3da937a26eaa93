import CivilTime
import Foundation

/// Calendar arithmetic for history timestamps, done on integers because a file holds tens of
/// thousands of them and `Calendar` is slow per call.
enum IntervalHistoryCalendar {
    /// Days since 1970-01-01 of a proleptic Gregorian date.
    static func days(year: Int, month: Int, day: Int) -> Int {
        LocalDate.dayNumber(year: year, month: month, day: day)
    }

    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        (1...12).contains(month) && (1...LocalDate.daysIn(month: month, year: year)).contains(day)
    }

    /// Where a local clock reading lies on the UTC time line.
    enum LocalTime: Equatable {
        case unique(Int)
        /// Skipped by a forward clock change.
        case gap
        /// Passed twice by a backward clock change: the earlier and the later instant.
        case fold(Int, Int)
    }

    /// The UTC instants (seconds since 1970) at which `zone`'s clock reads `local` (seconds since
    /// 1970 of the local date and time as if it were UTC).
    ///
    /// Tries the offsets in force a day before and a day after; a candidate holds when the zone
    /// really has that offset at the resulting instant. One clock change per two days is assumed.
    static func resolve(local: Int, in zone: TimeZone) -> LocalTime {
        let before = offset(of: zone, at: local - 86_400)
        let after = offset(of: zone, at: local + 86_400)
        var instants: [Int] = []
        for candidate in before == after ? [before] : [before, after] {
            let instant = local - candidate
            if offset(of: zone, at: instant) == candidate { instants.append(instant) }
        }
        if before == after, instants.isEmpty {
            // The same offset on both sides but not at the instant: a transition and its undo
            // within two days. Try the offset at the instant itself.
            let candidate = offset(of: zone, at: local - before)
            if offset(of: zone, at: local - candidate) == candidate { instants.append(local - candidate) }
        }
        instants.sort()
        switch instants.count {
        case 0: return .gap
        case 1: return .unique(instants[0])
        default: return .fold(instants[0], instants[1])
        }
    }

    static func offset(of zone: TimeZone, at instant: Int) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
    }
}
