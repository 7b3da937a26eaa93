import CivilTime
import Foundation

/// A roster entry placed on the real time line of the roster's zone: real start and end instants,
/// real break intervals, and its working time (span minus unpaid breaks). A shift over a clock
/// change is as long as the time that really passes (22:00–06:00 on the night clocks go back is 9 h).
struct WorkedShift {
    let entry: RosterEntry
    let start: Date
    let end: Date
    /// Unpaid break intervals, which are rest, not working time.
    let unpaidBreaks: [DateInterval]
    /// Minutes of every break, paid or not.
    let breakMinutes: Int

    init(_ entry: RosterEntry, calendar: Calendar) {
        self.entry = entry
        start = Self.instant(entry.date, entry.start, calendar)
        end = Self.instant(entry.endDate, entry.end, calendar)
        var unpaid: [DateInterval] = []
        for item in entry.breaks where !item.paid {
            let day = item.start >= entry.start ? entry.date : entry.date.next
            let from = Self.instant(day, item.start, calendar)
            unpaid.append(DateInterval(start: from, duration: Double(item.minutes) * 60))
        }
        unpaidBreaks = unpaid
        breakMinutes = entry.breaks.reduce(0) { $0 + $1.minutes }
    }

    /// Working time in hours: the real span minus unpaid breaks.
    var workingHours: Double {
        (end.timeIntervalSince(start) - unpaidBreaks.reduce(0) { $0 + $1.duration }) / 3600
    }

    /// Hours of working time inside `interval` (unpaid breaks excluded).
    func workingHours(in interval: DateInterval) -> Double {
        func overlap(_ a: Date, _ b: Date) -> Double {
            max(0, min(b, interval.end).timeIntervalSince(max(a, interval.start)))
        }
        return (overlap(start, end) - unpaidBreaks.reduce(0) { $0 + overlap($1.start, $1.end) }) / 3600
    }

    /// The instant the clock in the calendar's zone shows `time` on `date`; a reading skipped when
    /// clocks go forward is taken as the instant after the gap.
    static func instant(_ date: LocalDate, _ time: TimeOfDay, _ calendar: Calendar) -> Date {
        let (year, month, day) = date.civil
        let components = DateComponents(year: year, month: month, day: day, hour: time.minutes / 60, minute: time.minutes % 60)
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: Double(date.dayNumber * 86_400 + time.minutes * 60))
    }

    /// `2026-12-01 22:00` for a day and clock time.
    static func stamp(_ date: LocalDate, _ time: TimeOfDay) -> String { "\(date) \(time)" }
}
