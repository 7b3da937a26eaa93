import CivilTime

/// One group of candidates in a stratified sample, e.g. "agent a17, month 2026-11"; a property
/// the plan does not stratify by is nil.
public struct Stratum: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public var agentId: String?
    public var channel: String?
    public var month: CalendarMonth?
    public var week: ISOWeek?

    public init(agentId: String? = nil, channel: String? = nil, month: CalendarMonth? = nil, week: ISOWeek? = nil) {
        self.agentId = agentId
        self.channel = channel
        self.month = month
        self.week = week
    }

    /// The stratum of `candidate` along `dimensions`.
    init(of candidate: some SamplingCandidate, by dimensions: [StratumDimension]) {
        self.init()
        for dimension in dimensions {
            switch dimension {
            case .agent: agentId = candidate.agentId
            case .channel: channel = candidate.channel
            case .isoWeek: week = ISOWeek(containing: candidate.date)
            case .month: month = CalendarMonth(containing: candidate.date)
            }
        }
    }

    public var description: String {
        var parts: [String] = []
        if let agentId { parts.append("agent \(agentId)") }
        if let channel { parts.append("channel \(channel)") }
        if let month { parts.append("month \(month)") }
        if let week { parts.append("week \(week)") }
        return parts.isEmpty ? "all candidates" : parts.joined(separator: ", ")
    }

    /// Agent, then channel, month and week; a missing property sorts first.
    public static func < (lhs: Stratum, rhs: Stratum) -> Bool {
        func ordered<T: Comparable>(_ a: T?, _ b: T?) -> Bool? {
            switch (a, b) {
            case let (a?, b?): return a == b ? nil : a < b
            case (nil, _?): return true
            case (_?, nil): return false
            case (nil, nil): return nil
            }
        }
        return ordered(lhs.agentId, rhs.agentId)
            ?? ordered(lhs.channel, rhs.channel)
            ?? ordered(lhs.month, rhs.month)
            ?? ordered(lhs.week, rhs.week)
            ?? false
    }
}
