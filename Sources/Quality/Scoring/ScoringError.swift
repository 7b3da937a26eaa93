/// Why answers cannot be scored: every problem at once, so an evaluator fixes them in one go.
public enum ScoringError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The scorecard version itself has problems (see ``Scorecard/validate()``).
    case invalidScorecard(key: String, version: Int, problems: [ScorecardProblem])
    /// The answers do not fit the card: answers in the order given, then missing answers in
    /// card order.
    case invalidAnswers([AnswerProblem])

    public var description: String {
        switch self {
        case let .invalidScorecard(key, version, problems):
            return "scorecard \(key) v\(version) cannot score: " + problems.map(\.description).joined(separator: "; ")
        case .invalidAnswers(let problems):
            return problems.map(\.description).joined(separator: "; ")
        }
    }
}
