public import Quality

/// Why a scorecard, evaluation or dispute was not stored. Nothing is written when one is thrown
/// (the caller's transaction rolls back).
public enum QualityStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The scorecard does not validate; every problem is listed.
    case invalidScorecard(key: String, version: Int, problems: [ScorecardProblem])
    /// The versioning rules refuse the definition: a changed published version (its changes
    /// listed), a return to draft, or a version number below the latest.
    case scorecardVersion(ScorecardVersionError)
    /// No scorecard version with this label (`voice-call v3`) is stored.
    case unknownScorecard(String)
    /// New evaluations use published versions only: drafts may still change in place, retired
    /// versions are no longer offered.
    case scorecardNotInUse(scorecard: String, status: ScorecardStatus)
    /// No evaluation with this id is stored.
    case unknownEvaluation(String)
    /// A stored evaluation's scorecard, people, interaction or creation time cannot change.
    case fixedFieldsChanged(evaluationID: String, fields: [String])
    /// Disputes and their history change only through raising and deciding them.
    case disputesOnlyThroughReview(evaluationID: String)
    /// An evaluation past draft needs the score of its answers.
    case scoreRequired(evaluationID: String)
    /// The score given was not computed from these answers on this scorecard version.
    case scoreMismatch(evaluationID: String, reason: String)
    /// The domain refuses the change (a status step the table lacks, answers after submission, …).
    case evaluation(EvaluationError)
    /// A dispute with this id is already stored.
    case duplicateDispute(String)
    /// No dispute with this id is stored.
    case unknownDispute(String)
    /// The dispute has already been decided.
    case disputeAlreadyDecided(String)
    /// The domain refuses the dispute or its decision.
    case dispute(DisputeError)

    public var description: String {
        switch self {
        case let .invalidScorecard(key, version, problems):
            return "scorecard \(key) v\(version) is not valid: " + problems.map(\.description).joined(separator: "; ")
        case .scorecardVersion(let error):
            return error.description
        case .unknownScorecard(let label):
            return "no scorecard \(label) is stored; import it first"
        case let .scorecardNotInUse(label, status):
            return "scorecard \(label) is \(status): new evaluations use a published version"
        case .unknownEvaluation(let id):
            return "no evaluation '\(id)' is stored"
        case let .fixedFieldsChanged(id, fields):
            return "evaluation '\(id)': " + fields.joined(separator: ", ") + " cannot change once stored"
        case .disputesOnlyThroughReview(let id):
            return "evaluation '\(id)': disputes are raised and decided through the dispute review, not by saving the evaluation"
        case .scoreRequired(let id):
            return "evaluation '\(id)' is past draft and needs the score of its answers"
        case let .scoreMismatch(id, reason):
            return "evaluation '\(id)': the score given does not belong to its answers (\(reason))"
        case .evaluation(let error):
            return error.description
        case .duplicateDispute(let id):
            return "a dispute '\(id)' is already stored"
        case .unknownDispute(let id):
            return "no dispute '\(id)' is stored"
        case .disputeAlreadyDecided(let id):
            return "dispute '\(id)' has already been decided"
        case .dispute(let error):
            return error.description
        }
    }
}
