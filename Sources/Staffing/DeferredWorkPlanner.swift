import Foundation

/// Staffing for deferred work (email, letters, fax, back office) under a response-window target,
/// with opening hours and a backlog carried across intervals, nights and weekends.
///
/// ```swift
/// let planner = try DeferredWorkPlanner(
///     intervals: intervals,                                  // e.g. a week of 30-minute intervals
///     target: DeferredWorkTarget(fraction: 0.9, windowSeconds: 24 * 3600),
///     timeZone: TimeZone(identifier: "Europe/Amsterdam")!)
/// let plan = planner.plan()
/// plan.intervals[20].agents       // whole productive agents in interval 20
/// plan.overall.share              // share answered within 24 h, checked by FIFO simulation
/// ```
///
/// Model (fluid, deterministic): each interval's items arrive at its start; agents work the queue
/// first in, first out at a steady rate in open intervals only; the response clock runs in
/// closed time too. Items are judged by the plan's own FIFO simulation (``evaluate(workloadAgents:)``):
/// an item is answered in time if the work ahead of it and its own is done by arrival + window.
///
/// How ``plan()`` staffs: walking the batches oldest first, it simulates the plan so far and, for
/// a batch that would still be late, adds exactly its missing work to the open intervals of that
/// batch's window, raising the lowest of them first (water-filling, so the plan stays level) but
/// never above a cap. With FIFO every second of capacity added inside a late batch's window
/// brings its completion forward by one second of work, so nothing is wasted before the
/// deadline. The cap is the smallest one (found by bisection) with which the simulated plan still
/// meets the target: the plan minimises the peak, and below it each batch gets only the work it
/// lacks. For targets below 100 % this lets peaks be answered late instead of staffed; the
/// target is for all due items together, so some days (often the plan's last) may fall below it.
/// Late items are still answered: the plan finishes them, uncapped, by one response window after
/// their deadline (or after the centre next opens, if that is later), levelled over the open
/// intervals of that catch-up period; a catch-up that would end after the plan is left to the
/// next plan and shows as backlog.
///
/// Items are judged only when their deadline falls within the plan: end the plan one response
/// window after the last arrivals you care about (closed intervals are fine). Items whose window
/// holds no open time cannot be answered in time; they are reported as `impossible`, counted
/// late and caught up as above, and if they alone break the target the plan answers every other
/// item in time and reports ``DeferredWorkPlan/meetsTarget`` false.
///
/// The plan is fractional workload FTE per interval; whole agents round each interval up, which
/// only adds capacity, and shrinkage turns them into agents to schedule.
public struct DeferredWorkPlanner: Sendable {
    public let intervals: [DeferredWorkInterval]
    public let target: DeferredWorkTarget
    public let shrinkage: Shrinkage
    /// The contact centre's time zone, for grouping arrivals into days.
    public let timeZone: TimeZone
    let queue: DeferredWorkQueue

    /// - Throws: ``StaffingError/invalidInput(field:value:requirement:)`` when there are no
    ///   intervals or an interval starts before the previous one ends.
    public init(intervals: [DeferredWorkInterval], target: DeferredWorkTarget,
                shrinkage: Shrinkage = .none, timeZone: TimeZone) throws(StaffingError) {
        guard !intervals.isEmpty else {
            throw .invalidInput(field: "intervals", value: 0, requirement: "at least one planning interval is needed")
        }
        for i in intervals.indices.dropFirst() where intervals[i].start < intervals[i - 1].end {
            throw .invalidInput(field: "interval start", value: Double(i + 1),
                                requirement: "interval \(i + 1) starts before interval \(i) ends; give intervals in time order without overlap")
        }
        self.intervals = intervals
        self.target = target
        self.shrinkage = shrinkage
        self.timeZone = timeZone
        queue = DeferredWorkQueue(intervals: intervals, windowSeconds: target.windowSeconds)
    }

    /// The plan: the lowest level staffing found that meets the target, checked by simulation.
    public func plan() -> DeferredWorkPlan {
        let uncapped = levelledAgents(cap: .infinity)
        let peak = uncapped.max() ?? 0
        var best = uncapped
        if peak > 0 {
            let required = requiredOnTime
            let slack = 1e-12 * max(required, 1)
            var low = 0.0, high = peak
            for _ in 0..<64 where high - low > 1e-12 * peak {
                let middle = (low + high) / 2
                let trial = levelledAgents(cap: middle)
                if answeredInTime(trial) >= required - slack {
                    high = middle
                    best = trial
                } else {
                    low = middle
                }
            }
        }
        return simulate(best)
    }

    /// Simulates a given plan FIFO: productive workload FTE per interval (0 in closed intervals).
    public func evaluate(workloadAgents agents: [Double]) throws(StaffingError) -> DeferredWorkPlan {
        guard agents.count == intervals.count else {
            throw .invalidInput(field: "agents", value: Double(agents.count),
                                requirement: "must give one value per interval (\(intervals.count))")
        }
        for (i, value) in agents.enumerated() {
            guard value.isFinite, value >= 0 else {
                throw .invalidInput(field: "agents", value: value, requirement: "must be 0 or more (interval \(i + 1))")
            }
            guard intervals[i].isOpen || value == 0 else {
                throw .invalidInput(field: "agents", value: value, requirement: "must be 0 in closed interval \(i + 1)")
            }
        }
        return simulate(agents)
    }

    /// Items that must be answered in time: the target share of due items, or every item that
    /// can be answered in time if the impossible ones alone break the target.
    var requiredOnTime: Double {
        var due = 0.0, impossible = 0.0
        for b in 0..<queue.count where queue.isDue(b) {
            due += queue.items[b]
            if queue.openSecondsInWindow[b] <= 0 { impossible += queue.items[b] }
        }
        return min(target.fraction * due, due - impossible)
    }

    /// Due items answered in time under `agents`.
    func answeredInTime(_ agents: [Double]) -> Double {
        var departures = [Double](repeating: 0, count: queue.count)
        queue.updateDepartures(&departures, in: 0..<queue.count, agents: agents)
        var total = 0.0
        for b in 0..<queue.count where queue.isDue(b) && queue.items[b] > 0 {
            let done = queue.departed(by: queue.deadlines[b], agents: agents, departures: departures)
            total += queue.items[b] * queue.finishedShare(b, departed: done)
        }
        return total
    }
}
