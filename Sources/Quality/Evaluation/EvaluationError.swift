/// Why an evaluation cannot be built, changed, moved on or scored.
public enum EvaluationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A field outside its meaningful range (an empty id, a negative duration).
    case invalidField(field: String, value: String, requirement: String)
    /// The status table does not allow this step.
    case illegalTransition(from: EvaluationStatus, to: EvaluationStatus)
    /// Self-evaluations are never acknowledged or disputed.
    case notForSelfEvaluation(EvaluationStatus)
    /// Raising and deciding disputes go through ``DisputeReview``, which keeps the history.
    case disputeStepOutsideReview(from: EvaluationStatus, to: EvaluationStatus)
    /// Answers change only while the evaluation is a draft.
    case answersLocked(EvaluationStatus)
    /// The scorecard given is not the version the evaluation uses.
    case scorecardMismatch(evaluationUses: String, given: String)
    /// The scorecard is not written for the interaction's channel.
    case channelNotOnScorecard(channel: InteractionChannel, scorecard: String)
    /// An evidence timestamp lies outside the interaction.
    case evidenceOutsideInteraction(criterionID: String, seconds: Double, durationSeconds: Double?)
    /// The answers do not fit the scorecard.
    case scoring(ScoringError)

    public var description: String {
        switch self {
        case let .invalidField(field, value, requirement):
            return "\(field) '\(value)': \(requirement)"
        case let .illegalTransition(from, to):
            let allowed = from.allowedNext.map(\.rawValue).sorted()
            return "an evaluation cannot go from \(from) to \(to)"
                + (allowed.isEmpty ? " (\(from) is final)" : " (from \(from): \(allowed.joined(separator: ", ")))")
        case .notForSelfEvaluation(let status):
            return "a self-evaluation cannot be \(status)"
        case let .disputeStepOutsideReview(from, to):
            return "going from \(from) to \(to) is a dispute step: raise or decide the dispute instead"
        case .answersLocked(let status):
            return "answers cannot change once the evaluation is \(status)"
        case let .scorecardMismatch(uses, given):
            return "the evaluation uses scorecard \(uses), not \(given)"
        case let .channelNotOnScorecard(channel, scorecard):
            return "scorecard \(scorecard) is not written for the \(channel) channel"
        case let .evidenceOutsideInteraction(id, seconds, duration):
            let limit = duration.map { "0–\(ScoreText.number($0)) s" } ?? "0 s or more"
            return "criterion '\(id)': evidence at \(ScoreText.number(seconds)) s lies outside the interaction (\(limit))"
        case .scoring(let error):
            return error.description
        }
    }
}
