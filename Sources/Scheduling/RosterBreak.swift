import CivilTime

/// A break in a rostered shift: it starts the first time the clock shows `start` at or after the
/// shift's start, lasts `minutes` of real time, and is working time when `paid`.
public struct RosterBreak: Equatable, Sendable {
    public let start: TimeOfDay
    public let minutes: Int
    public let paid: Bool

    public init(start: TimeOfDay, minutes: Int, paid: Bool) {
        self.start = start
        self.minutes = minutes
        self.paid = paid
    }
}
