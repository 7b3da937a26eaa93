/// The verdict on an evaluation's score.
public enum ScoreOutcome: Hashable, Sendable, CustomStringConvertible {
    /// No fail-evaluation error and, when the card has a pass mark, the score reaches it.
    case passed
    /// The score is below the card's pass mark.
    case belowPassMark(score: Double, passMark: Double)
    /// These fail-evaluation criteria failed: the score is 0 and the evaluation fails.
    case failedByCritical([String])
    /// Every section was N/A: there is no score to judge (never counted as a pass).
    case notScored

    public var passed: Bool { self == .passed }

    public var description: String {
        switch self {
        case .passed: return "passed"
        case let .belowPassMark(score, mark): return "below the pass mark (\(ScoreText.percent(score)) < \(ScoreText.percent(mark)))"
        case .failedByCritical(let ids): return "failed by critical " + ids.joined(separator: ", ")
        case .notScored: return "not scored (everything N/A)"
        }
    }
}
