/// Why a staffing question cannot be answered as asked.
public enum StaffingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An input outside its meaningful range; `field` uses the CLI's names.
    case invalidInput(field: String, value: Double, requirement: String)
    /// Erlang C with no more agents than Erlangs of traffic: the queue grows without bound.
    case unstableQueue(trafficErlangs: Double, agents: Int)
    /// No number of agents meets the targets (e.g. an occupancy cap that contradicts them).
    case targetUnreachable(String)

    public var description: String {
        switch self {
        case let .invalidInput(field, value, requirement):
            return "\(field) \(Self.format(value)): \(requirement)"
        case let .unstableQueue(traffic, agents):
            return "unstable queue: \(Self.format(traffic)) Erlangs of traffic need more than \(agents) agents "
                + "(Erlang C assumes nobody hangs up; add agents, or give --patience for Erlang A)"
        case let .targetUnreachable(reason):
            return "target cannot be met: \(reason)"
        }
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
