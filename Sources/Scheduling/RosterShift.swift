import CivilTime

/// One shift to staff: a variant of a template starting on a day (one unit of a ``ShiftCount``).
public struct RosterShift: Sendable, Hashable {
    public let date: LocalDate
    public let variant: ShiftVariant

    public init(date: LocalDate, variant: ShiftVariant) {
        self.date = date
        self.variant = variant
    }

    /// Every shift of `plan` starting in `first ..< first + days`, by day, then longest first, then start.
    public static func expand(_ counts: [ShiftCount], from first: LocalDate, days: Int) -> [RosterShift] {
        let last = first.adding(days: days - 1)
        return counts.filter { $0.date >= first && $0.date <= last }
            .flatMap { count in Array(repeating: RosterShift(date: count.date, variant: count.variant), count: max(0, count.count)) }
    }

    /// The wall-clock roster entry for `person`.
    public func entry(for person: String) -> RosterEntry {
        let start = variant.start
        let breaks = variant.breaks.map {
            RosterBreak(start: TimeOfDay(minutes: start.minutes + $0.offsetMinutes), minutes: $0.durationMinutes, paid: $0.isPaid)
        }
        return RosterEntry(person: person, date: date, start: start, end: variant.end, breaks: breaks)
    }
}
