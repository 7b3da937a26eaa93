public import Coaching

/// A coaching session as one reader may see it: private notes only for those above the agent.
public struct CoachingSessionView: Sendable {
    public let session: SharedCoachingSession
    /// Nil unless the reader is above the agent on the session's day.
    public let privateNotes: String?
    public let startMinute: Int?
    /// The items the reader may see: all of them, or only their own for an item owner.
    public let items: [ActionItem]
    /// The before/after effect on the session's criteria (scores the reader may see: the agent's own).
    public internal(set) var effects: [CoachingEffect] = []

    init(_ session: SharedCoachingSession, privateNotes: String?, startMinute: Int?, items: [ActionItem]) {
        self.session = session
        self.privateNotes = privateNotes
        self.startMinute = startMinute
        self.items = items
    }

    /// Whether the reader sees the session whole.
    public var isFull: Bool { privateNotes != nil }
    /// Whether the reader sees only the session's header and their own items (an item's owner
    /// who is neither the agent nor above them): notes, links and acknowledgement are withheld.
    public internal(set) var isHeaderOnly = false
}
