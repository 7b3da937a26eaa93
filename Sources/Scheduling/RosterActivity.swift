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

    /// Minutes of the activity inside `[from, to)`, counted from midnight of `day` (so the next
    /// day's 01:00 is 1500 when `day` is the day before the activity).
    func minutes(from: Int, to: Int, countedFrom day: LocalDate) -> Int {
        let begin = (date.dayNumber - day.dayNumber) * 1440 + start.minutes
        return max(0, min(to, begin + minutes) - max(from, begin))
    }
}
