import CivilTime

/// Coaching time as the roster books it: the agent off the phones for the session's minutes,
/// which the roster's coverage counts as (planned) shrinkage.
public struct CoachingActivity: Hashable, Sendable {
    public let person: String
    public let date: LocalDate
    /// Minutes after midnight, when the session had a start time.
    public let startMinute: Int?
    public let minutes: Int
    public let activity: String

    public init(person: String, date: LocalDate, startMinute: Int?, minutes: Int, activity: String = "coaching") {
        self.person = person
        self.date = date
        self.startMinute = startMinute
        self.minutes = minutes
        self.activity = activity
    }

    /// The agent's time in `session` (the coach's time is theirs to plan).
    public init(_ session: CoachingSession) {
        self.init(person: session.agent, date: session.date, startMinute: session.startMinute, minutes: session.minutes)
    }
}
