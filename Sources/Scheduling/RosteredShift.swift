import CivilTime

/// One shift of a roster: the variant worked, on which day, by whom (nil while nobody could be
/// given it: an open shift).
public struct RosteredShift: Sendable, Hashable {
    public let person: String?
    public let date: LocalDate
    public let variant: ShiftVariant

    public init(person: String?, date: LocalDate, variant: ShiftVariant) {
        self.person = person
        self.date = date
        self.variant = variant
    }

    /// The shift code shown on roster grids: the template's initial and the start, `E07:00`.
    public var code: String {
        (variant.template.first.map { String($0).uppercased() } ?? "?") + variant.start.description
    }

    /// The wall-clock entry the working-time rules check.
    public func entry(location: String? = nil) -> RosterEntry? {
        guard let person else { return nil }
        let breaks = variant.breaks.map {
            RosterBreak(start: TimeOfDay(minutes: variant.start.minutes + $0.offsetMinutes), minutes: $0.durationMinutes,
                        paid: $0.isPaid)
        }
        return RosterEntry(person: person, date: date, start: variant.start, end: variant.end, breaks: breaks, location: location)
    }
}
