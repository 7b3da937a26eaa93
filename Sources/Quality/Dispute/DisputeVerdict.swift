/// A reviewer's verdict on a dispute.
///
/// - `accepted`: the agent is right on every disputed criterion: each gets a new answer.
/// - `partlyAccepted`: at least one disputed answer changes (possibly only part of the way).
/// - `rejected`: no answer changes.
public enum DisputeVerdict: String, Hashable, Sendable, CaseIterable, Codable, CustomStringConvertible {
    case accepted
    case partlyAccepted = "partly-accepted"
    case rejected

    public var description: String { rawValue }
}
