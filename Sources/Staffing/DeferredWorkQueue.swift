import Foundation

/// The fluid FIFO queue behind deferred-work plans.
///
/// Work is measured in seconds and tracked cumulatively: batch b (the items of interval b, all
/// arriving at its start s_b) occupies positions [P_b, P_b + W_b) of the FIFO order, W_b = items
/// × handle time. With x_i productive agents the open interval i offers x_i × length seconds of
/// work, done at a steady rate while anything waits, so the work done by the end of interval i is
/// D_i = min(D_(i−1) + x_i·L_i, P_i + W_i) (Lindley's recursion for cumulative departures).
/// Batch b is answered in time to the extent D(s_b + window) covers its positions.
struct DeferredWorkQueue: Sendable {
    let starts: [Double]
    let ends: [Double]
    let isOpen: [Bool]
    let items: [Double]
    let work: [Double]
    /// P_b: work ahead of batch b in FIFO order.
    let position: [Double]
    let deadlines: [Double]
    let horizonEnd: Double
    /// Open seconds in [s_b, min(deadline, horizon end)).
    let openSecondsInWindow: [Double]
    /// Start of the first open interval at or after interval b, if any.
    let nextOpening: [Double?]

    init(intervals: [DeferredWorkInterval], windowSeconds: Double) {
        starts = intervals.map { $0.start.timeIntervalSinceReferenceDate }
        ends = zip(starts, intervals).map { $0 + $1.seconds }
        isOpen = intervals.map(\.isOpen)
        items = intervals.map(\.items)
        work = intervals.map(\.workSeconds)
        var ahead = 0.0
        position = work.map { w in defer { ahead += w }; return ahead }
        deadlines = starts.map { $0 + windowSeconds }
        let horizonEnd = ends.last ?? 0
        self.horizonEnd = horizonEnd
        var open = [Double](repeating: 0, count: starts.count)
        for b in starts.indices {
            let limit = min(deadlines[b], horizonEnd)
            var j = b
            while j < starts.count, starts[j] < limit {
                if isOpen[j] { open[b] += min(ends[j], limit) - starts[j] }
                j += 1
            }
        }
        openSecondsInWindow = open
        var opening: Double? = nil
        var next = [Double?](repeating: nil, count: starts.count)
        for b in starts.indices.reversed() {
            if isOpen[b] { opening = starts[b] }
            next[b] = opening
        }
        nextOpening = next
    }

    var count: Int { starts.count }

    /// Whether batch b's deadline lies within the plan (a microsecond of slack for rounding).
    func isDue(_ b: Int) -> Bool { deadlines[b] <= horizonEnd + 1e-6 }

    /// Seconds of work interval i can do with `agents` (0 when closed).
    func capacity(_ i: Int, agents: [Double]) -> Double {
        isOpen[i] ? agents[i] * (ends[i] - starts[i]) : 0
    }

    /// D_i for i in `range`, given D_(range.lowerBound − 1) already in `departures`.
    func updateDepartures(_ departures: inout [Double], in range: Range<Int>, agents: [Double]) {
        for i in range {
            let before = i > 0 ? departures[i - 1] : 0
            departures[i] = min(before + capacity(i, agents: agents), position[i] + work[i])
        }
    }

    /// The last interval starting before `time`, if any.
    func intervalIndex(before time: Double) -> Int? {
        var low = 0, high = count    // first index with start ≥ time
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < time { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }

    /// Cumulative work done by `time`; `departures` must be valid up to the interval holding it.
    func departed(by time: Double, agents: [Double], departures: [Double]) -> Double {
        guard let i = intervalIndex(before: time) else { return 0 }
        if time >= ends[i] { return departures[i] }
        let before = i > 0 ? departures[i - 1] : 0
        let rate = isOpen[i] ? agents[i] : 0
        return before + min(rate * (time - starts[i]), position[i] + work[i] - before)
    }

    /// Work of batch b still undone at its deadline (0 when answered in time, within rounding).
    func lateWork(_ b: Int, departedByDeadline: Double) -> Double {
        let missing = position[b] + work[b] - departedByDeadline
        return missing > 1e-11 * max(position[b] + work[b], 1) ? missing : 0
    }

    /// Share of batch b finished once `departed` seconds of work are done (FIFO).
    func finishedShare(_ b: Int, departed: Double) -> Double {
        guard work[b] > 0 else { return 1 }
        if lateWork(b, departedByDeadline: departed) == 0 { return 1 }
        return min(max((departed - position[b]) / work[b], 0), 1)
    }

    /// The fate of batch b's items given the work done by its deadline.
    func outcome(_ b: Int, departedByDeadline: Double) -> DeferredWorkOutcome {
        var outcome = DeferredWorkOutcome()
        outcome.arrived = items[b]
        if isDue(b) {
            outcome.due = items[b]
            outcome.answeredInTime = items[b] * finishedShare(b, departed: departedByDeadline)
            if openSecondsInWindow[b] <= 0 { outcome.impossible = items[b] }
        } else {
            outcome.dueAfterPlan = items[b]
        }
        return outcome
    }
}
