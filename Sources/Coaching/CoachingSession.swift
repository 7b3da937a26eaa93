import CivilTime
import Foundation

/// One coaching conversation: who coached whom, when, how, about which evaluations and
/// criteria, the notes shared with the agent and the coach's private notes, the agent's
/// acknowledgement, and a follow-up to measure the effect.
public struct CoachingSession: Hashable, Sendable {
    public let id: String
    /// The supervisor (or anyone above the agent) who coached.
    public let coach: String
    public let agent: String
    public let date: LocalDate
    /// Minutes after midnight the session started, when known (for booking it on the roster).
    public let startMinute: Int?
    public let minutes: Int
    public let format: CoachingFormat
    /// The channel coached on (voice, email, chat …), when the session was about one.
    public let channel: String?
    public let evaluationIDs: [String]
    /// Stable criterion ids the session worked on: the effect is measured on these.
    public let criterionIDs: [String]
    public let shared: CoachingNotes
    /// For the coach and those above them; never shown to the agent.
    public let privateNotes: String
    /// When a follow-up evaluation on the same criteria is due, if one was scheduled.
    public private(set) var followUpDue: LocalDate?
    public private(set) var acknowledgement: CoachingAcknowledgement?

    /// - Throws: ``CoachingError`` for empty ids, the coach coaching themself, a length outside
    ///   1…480 minutes, a start outside the day, or a follow-up before the session.
    public init(id: String, coach: String, agent: String, date: LocalDate, startMinute: Int? = nil, minutes: Int,
                format: CoachingFormat, channel: String? = nil, evaluationIDs: [String] = [], criterionIDs: [String] = [],
                shared: CoachingNotes, privateNotes: String = "", followUpDue: LocalDate? = nil,
                acknowledgement: CoachingAcknowledgement? = nil) throws(CoachingError) {
        for (field, value) in [("session id", id), ("coach", coach), ("agent", agent)] where value.allSatisfy(\.isWhitespace) {
            throw .invalidField(field: field, value: value, requirement: "must not be empty")
        }
        guard coach != agent else { throw .selfCoaching(person: coach) }
        guard (1...480).contains(minutes) else {
            throw .invalidField(field: "minutes", value: String(minutes), requirement: "must be 1 to 480")
        }
        if let startMinute, !(0..<1440).contains(startMinute) {
            throw .invalidField(field: "start", value: String(startMinute), requirement: "must be within the day")
        }
        if let followUpDue, followUpDue < date { throw .followUpBeforeSession(due: followUpDue, session: date) }
        self.id = id
        self.coach = coach
        self.agent = agent
        self.date = date
        self.startMinute = startMinute
        self.minutes = minutes
        self.format = format
        self.channel = channel
        self.evaluationIDs = evaluationIDs
        self.criterionIDs = criterionIDs
        self.shared = shared
        self.privateNotes = privateNotes
        self.followUpDue = followUpDue
        self.acknowledgement = acknowledgement
    }

    /// The day the agent must have acknowledged the session by.
    public func acknowledgementDue(_ policy: CoachingPolicy) -> LocalDate { date.adding(days: policy.acknowledgementDays) }

    /// Not acknowledged and past the due day on `today`: to be surfaced to the coach's manager.
    public func isAcknowledgementOverdue(on today: LocalDate, policy: CoachingPolicy) -> Bool {
        acknowledgement == nil && acknowledgementDue(policy) < today
    }

    /// Acknowledged by `person`, who must be the agent, once.
    public func acknowledged(by person: String, at time: Date, comment: String) throws(CoachingError) -> CoachingSession {
        guard person == agent else { throw .notTheAgent(session: id, person: person, agent: agent) }
        guard acknowledgement == nil else { throw .alreadyAcknowledged(session: id) }
        var copy = self
        copy.acknowledgement = CoachingAcknowledgement(at: time, comment: comment)
        return copy
    }

    /// With a follow-up evaluation on the same criteria due on `due` (not before the session).
    public func withFollowUp(due: LocalDate) throws(CoachingError) -> CoachingSession {
        guard due >= date else { throw .followUpBeforeSession(due: due, session: date) }
        var copy = self
        copy.followUpDue = due
        return copy
    }

    /// What the agent may read: everything but the private notes.
    public var sharedView: SharedCoachingSession { SharedCoachingSession(self) }
}
