import CivilTime

/// A day to forecast and the wall-clock minutes of its open intervals.
public struct ForecastTarget: Hashable, Sendable {
    public let date: LocalDate
    public let minutes: [Int]

    public init(date: LocalDate, minutes: [Int]) {
        self.date = date
        self.minutes = minutes
    }
}
