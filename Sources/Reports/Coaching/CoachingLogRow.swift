import CivilTime

/// One coaching session as the coaching log shows it: who, when, how, on which criteria, and
/// what was shared with the agent.
///
/// Only the shared parts of a session are here. Private coach notes have no field on purpose:
/// what this type cannot hold, no workbook built from it can leak.
public struct CoachingLogRow: Sendable {
    public let id: String
    public let date: LocalDate
    /// The agent's stable key (`ana.horvat`).
    public let agent: String
    public let agentName: String
    public let coachName: String
    /// `one-to-one`, `side-by-side` or `call-review`, shown as given.
    public let format: String
    public let channel: String?
    /// Stable criterion ids the session worked on, in the order given.
    public let criteria: [String]
    /// How many QA evaluations the session refers to.
    public let linkedEvaluations: Int
    public let strengths: String
    public let opportunities: String
    public let agreedActions: String
    /// When the agent acknowledged the session; nil while they have not.
    public let acknowledgedOn: LocalDate?
    public let acknowledgementComment: String?
    /// The day by which the agent is asked to acknowledge.
    public let acknowledgementDue: LocalDate
    /// Length of the session in minutes.
    public let minutes: Int

    public init(id: String, date: LocalDate, agent: String, agentName: String, coachName: String, format: String,
                channel: String?, criteria: [String], linkedEvaluations: Int, strengths: String, opportunities: String,
                agreedActions: String, acknowledgedOn: LocalDate?, acknowledgementComment: String?,
                acknowledgementDue: LocalDate, minutes: Int) {
        self.id = id
        self.date = date
        self.agent = agent
        self.agentName = agentName
        self.coachName = coachName
        self.format = format
        self.channel = channel
        self.criteria = criteria
        self.linkedEvaluations = linkedEvaluations
        self.strengths = strengths
        self.opportunities = opportunities
        self.agreedActions = agreedActions
        self.acknowledgedOn = acknowledgedOn
        self.acknowledgementComment = acknowledgementComment
        self.acknowledgementDue = acknowledgementDue
        self.minutes = minutes
    }
}
