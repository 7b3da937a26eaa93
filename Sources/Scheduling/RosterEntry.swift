import CivilTime

/// One shift of one person on a roster, on the wall clock: it starts on `date` at `start` and
/// ends at `end`, on the next day when `end` is not after `start` (a night shift).
public struct RosterEntry: Equatable, Sendable {
    public let person: String
    public let date: LocalDate
    public let start: TimeOfDay
    public let end: TimeOfDay
    public let breaks: [RosterBreak]
    /// Where the entry was read from (`roster.csv:4`), when known.
    public let location: String?

    public init(person: String, date: LocalDate, start: TimeOfDay, end: TimeOfDay, breaks: [RosterBreak] = [],
                location: String? = nil) {
        self.person = person
        self.date = date
        self.start = start
        self.end = end
        self.breaks = breaks
        self.location = location
    }

    /// The day the shift ends on: `date`, or the next day when it crosses midnight.
    public var endDate: LocalDate { end > start ? date : date.next }
}
