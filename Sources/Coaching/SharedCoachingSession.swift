import CivilTime

/// A session as its agent sees it: the shared notes, never the coach's private ones (the type
/// has no field for them, so no report built from it can leak them).
public struct SharedCoachingSession: Hashable, Sendable {
    public let id: String
    public let coach: String
    public let agent: String
    public let date: LocalDate
    public let minutes: Int
    public let format: CoachingFormat
    public let channel: String?
    public let evaluationIDs: [String]
    public let criterionIDs: [String]
    public let notes: CoachingNotes
    public let followUpDue: LocalDate?
    public let acknowledgement: CoachingAcknowledgement?

    init(_ session: CoachingSession) {
        id = session.id
        coach = session.coach
        agent = session.agent
        date = session.date
        minutes = session.minutes
        format = session.format
        channel = session.channel
        evaluationIDs = session.evaluationIDs
        criterionIDs = session.criterionIDs
        notes = session.shared
        followUpDue = session.followUpDue
        acknowledgement = session.acknowledgement
    }

    /// The day the agent must have acknowledged the session by.
    public func acknowledgementDue(_ policy: CoachingPolicy) -> LocalDate { date.adding(days: policy.acknowledgementDays) }

    /// Not acknowledged and past the due day on `today`: to be surfaced to the coach's manager.
    public func isAcknowledgementOverdue(on today: LocalDate, policy: CoachingPolicy) -> Bool {
        acknowledgement == nil && acknowledgementDue(policy) < today
    }
}
