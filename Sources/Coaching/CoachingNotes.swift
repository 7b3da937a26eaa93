/// The notes of a session the agent sees: what went well, what to work on, what was agreed.
/// Private supervisor notes are kept apart (``CoachingSession/privateNotes``) and never travel
/// with these.
public struct CoachingNotes: Hashable, Sendable {
    public var strengths: String
    public var opportunities: String
    public var agreedActions: String

    public init(strengths: String = "", opportunities: String = "", agreedActions: String = "") {
        self.strengths = strengths
        self.opportunities = opportunities
        self.agreedActions = agreedActions
    }

    public var isEmpty: Bool { [strengths, opportunities, agreedActions].allSatisfy { $0.allSatisfy(\.isWhitespace) } }
}
