/// What a calibration alpha means for the scores, in Krippendorff's words (2004, "Content
/// Analysis", 2nd ed., 241): rely on α ≥ .800; draw tentative conclusions only from .667;
/// below that, do not rely on the scores — calibrate the evaluators first.
public enum QaCalibrationReading: String, Sendable, CaseIterable {
    case reliable
    case tentative
    case unreliable

    /// Thresholds as published (.800 and .667), compared on the unrounded alpha.
    public init(alpha: Double) {
        if alpha >= 0.8 {
            self = .reliable
        } else if alpha >= 0.667 {
            self = .tentative
        } else {
            self = .unreliable
        }
    }

    /// One line for a supervisor.
    public var advice: String {
        switch self {
        case .reliable: "reliable (α ≥ .800): the evaluators can be relied on"
        case .tentative: "tentative (.667 ≤ α < .800): draw tentative conclusions only"
        case .unreliable: "unreliable (α < .667): calibrate the evaluators before trusting these scores"
        }
    }

    /// The guidance printed under every calibration table.
    public static let guidance = "Krippendorff's alpha: rely on α ≥ .800; draw tentative conclusions only from .667; "
        + "below that, calibrate the evaluators first."
}
