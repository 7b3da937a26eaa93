/// How one queue performs with a number of agents: what `headset staffing` reports.
public struct StaffingResult: Equatable, Sendable {
    public let trafficErlangs: Double
    /// Productive agents on the phones.
    public let agents: Int
    /// Share of offered contacts answered within the target time (0–1).
    public let serviceLevel: Double
    /// Service-level threshold in seconds the `serviceLevel` refers to.
    public let serviceLevelSeconds: Double
    /// Average speed of answer, seconds (answered contacts).
    public let averageSpeedOfAnswer: Double
    /// Traffic carried per agent (0–1): offered traffic less abandoned, over agents.
    public let occupancy: Double
    public let probabilityOfWaiting: Double
    /// Share answered with no wait at all: 1 − P(wait).
    public let immediateAnswer: Double
    /// Agents to schedule so that `agents` are productive after shrinkage (rounded up).
    public let scheduledAgents: Int
    /// Share of offered contacts that hang up (Erlang A only).
    public let abandonRate: Double?
    /// Which model produced the figures.
    public let model: QueueModel
}

/// The queueing model behind a result.
public enum QueueModel: String, Equatable, Sendable, Codable {
    /// M/M/N: nobody hangs up.
    case erlangC = "erlang_c"
    /// M/M/N+M: exponential patience.
    case erlangA = "erlang_a"
}
