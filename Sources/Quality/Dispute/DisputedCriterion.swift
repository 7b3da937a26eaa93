/// One criterion an agent disputes, with their reason.
public struct DisputedCriterion: Hashable, Sendable {
    public var criterionID: String
    /// Why the agent thinks the answer is wrong; required.
    public var reason: String

    public init(_ criterionID: String, reason: String) {
        self.criterionID = criterionID
        self.reason = reason
    }
}
