/// Why one answer (or a missing one) cannot be scored against a scorecard version.
public enum AnswerProblem: Hashable, Sendable, CustomStringConvertible {
    /// The card has no criterion with this id.
    case unknownCriterion(String)
    /// The criterion was answered more than once.
    case duplicateAnswer(criterionID: String)
    /// N/A was given where the criterion does not allow it.
    case notApplicableNotAllowed(criterionID: String)
    /// A scale value that is not one of the scale's points.
    case valueOffScale(criterionID: String, value: Int, allowed: [Int])
    /// A choice id the criterion does not offer.
    case unknownChoice(criterionID: String, choice: String, allowed: [String])
    /// A value of the wrong kind (`.yes` for a scale, a scale value for a yes/no).
    case wrongValueType(criterionID: String, value: AnswerValue, expected: String)
    /// A non-bonus criterion has no answer (missing is not N/A).
    case missingAnswer(criterionID: String)

    /// The criterion the problem is about.
    public var criterionID: String {
        switch self {
        case .unknownCriterion(let id): return id
        case .duplicateAnswer(let id), .notApplicableNotAllowed(let id), .valueOffScale(let id, _, _),
             .unknownChoice(let id, _, _), .wrongValueType(let id, _, _), .missingAnswer(let id):
            return id
        }
    }

    public var description: String {
        switch self {
        case .unknownCriterion(let id):
            return "answer for unknown criterion '\(id)'"
        case .duplicateAnswer(let id):
            return "criterion '\(id)' is answered more than once"
        case .notApplicableNotAllowed(let id):
            return "criterion '\(id)' does not allow N/A"
        case let .valueOffScale(id, value, allowed):
            return "criterion '\(id)': \(value) is not on the scale (" + allowed.map(String.init).joined(separator: ", ") + ")"
        case let .unknownChoice(id, choice, allowed):
            return "criterion '\(id)': no choice '\(choice)' (choices: " + allowed.joined(separator: ", ") + ")"
        case let .wrongValueType(id, value, expected):
            return "criterion '\(id)': answered \(value), expected \(expected)"
        case .missingAnswer(let id):
            return "criterion '\(id)' is not answered (answer N/A explicitly where it does not apply)"
        }
    }
}
