/// Calibration of one criterion (or the overall score) across all items of a session.
public struct CriterionCalibration: Equatable, Sendable {
    public let target: CalibrationTarget
    /// One entry per calibration item, in the order given.
    public let items: [ItemCalibration]
    /// All raters' deviations from the benchmark on this target, pooled over items; nil when no
    /// rater could be compared.
    public let deviation: DeviationSummary?
    /// Krippendorff's alpha over items (units) × raters, the benchmark included; nil when no item
    /// has two scores. Its own `alpha` is nil when every score given is the same.
    public let agreement: KrippendorffAlpha?
}
