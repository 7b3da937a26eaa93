/// Whose evaluations a report counts.
public enum QualityScope: Hashable, Sendable {
    /// One agent's (the organisation's person key).
    case agent(String)
    /// A team's: the evaluations of any of these agents (one SQL parameter each, so up to a few
    /// thousand).
    case team([String])
    /// The evaluations one evaluator made.
    case evaluator(String)
    /// Every evaluation.
    case everyone
}
