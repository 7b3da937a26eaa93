/// Why an agent's mean score should be read with care.
public enum SampleSizeWarning: Equatable, Sendable, CustomStringConvertible {
    /// Fewer evaluations than the configured minimum.
    case belowMinimumSample(count: Int, minimum: Int)

    public var description: String {
        switch self {
        case let .belowMinimumSample(count, minimum):
            let evaluations = count == 1 ? "1 evaluation" : "\(count) evaluations"
            return "only \(evaluations) (minimum \(minimum)): too few to judge this mean"
                + (count == 1 ? "; one evaluation has no confidence interval" : "")
        }
    }
}
