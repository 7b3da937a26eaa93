/// What saving an evaluation did.
public enum EvaluationSaveOutcome: String, Hashable, Sendable, CustomStringConvertible {
    /// Stored for the first time.
    case created
    /// The stored evaluation moved on (answers of a draft, a status step, a new score).
    case updated
    /// Identical to the stored one, score included: nothing written, nothing audited.
    case unchanged

    public var description: String { rawValue }
}
