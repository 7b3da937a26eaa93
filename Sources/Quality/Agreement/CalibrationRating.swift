/// One rater's blind scores of one calibration interaction.
///
/// ```swift
/// CalibrationRating(raterId: "expert", scores: ["greeting": 5, "hold": nil], overall: 90)
/// ```
public struct CalibrationRating: Equatable, Sendable {
    public let raterId: String
    /// Score per criterion id. A criterion absent here was not scored (N/A or missing).
    public let scores: [String: Double]
    /// The overall score of the evaluation; nil when not given.
    public let overall: Double?

    /// - Parameter scores: criterion id → score; nil marks N/A, the same as leaving it out.
    public init(raterId: String, scores: [String: Double?], overall: Double?) {
        self.raterId = raterId
        self.scores = scores.compactMapValues { $0 }
        self.overall = overall
    }

    /// The score for a target: a criterion's score or the overall score.
    public func score(for target: CalibrationTarget) -> Double? {
        switch target {
        case .overall: return overall
        case .criterion(let id): return scores[id]
        }
    }
}
