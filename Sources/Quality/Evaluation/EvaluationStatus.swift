/// Where an evaluation is in its review cycle, with the steps allowed between states.
///
/// | from | to |
/// |---|---|
/// | draft | submitted |
/// | submitted | draft (recalled before the agent acts), acknowledged, disputed, final |
/// | acknowledged | disputed, final |
/// | disputed | final (only by a dispute decision, see ``DisputeReview``) |
/// | final | — |
///
/// Self-evaluations skip the agent's steps: they are never acknowledged or disputed.
public enum EvaluationStatus: String, Hashable, Sendable, CaseIterable, Codable, CustomStringConvertible {
    /// Being filled in by the evaluator; answers may change.
    case draft
    /// Sent to the agent; answers are frozen.
    case submitted
    /// The agent has seen and accepted it.
    case acknowledged
    /// The agent has disputed criteria; awaiting a reviewer's decision.
    case disputed
    /// Closed: counts in reports and cannot change.
    case final

    public var description: String { rawValue }

    /// The states this one may move to.
    public var allowedNext: Set<EvaluationStatus> {
        switch self {
        case .draft: return [.submitted]
        case .submitted: return [.draft, .acknowledged, .disputed, .final]
        case .acknowledged: return [.disputed, .final]
        case .disputed: return [.final]
        case .final: return []
        }
    }

    public func canMove(to next: EvaluationStatus) -> Bool { allowedNext.contains(next) }
}
