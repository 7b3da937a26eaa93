/// Whether an evaluation made an error of one critical class.
public enum CriticalOutcome: Hashable, Sendable, CustomStringConvertible {
    /// At least one criterion of the class was answered and none failed.
    case passed
    /// These criteria of the class failed (card order).
    case failed([String])
    /// Every criterion of the class was N/A: the evaluation does not count for this class.
    case notApplicable

    public var description: String {
        switch self {
        case .passed: return "passed"
        case .failed(let ids): return "failed (" + ids.joined(separator: ", ") + ")"
        case .notApplicable: return "N/A"
        }
    }
}
