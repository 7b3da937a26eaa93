/// What the evaluator chose for one criterion.
///
/// The value must fit the criterion's kind: `.yes`/`.no` for yes/no, `.scale(value)` with one
/// of the scale's values, `.choice(id)` with one of the choice ids; `.notApplicable` only where
/// the criterion allows N/A.
public enum AnswerValue: Hashable, Sendable, CustomStringConvertible {
    case yes
    case no
    case scale(Int)
    case choice(String)
    case notApplicable

    /// `yes`, `no`, `3`, `choice 'full'`, `N/A`.
    public var description: String {
        switch self {
        case .yes: return "yes"
        case .no: return "no"
        case .scale(let value): return String(value)
        case .choice(let id): return "choice '\(id)'"
        case .notApplicable: return "N/A"
        }
    }

    public var isNotApplicable: Bool { self == .notApplicable }
}
