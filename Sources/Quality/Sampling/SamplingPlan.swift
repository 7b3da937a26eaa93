/// How many interactions to draw, and from which groups.
///
/// ```swift
/// SamplingPlan.simpleRandom(count: 50)                      // 50 from all candidates
/// SamplingPlan.stratified(by: [.agent, .isoWeek], perStratum: 2)
/// SamplingPlan.monthlyQuota(perAgent: 4)                    // 4 per agent per month
/// ```
public enum SamplingPlan: Equatable, Sendable, Codable, CustomStringConvertible {
    /// Simple random sampling without replacement: every set of `count` candidates is equally
    /// likely.
    case simpleRandom(count: Int)
    /// `perStratum` drawn without replacement from every stratum the candidates fall into;
    /// a stratum with fewer candidates gives all it has, and the shortfall is reported.
    case stratified(by: [StratumDimension], perStratum: Int)

    /// A monthly evaluation quota per agent: stratified by agent and calendar month.
    public static func monthlyQuota(perAgent quota: Int) -> SamplingPlan {
        .stratified(by: [.agent, .month], perStratum: quota)
    }

    public var description: String {
        switch self {
        case .simpleRandom(let count):
            return "simple random sample of \(count)"
        case let .stratified(dimensions, perStratum):
            return "\(perStratum) per \(dimensions.map(\.rawValue).joined(separator: " and "))"
        }
    }
}
