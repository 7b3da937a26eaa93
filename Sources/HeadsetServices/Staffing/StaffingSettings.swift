public import Foundation
public import Reports
public import Staffing

/// How `headset staffing` staffs every interval: the targets or a given number of agents, the
/// model (Erlang C, or Erlang A with a patience) and shrinkage, all validated by the Staffing
/// module before any file is read.
public struct StaffingSettings {
    /// What to search for; nil when evaluating `agents`.
    public let target: StaffingTarget?
    /// A number of agents to evaluate instead of searching.
    public let agents: Int?
    /// The service-level target given, if any (also shown when evaluating).
    public let serviceLevel: StaffingTarget.ServiceLevel?
    /// Threshold, seconds, of the service level reported.
    public let serviceLevelSeconds: Double
    public let shrinkage: Shrinkage
    /// Mean patience, seconds; nil for Erlang C.
    public let patience: Double?

    public init(serviceLevel: StaffingTarget.ServiceLevel?, maximumSpeedOfAnswer: Double?, maximumAbandonment: Double?,
         maximumOccupancy: Double?, shrinkage: Shrinkage, patience: Double?, agents: Int?) throws {
        self.serviceLevel = serviceLevel
        self.serviceLevelSeconds = serviceLevel?.seconds ?? 20
        self.shrinkage = shrinkage
        self.patience = patience
        self.agents = agents
        target = agents == nil
            ? try StaffingTarget(serviceLevel: serviceLevel, maximumAverageSpeedOfAnswer: maximumSpeedOfAnswer,
                                 maximumAbandonment: maximumAbandonment, maximumOccupancy: maximumOccupancy)
            : nil
        // The calculator checks patience and the threshold, and evaluate(agents:) the agent count;
        // ask them now on a token load, so a batch of zero-call rows cannot skip the checks.
        let probe = try StaffingCalculator(load: QueueLoad(calls: 1, averageHandleTime: 1, intervalSeconds: 3_600),
                                           patience: patience, shrinkage: shrinkage,
                                           serviceLevelSeconds: serviceLevelSeconds)
        if let agents { _ = try probe.evaluate(agents: agents) }
    }

    public var model: QueueModel { patience == nil ? .erlangC : .erlangA }

    /// Agents needed (or the given agents' performance) for one queue in one interval.
    public func result(calls: Double, averageHandleTime: Double, intervalSeconds: Double) throws(StaffingError) -> StaffingResult {
        let load = try QueueLoad(calls: calls, averageHandleTime: averageHandleTime, intervalSeconds: intervalSeconds)
        let calculator = try StaffingCalculator(load: load, patience: patience, shrinkage: shrinkage,
                                                serviceLevelSeconds: serviceLevelSeconds)
        if let agents { return try calculator.evaluate(agents: agents) }
        guard let target else { throw .targetUnreachable("no target given") }
        return try calculator.requiredAgents(for: target)
    }

    /// Agents for a chat queue in which each agent holds `concurrency` chats.
    public func chatResult(calls: Double, averageHandleTime: Double, intervalSeconds: Double,
                    concurrency: Int) throws(StaffingError) -> ChatStaffingResult {
        let load = try QueueLoad(calls: calls, averageHandleTime: averageHandleTime, intervalSeconds: intervalSeconds)
        let chat = try ChatStaffing(load: load, concurrency: ChatConcurrency(concurrency), patience: patience, shrinkage: shrinkage)
        if let agents { return try chat.evaluate(agents: agents, serviceLevelSeconds: serviceLevelSeconds) }
        guard let target else { throw .targetUnreachable("no target given") }
        return try chat.requiredAgents(for: target)
    }

    /// One row of a batch; an interval without calls needs nobody (or keeps the given agents).
    public func staff(_ load: IntervalLoad, start: Date, intervalSeconds: Double) throws(StaffingError) -> StaffedInterval {
        guard load.calls > 0 else {
            return .withoutCalls(start: start, channel: load.channel, intervalSeconds: intervalSeconds,
                                 averageHandleTime: load.averageHandleTime, agents: agents ?? 0,
                                 scheduledAgents: agents.map { shrinkage.scheduledAgents(productive: $0) } ?? 0,
                                 tracksAbandonment: patience != nil)
        }
        let result = try result(calls: load.calls, averageHandleTime: load.averageHandleTime,
                                intervalSeconds: intervalSeconds)
        return StaffedInterval(start: start, channel: load.channel, intervalSeconds: intervalSeconds, calls: load.calls,
                               averageHandleTime: load.averageHandleTime, result: result)
    }
}
