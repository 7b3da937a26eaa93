import CivilTime
import Foundation

/// The days a roster covers (its first to last shift date) in its zone: what the roster knows.
/// Rest before the first day and work after the last are unknown to it.
struct RosterSpan {
    let first: LocalDate
    let last: LocalDate
    let calendar: Calendar

    /// Midnight starting `date` in the zone.
    func midnight(_ date: LocalDate) -> Date { WorkedShift.instant(date, TimeOfDay(minutes: 0), calendar) }
}
