/// How a coaching session is held.
public enum CoachingFormat: String, CaseIterable, Codable, Sendable {
    /// A private conversation between the coach and the agent.
    case oneToOne = "one-to-one"
    /// The coach sits with the agent while they handle live contacts.
    case sideBySide = "side-by-side"
    /// Coach and agent listen to or read recorded interactions together.
    case callReview = "call-review"
}
