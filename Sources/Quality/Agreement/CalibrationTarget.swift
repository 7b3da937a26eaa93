/// What a calibration statistic is about: one criterion of the scorecard, or the overall score.
public enum CalibrationTarget: Hashable, Sendable, CustomStringConvertible {
    case criterion(String)
    case overall

    public var description: String {
        switch self {
        case .criterion(let id): return "criterion '\(id)'"
        case .overall: return "overall score"
        }
    }
}
