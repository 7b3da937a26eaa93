import Foundation

/// An agent's challenge to specific answers of an evaluation of them.
///
/// ```swift
/// Dispute(id: "d-1", evaluationID: "ev-1", raisedBy: "ana",
///         items: [DisputedCriterion("verify-identity", reason: "Verified by voice biometrics at 0:12")],
///         raisedAt: now)
/// ```
///
/// Validated when raised (``DisputeReview/raise(_:against:scorecard:)``): only the evaluated
/// agent may dispute, only criteria of the evaluation's scorecard, each once with a reason.
public struct Dispute: Hashable, Sendable {
    public var id: String
    public var evaluationID: String
    /// Person id of whoever raises it; must be the evaluated agent.
    public var raisedBy: String
    public var items: [DisputedCriterion]
    public var raisedAt: Date

    public init(id: String, evaluationID: String, raisedBy: String, items: [DisputedCriterion], raisedAt: Date) {
        self.id = id
        self.evaluationID = evaluationID
        self.raisedBy = raisedBy
        self.items = items
        self.raisedAt = raisedAt
    }

    /// The disputed criterion ids, in the order raised.
    public var criterionIDs: [String] { items.map(\.criterionID) }
}
