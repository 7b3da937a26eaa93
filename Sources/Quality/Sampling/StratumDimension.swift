/// A property that splits candidates into strata for stratified sampling.
public enum StratumDimension: String, CaseIterable, Codable, Sendable {
    case agent
    case channel
    /// ISO 8601 week (Monday to Sunday) of the interaction's local date.
    case isoWeek = "week"
    /// Calendar month of the interaction's local date.
    case month
}
