import CivilTime

/// One action item agreed in a coaching session: what, whose, by when, and where it stands.
public struct CoachingItemRow: Sendable {
    public let sessionId: String
    public let agentName: String
    /// Who carries the action out: the agent, or the coach for what they promised.
    public let ownerName: String
    public let text: String
    public let due: LocalDate
    /// `open`, `done` or `cancelled`, shown as given; the sheet's counts match them ignoring case.
    public let status: String
    public let doneOn: LocalDate?

    public init(sessionId: String, agentName: String, ownerName: String, text: String, due: LocalDate, status: String,
                doneOn: LocalDate?) {
        self.sessionId = sessionId
        self.agentName = agentName
        self.ownerName = ownerName
        self.text = text
        self.due = due
        self.status = status
        self.doneOn = doneOn
    }

    // Lower-cased as COUNTIFS matches, so the cached counts agree with Excel's.
    var isOpen: Bool { status.lowercased() == "open" }
    var isDone: Bool { status.lowercased() == "done" }
}
