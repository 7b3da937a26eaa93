public import Quality

/// What `qa evaluate --format json` prints.
public struct QaEvaluationSummary: Encodable {
    let evaluation: String
    let scorecard: String
    let agent: String
    let evaluator: String
    let selfEvaluation: Bool
    let status: String
    let stored: String
    let score: Double?
    let passed: Bool
    let outcome: String

    public init(evaluation: Evaluation, score: ScoreResult, stored: String) {
        self.evaluation = evaluation.id
        scorecard = evaluation.scorecardLabel
        agent = evaluation.agentID
        evaluator = evaluation.evaluatorID
        selfEvaluation = evaluation.isSelfEvaluation
        status = evaluation.status.rawValue
        self.stored = stored
        self.score = score.score.map(QaScoreReport.tidy)
        passed = score.passed
        outcome = QaScoreReport.name(score.outcome)
    }
}
