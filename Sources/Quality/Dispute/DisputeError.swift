/// Why a dispute cannot be raised or decided as given.
public enum DisputeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The dispute names another evaluation.
    case wrongEvaluation(disputeNames: String, evaluation: String)
    /// Only the evaluated agent may dispute.
    case notRaisedByAgent(raisedBy: String, agentID: String)
    /// Self-evaluations cannot be disputed.
    case selfEvaluation
    /// Disputes are raised on submitted or acknowledged evaluations only.
    case notOpenToDispute(EvaluationStatus)
    /// Decisions are made on disputed evaluations only.
    case notDisputed(EvaluationStatus)
    /// A dispute must name at least one criterion.
    case noCriteria
    /// The evaluation's scorecard has no criteria with these ids.
    case criteriaNotOnScorecard([String])
    /// A criterion is named twice.
    case criterionDisputedTwice(String)
    /// A disputed criterion has no reason.
    case missingReason(criterionID: String)
    /// The reviewer is the evaluator who made the evaluation.
    case reviewerIsEvaluator(String)
    /// The reviewer is the agent who disputes.
    case reviewerIsAgent(String)
    /// The decision has no comment.
    case missingComment
    /// The decision predates the dispute.
    case decidedBeforeRaised
    /// Revised answers for criteria that were not disputed.
    case revisesUndisputedCriteria([String])
    /// An accepted or partly accepted dispute that changes no answer.
    case acceptedWithoutChange(DisputeVerdict)
    /// An accepted dispute that leaves these disputed criteria unchanged (use partly accepted).
    case acceptedLeavesUnchanged([String])
    /// A rejected dispute with revised answers.
    case rejectedWithRevisions([String])
    /// The scorecard or the revised answers do not fit the evaluation.
    case evaluation(EvaluationError)

    public var description: String {
        switch self {
        case let .wrongEvaluation(named, evaluation):
            return "the dispute is about evaluation '\(named)', not '\(evaluation)'"
        case let .notRaisedByAgent(raisedBy, agent):
            return "only the evaluated agent ('\(agent)') may dispute the evaluation, not '\(raisedBy)'"
        case .selfEvaluation:
            return "a self-evaluation cannot be disputed"
        case .notOpenToDispute(let status):
            return "a \(status) evaluation cannot be disputed (only submitted or acknowledged ones)"
        case .notDisputed(let status):
            return "the evaluation is \(status), not disputed: there is no dispute to decide"
        case .noCriteria:
            return "a dispute must name at least one criterion"
        case .criteriaNotOnScorecard(let ids):
            return "the scorecard has no criteria " + ids.map { "'\($0)'" }.joined(separator: ", ")
        case .criterionDisputedTwice(let id):
            return "criterion '\(id)' is disputed twice"
        case .missingReason(let id):
            return "give a reason for disputing criterion '\(id)'"
        case .reviewerIsEvaluator(let id):
            return "'\(id)' made the evaluation and cannot review its dispute"
        case .reviewerIsAgent(let id):
            return "'\(id)' raised the dispute and cannot review it"
        case .missingComment:
            return "a dispute decision needs a comment for the agent"
        case .decidedBeforeRaised:
            return "the decision is dated before the dispute was raised"
        case .revisesUndisputedCriteria(let ids):
            return "only disputed criteria may be revised, not " + ids.map { "'\($0)'" }.joined(separator: ", ")
        case .acceptedWithoutChange(let verdict):
            return "a dispute \(verdict == .accepted ? "accepted" : "partly accepted") must change at least one disputed answer"
        case .acceptedLeavesUnchanged(let ids):
            return "an accepted dispute changes every disputed answer; " + ids.map { "'\($0)'" }.joined(separator: ", ")
                + " stay\(ids.count == 1 ? "s" : "") the same (use partly accepted)"
        case .rejectedWithRevisions(let ids):
            return "a rejected dispute changes no answer, but revises " + ids.map { "'\($0)'" }.joined(separator: ", ")
        case .evaluation(let error):
            return error.description
        }
    }
}
