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

    enum CodingKeys: String, CodingKey {
        case evaluation, scorecard, agent, evaluator, selfEvaluation, status, stored, score, passed, outcome
    }

    /// Written out so a score of nothing (every section N/A) is `null`, not a missing key.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(evaluation, forKey: .evaluation)
        try container.encode(scorecard, forKey: .scorecard)
        try container.encode(agent, forKey: .agent)
        try container.encode(evaluator, forKey: .evaluator)
        try container.encode(selfEvaluation, forKey: .selfEvaluation)
        try container.encode(status, forKey: .status)
        try container.encode(stored, forKey: .stored)
        try container.encode(score, forKey: .score)
        try container.encode(passed, forKey: .passed)
        try container.encode(outcome, forKey: .outcome)
    }
}
