/// What one stratum asked for and gave.
public struct StratumOutcome: Equatable, Sendable, Codable {
    public let stratum: Stratum
    /// Candidates in the stratum.
    public let available: Int
    /// The plan's count for it.
    public let requested: Int
    /// Drawn: min(available, requested).
    public let selected: Int

    /// How many the plan asked for beyond what the stratum had (0 when met).
    public var shortfall: Int { requested - selected }
}
