import Foundation

/// The agent's confirmation of a session, with what they want to say about it.
public struct CoachingAcknowledgement: Hashable, Sendable {
    public let at: Date
    public let comment: String

    public init(at: Date, comment: String) {
        self.at = at
        self.comment = comment
    }
}
