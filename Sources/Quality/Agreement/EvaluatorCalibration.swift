/// One evaluator's leniency and accuracy against the benchmark over a calibration session.
///
/// Criterion scores and overall scores are summarised apart: they are often on different scales
/// (a criterion 0–5, the overall 0–100), so one mean over both would mean little.
public struct EvaluatorCalibration: Equatable, Sendable {
    public let raterId: String
    /// Overall scores against the benchmark's; nil when none could be compared.
    public let overall: DeviationSummary?
    /// Criterion scores against the benchmark's, pooled over criteria and items.
    public let criteria: DeviationSummary?
    /// Per criterion id; criteria with no comparison are left out.
    public let byCriterion: [String: DeviationSummary]
}
