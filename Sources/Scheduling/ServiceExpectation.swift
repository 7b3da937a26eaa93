import Foundation
import Staffing

/// How the service level a plan or roster can be expected to give is worked out: Erlang C with
/// the agents working, after shrinkage, in each interval (the staffing calculation run backwards).
///
/// Agents working are bodies on shift and not on a break; of those, `1 − shrinkage` are taken to
/// be answering (the rest is the unplanned time staffing added shrinkage for). Erlang C counts
/// whole servers, so a fractional number answering (14.6: a break covering part of the interval,
/// or shrinkage) gets the service level interpolated linearly between its whole neighbours (14
/// and 15), as an agent present for 60 % of the interval is. With no more agents answering than
/// the offered Erlangs the queue grows without bound, and the service level is 0.
public struct ServiceExpectation: Sendable, Hashable {
    /// The answer-time threshold: the share of calls answered within this many seconds.
    public let seconds: Double
    /// The service level aimed for (0…1), to flag intervals below it.
    public let target: Double
    /// Share of working time lost to unplanned shrinkage (0 ≤ shrinkage < 1).
    public let shrinkage: Double

    public init(seconds: Double, target: Double, shrinkage: Double) {
        self.seconds = seconds
        self.target = target
        self.shrinkage = shrinkage
    }

    /// Agents answering: `working × (1 − shrinkage)`, 0 or more (dust such as 0.1 + 0.2 − 0.3 dropped).
    public func answeringAgents(working: Double) -> Double {
        let answering = working * (1 - shrinkage)
        return answering < 1e-9 ? 0 : (answering * 1e9).rounded() / 1e9
    }

    /// The expected share of calls answered within ``seconds``, or nil when no calls are offered.
    public func serviceLevel(working: Double, workload: IntervalWorkload, intervalMinutes: Int) -> Double? {
        guard workload.calls > 0, workload.handleSeconds > 0, intervalMinutes > 0 else { return nil }
        let agents = answeringAgents(working: working)
        let traffic = workload.traffic(intervalMinutes: intervalMinutes)
        let whole = Int(agents.rounded(.down))
        let share = agents - Double(whole)
        let lower = serviceLevel(agents: whole, traffic: traffic, handleSeconds: workload.handleSeconds)
        guard share > 0 else { return lower }
        let upper = serviceLevel(agents: whole + 1, traffic: traffic, handleSeconds: workload.handleSeconds)
        return lower + share * (upper - lower)
    }

    /// Erlang C's service level with `agents` whole agents; 0 when they cannot keep up.
    func serviceLevel(agents: Int, traffic: Double, handleSeconds: Double) -> Double {
        guard agents > 0, Double(agents) > traffic else { return 0 }
        let waiting = ErlangC.probabilityOfWaiting(agents: agents, traffic: traffic)
        let level = ErlangC.serviceLevel(probabilityOfWaiting: waiting, agents: agents, traffic: traffic,
                                         averageHandleTime: handleSeconds, withinSeconds: seconds)
        return min(1, max(0, level))
    }
}
