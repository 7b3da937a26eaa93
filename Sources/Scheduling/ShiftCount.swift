import CivilTime

/// How many shifts of one variant start on one day.
public struct ShiftCount: Sendable, Hashable {
    public let date: LocalDate
    public let variant: ShiftVariant
    public let count: Int

    public init(date: LocalDate, variant: ShiftVariant, count: Int) {
        self.date = date
        self.variant = variant
        self.count = count
    }
}
