import CivilTime

/// A day that differs from the usual pattern: a campaign, a half-day closure, an event.
public struct SpecialDay: Hashable, Sendable {
    public let date: LocalDate
    public let label: String
    /// Multiplies the forecast volume (1.3 = +30 %).
    public let volumeFactor: Double
    /// Replaces the weekday's opening hours for this date when set.
    public let openingHours: [OpeningPeriod]?

    public init(date: LocalDate, label: String, volumeFactor: Double = 1, openingHours: [OpeningPeriod]? = nil) throws(ForecastingError) {
        guard volumeFactor.isFinite, volumeFactor >= 0 else {
            throw .invalidCalendar("special day \(date) (\(label)): volume factor \(volumeFactor) must be 0 or more")
        }
        self.date = date
        self.label = label
        self.volumeFactor = volumeFactor
        self.openingHours = openingHours
    }
}
