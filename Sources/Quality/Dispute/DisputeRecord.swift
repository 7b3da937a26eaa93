/// One decided dispute in an evaluation's history: what was asked, what was decided, the
/// answers before it and the score either side.
public struct DisputeRecord: Hashable, Sendable {
    public let dispute: Dispute
    public let decision: DisputeDecision
    /// Every answer of the evaluation as it stood before the decision.
    public let originalAnswers: [Answer]
    /// Disputed criteria whose value the decision changed, in the order disputed.
    public let changedCriteria: [String]
    public let scoreBefore: Double?
    public let scoreAfter: Double?
    public let outcomeBefore: ScoreOutcome
    public let outcomeAfter: ScoreOutcome

    public init(dispute: Dispute, decision: DisputeDecision, originalAnswers: [Answer], changedCriteria: [String],
                scoreBefore: Double?, scoreAfter: Double?, outcomeBefore: ScoreOutcome, outcomeAfter: ScoreOutcome) {
        self.dispute = dispute
        self.decision = decision
        self.originalAnswers = originalAnswers
        self.changedCriteria = changedCriteria
        self.scoreBefore = scoreBefore
        self.scoreAfter = scoreAfter
        self.outcomeBefore = outcomeBefore
        self.outcomeAfter = outcomeAfter
    }
}
