public import Quality

/// An evaluation with the score of its answers, as ``QualityRepository/importEvaluations(_:actor:in:)`` takes them.
public struct ScoredEvaluation: Hashable, Sendable {
    public var evaluation: Evaluation
    /// Nil only for a draft not yet scored.
    public var score: ScoreResult?

    public init(_ evaluation: Evaluation, score: ScoreResult?) {
        self.evaluation = evaluation
        self.score = score
    }
}
