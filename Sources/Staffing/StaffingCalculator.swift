import Foundation

/// Agents needed by one queue in one interval, and how it performs with a given number.
///
/// ```swift
/// let load = try QueueLoad(calls: 100, averageHandleTime: 180, intervalSeconds: 1800)
/// let calculator = StaffingCalculator(load: load)
/// let target = try StaffingTarget(serviceLevel: .init(fraction: 0.8, seconds: 20))
/// try calculator.requiredAgents(for: target).agents   // 14 (13 give 79.6 %)
/// ```
///
/// Without a patience the model is Erlang C; with one it is Erlang A. Searches never recompute
/// Erlang B from scratch: its recursion is extended one agent at a time and kept.
public struct StaffingCalculator: Sendable {
    public let load: QueueLoad
    /// Mean patience in seconds; nil for Erlang C (nobody hangs up).
    public let patience: Double?
    public let shrinkage: Shrinkage
    /// Threshold (seconds) for the service level reported by ``evaluate(agents:)``.
    public let serviceLevelSeconds: Double

    /// Searches stop here: far beyond any real centre, it only guards against a runaway loop.
    static let maximumAgents = StaffingLimits.maximumAgents

    public init(load: QueueLoad, patience: Double? = nil, shrinkage: Shrinkage = .none,
                serviceLevelSeconds: Double = 20) throws(StaffingError) {
        if let patience {
            try StaffingLimits.check(patience, in: StaffingLimits.patienceSeconds, field: "patience", unit: "seconds")
        }
        try StaffingLimits.check(serviceLevelSeconds, in: 0...StaffingLimits.maximumWaitSeconds,
                                 field: "service level time", unit: "seconds")
        self.load = load
        self.patience = patience
        self.shrinkage = shrinkage
        self.serviceLevelSeconds = serviceLevelSeconds
    }

    public var model: QueueModel { patience == nil ? .erlangC : .erlangA }

    /// Performance with exactly `agents` productive agents.
    public func evaluate(agents: Int) throws(StaffingError) -> StaffingResult {
        guard agents >= 1, agents <= StaffingLimits.maximumAgents else {
            throw .invalidInput(field: "agents", value: Double(agents),
                                requirement: "must be from 1 to \(StaffingLimits.maximumAgents)")
        }
        let traffic = load.trafficErlangs
        if patience == nil && Double(agents) <= traffic {
            throw .unstableQueue(trafficErlangs: traffic, agents: agents)
        }
        return try result(agents: agents, erlangB: ErlangB.blocking(servers: agents, traffic: traffic))
    }

    /// The fewest agents meeting every part of `target`; one agent fewer misses at least one part.
    public func requiredAgents(for target: StaffingTarget) throws(StaffingError) -> StaffingResult {
        if target.maximumAbandonment != nil && patience == nil {
            throw .targetUnreachable("a maximum abandonment needs a patience (--patience, seconds)")
        }
        var calculator = self
        if let level = target.serviceLevel {
            calculator = try StaffingCalculator(load: load, patience: patience, shrinkage: shrinkage,
                                                serviceLevelSeconds: level.seconds)
        }
        return patience == nil
            ? try calculator.searchErlangC(target)
            : try calculator.searchErlangA(target)
    }

    /// Erlang C: walk N upward from the first stable count; each step extends Erlang B once.
    /// Below the first stable count no target can hold, so only the recursion runs there.
    private func searchErlangC(_ target: StaffingTarget) throws(StaffingError) -> StaffingResult {
        let traffic = load.trafficErlangs
        let inverseTraffic = 1 / traffic
        // 1/B(n) = 1 + (n/A)·(1/B(n−1)): the same recursion without a division per step.
        var inverseBlocking = 1.0
        var n = 0
        let firstStable = Int(traffic.rounded(.down)) + 1
        while n < firstStable {
            n += 1
            inverseBlocking = 1 + Double(n) * inverseTraffic * inverseBlocking
        }
        while n < Self.maximumAgents {
            let candidate = try result(agents: n, erlangB: 1 / inverseBlocking)
            if meets(target, candidate) { return candidate }
            n += 1
            inverseBlocking = 1 + Double(n) * inverseTraffic * inverseBlocking
        }
        throw .targetUnreachable("more than \(Self.maximumAgents) agents would be needed")
    }

