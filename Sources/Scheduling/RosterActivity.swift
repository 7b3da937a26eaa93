import CivilTime

/// Time a rostered person spends off the phones inside their shift — coaching, training, a team
/// meeting — booked on the roster so coverage counts it as planned shrinkage.
public struct RosterActivity: Sendable, Hashable {
    public let person: String
    public let date: LocalDate
    public let start: TimeOfDay
    public let minutes: Int
    /// `coaching`, `training`, …
    public let name: String

    public init(person: String, date: LocalDate, start: TimeOfDay, minutes: Int, name: String) {
        self.person = person
        self.date = date
        self.start = start
        self.minutes = minutes
        self.name = name
    }

    /// The start in minutes from midnight of `day` (the next day's 01:00 is 1500 when `day` is
    /// the day before the activity), as shift variants count.
    func start(countedFrom day: LocalDate) -> Int {
        (date.dayNumber - day.dayNumber) * 1440 + start.minutes
    }
}
