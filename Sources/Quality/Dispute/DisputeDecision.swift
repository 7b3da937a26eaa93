import Foundation

/// A reviewer's decision on a dispute, with the revised answers it makes.
///
/// `revisedAnswers` hold new answers for disputed criteria only (whole answers: value, comment,
/// evidence); an answer whose value equals the original does not count as a change.
public struct DisputeDecision: Hashable, Sendable {
    /// Person id of the reviewer: neither the original evaluator nor the agent.
    public var reviewerID: String
    public var verdict: DisputeVerdict
    public var revisedAnswers: [Answer]
    /// The reviewer's explanation to the agent; required.
    public var comment: String
    public var decidedAt: Date

    public init(reviewerID: String, verdict: DisputeVerdict, revisedAnswers: [Answer] = [], comment: String, decidedAt: Date) {
        self.reviewerID = reviewerID
        self.verdict = verdict
        self.revisedAnswers = revisedAnswers
        self.comment = comment
        self.decidedAt = decidedAt
    }
}