    /// Erlang A: gallop upward to a count that meets the target, then bisect; Erlang B values
    /// come from one table extended as far as the search reaches.
    private func searchErlangA(_ target: StaffingTarget) throws(StaffingError) -> StaffingResult {
        let traffic = load.trafficErlangs
        var table = ErlangB.table(upTo: max(1, Int(traffic.rounded(.up))), traffic: traffic)
        func evaluate(_ n: Int) throws(StaffingError) -> StaffingResult {
            while table.count <= n {
                let next = table.count
                let previous = table[next - 1]
                table.append(traffic * previous / (Double(next) + traffic * previous))
            }
            return try result(agents: n, erlangB: table[n])
        }
        var failing = 0
        var step = 1
        var candidate = max(1, Int((traffic * 0.5).rounded(.down)))
        var best = try evaluate(candidate)
        while !meets(target, best) {
            failing = candidate
            candidate += step
            step *= 2
            guard candidate <= Self.maximumAgents else {
                throw .targetUnreachable("more than \(Self.maximumAgents) agents would be needed")
            }
            best = try evaluate(candidate)
        }
        var passing = candidate
        if failing == 0 && candidate > 1 {
            // The first guess passed: look below it.
            failing = 0
        }
        while passing - failing > 1 {
            let middle = (passing + failing) / 2
            let trial = try evaluate(middle)
            if meets(target, trial) {
                passing = middle
                best = trial
            } else {
                failing = middle
            }
        }
        return best
    }

    private func meets(_ target: StaffingTarget, _ result: StaffingResult) -> Bool {
        if let level = target.serviceLevel, result.serviceLevel < level.fraction { return false }
        if let asa = target.maximumAverageSpeedOfAnswer, result.averageSpeedOfAnswer > asa { return false }
        if let abandon = target.maximumAbandonment, (result.abandonRate ?? 0) > abandon { return false }
        if let occupancy = target.maximumOccupancy, result.occupancy > occupancy { return false }
        return true
    }

    private func result(agents: Int, erlangB: Double) throws(StaffingError) -> StaffingResult {
        let traffic = load.trafficErlangs
        let scheduled = shrinkage.scheduledAgents(productive: agents)
        if let patience {
            let measures = try ErlangA.measures(
                agents: agents, arrivalRate: load.arrivalRate, serviceRate: load.serviceRate,
                patience: patience, withinSeconds: serviceLevelSeconds, erlangB: erlangB)
            let carried = traffic * (1 - measures.probabilityOfAbandoning)
            return StaffingResult(
                trafficErlangs: traffic, agents: agents, serviceLevel: measures.serviceLevel,
                serviceLevelSeconds: serviceLevelSeconds, averageSpeedOfAnswer: measures.averageSpeedOfAnswer,
                occupancy: min(carried / Double(agents), 1), probabilityOfWaiting: measures.probabilityOfWaiting,
                immediateAnswer: 1 - measures.probabilityOfWaiting, scheduledAgents: scheduled,
                abandonRate: measures.probabilityOfAbandoning, model: .erlangA)
        }
        let waiting = ErlangC.probabilityOfWaiting(agents: agents, traffic: traffic, erlangB: erlangB)
        let aht = load.averageHandleTime
        return StaffingResult(
            trafficErlangs: traffic, agents: agents,
            serviceLevel: ErlangC.serviceLevel(probabilityOfWaiting: waiting, agents: agents, traffic: traffic,
                                               averageHandleTime: aht, withinSeconds: serviceLevelSeconds),
            serviceLevelSeconds: serviceLevelSeconds,
            averageSpeedOfAnswer: ErlangC.averageSpeedOfAnswer(probabilityOfWaiting: waiting, agents: agents,
                                                               traffic: traffic, averageHandleTime: aht),
            occupancy: traffic / Double(agents), probabilityOfWaiting: waiting, immediateAnswer: 1 - waiting,
            scheduledAgents: scheduled, abandonRate: nil, model: .erlangC)
    }
}
