import CivilTime
import Foundation

/// When the centre is open, in its own time zone: weekly opening hours, closed days (holidays)
/// and special days. Produces the planning intervals of a day as real instants, so a 23- or
/// 25-hour DST day gets exactly the intervals its clock shows.
public struct PlanningCalendar: Sendable {
    public let timeZone: TimeZone
    public let openingHours: [Weekday: [OpeningPeriod]]
    /// Closed dates with their names (public holidays, company closures).
    public let closedDates: [LocalDate: String]
    public let specialDays: [LocalDate: SpecialDay]

    public init(timeZone: TimeZone, openingHours: [Weekday: [OpeningPeriod]],
                closedDates: [LocalDate: String] = [:], specialDays: [LocalDate: SpecialDay] = [:]) throws(ForecastingError) {
        for (weekday, periods) in openingHours {
            let sorted = periods.sorted { $0.openMinute < $1.openMinute }
            for (earlier, later) in zip(sorted, sorted.dropFirst()) where later.openMinute < earlier.closeMinute {
                throw .invalidCalendar("\(weekday.rawValue): opening periods \(earlier.description) and \(later.description) overlap")
            }
        }
        self.timeZone = timeZone
        self.openingHours = openingHours
        self.closedDates = closedDates
        self.specialDays = specialDays
    }

    /// Whether the centre opens at all on `date`.
    public func isOpen(_ date: LocalDate) -> Bool {
        !periods(on: date).isEmpty
    }

    /// The opening periods of `date` after closures and special days.
    public func periods(on date: LocalDate) -> [OpeningPeriod] {
        if closedDates[date] != nil { return [] }
        if let special = specialDays[date]?.openingHours { return special }
        return openingHours[date.weekday] ?? []
    }

    /// The volume factor of `date` (1 on ordinary days).
    public func volumeFactor(on date: LocalDate) -> Double {
        specialDays[date]?.volumeFactor ?? 1
    }

    /// Start instants of the open planning intervals of `date`, in time order.
    ///
    /// Wall-clock times that do not exist (the skipped hour when clocks go forward) yield no
    /// interval; times that occur twice (clocks go back) yield both instants.
    public func intervalStarts(on date: LocalDate, lengthSeconds: Int) -> [Date] {
        let step = lengthSeconds / 60
        guard step > 0 else { return [] }
        var starts: [Date] = []
        for period in periods(on: date) {
            var minute = period.openMinute
            while minute + step <= period.closeMinute {
                starts += instants(of: date, minute: minute)
                minute += step
            }
        }
        return starts.sorted()
    }

    /// Every instant whose wall-clock time in the zone is `date` at `minute`.
    func instants(of date: LocalDate, minute: Int) -> [Date] {
        // Try the UTC offsets in force around that day; keep those that map back exactly.
        let nominal = TimeInterval(date.dayNumber * 86_400 + minute * 60)
        var offsets = Set<Int>()
        for probe in [-86_400.0, 0, 86_400] {
            offsets.insert(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: nominal + probe)))
        }
        var result: [Date] = []
        for offset in offsets.sorted(by: >) {
            let candidate = Date(timeIntervalSince1970: nominal - TimeInterval(offset))
            if timeZone.secondsFromGMT(for: candidate) == offset {
                result.append(candidate)
            }
        }
        return result.sorted()
    }

    /// Wall-clock minute of the day of an instant in the zone.
    public func localMinute(of instant: Date) -> Int {
        let local = Int(instant.timeIntervalSince1970) + timeZone.secondsFromGMT(for: instant)
        return ((local % 86_400) + 86_400) % 86_400 / 60
    }

    /// A calendar that opens on every weekday and wall-clock minute seen in `observations`,
    /// for history without a calendar file: days never open in the history stay closed.
    public static func inferred(from observations: [IntervalObservation], timeZone: TimeZone) throws(ForecastingError) -> PlanningCalendar {
        var earliest: [Weekday: Int] = [:]
        var latest: [Weekday: Int] = [:]
        for observation in observations {
            let date = LocalDate(observation.start, in: timeZone)
            let offset = timeZone.secondsFromGMT(for: observation.start)
            let local = Int(observation.start.timeIntervalSince1970) + offset
            let minute = ((local % 86_400) + 86_400) % 86_400 / 60
            earliest[date.weekday] = min(earliest[date.weekday] ?? minute, minute)
            latest[date.weekday] = max(latest[date.weekday] ?? 0, minute + observation.lengthSeconds / 60)
        }
        var hours: [Weekday: [OpeningPeriod]] = [:]
        for (weekday, open) in earliest {
            hours[weekday] = [try OpeningPeriod(openMinute: open, closeMinute: min(latest[weekday] ?? 1440, 1440))]
        }
        return try PlanningCalendar(timeZone: timeZone, openingHours: hours)
    }
}
