/// What deciding a dispute produces: the revised, final evaluation, its new score, and the
/// history record (also appended to the evaluation's ``Evaluation/disputeHistory``).
public struct DisputeOutcome: Hashable, Sendable {
    public let evaluation: Evaluation
    public let score: ScoreResult
    public let record: DisputeRecord
}
