public import Quality
public import Storage

/// A stored evaluation with its scorecard and score, as a use case hands it back.
public struct EvaluationResult: Sendable {
    public let evaluation: Evaluation
    public let scorecard: Scorecard
    public let score: ScoreResult
    /// Created, updated or unchanged; nil when only read.
    public let stored: EvaluationSaveOutcome?
    /// Disputes raised and not yet decided (decided ones are in the evaluation's history).
    public let openDisputes: [Dispute]

    public init(evaluation: Evaluation, scorecard: Scorecard, score: ScoreResult, stored: EvaluationSaveOutcome?,
                openDisputes: [Dispute] = []) {
        self.evaluation = evaluation
        self.scorecard = scorecard
        self.score = score
        self.stored = stored
        self.openDisputes = openDisputes
    }
}
