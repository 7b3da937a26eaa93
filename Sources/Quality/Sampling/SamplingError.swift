/// Why a QA sample or an agent's score interval cannot be produced as asked.
public enum SamplingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A plan or option outside its meaningful range; `name` uses the CLI's words.
    case invalidParameter(name: String, value: String, requirement: String)
    /// Two candidates with the same interaction id (a sample must be repeatable from ids).
    case duplicateCandidate(interactionId: String)
    /// No scores to average.
    case noScores
    /// A score outside the scale (or not a finite number); `position` is 1-based.
    case scoreOutsideScale(position: Int, value: Double, scale: ClosedRange<Double>)

    public var description: String {
        switch self {
        case let .invalidParameter(name, value, requirement):
            return "\(name) \(value): \(requirement)"
        case .duplicateCandidate(let id):
            return "interaction '\(id)' is listed twice among the candidates"
        case .noScores:
            return "no scores: a mean needs at least one evaluation"
        case let .scoreOutsideScale(position, value, scale):
            return "score \(position) is \(value); scores must lie in \(scale.lowerBound)…\(scale.upperBound)"
        }
    }
}
