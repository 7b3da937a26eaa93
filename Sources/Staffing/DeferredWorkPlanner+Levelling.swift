/// Building a plan: add each late batch's missing work to its window, lowest intervals first.
extension DeferredWorkPlanner {
    /// Workload FTE per interval, oldest batch first (see the type's documentation): each batch
    /// is answered in time as far as `cap` allows, and what stays late is caught up, uncapped,
    /// by its catch-up deadline.
    func levelledAgents(cap: Double) -> [Double] {
        var agents = [Double](repeating: 0, count: queue.count)
        var departures = [Double](repeating: 0, count: queue.count)
        var valid = 0    // departures[i] is current for i < valid

        /// Adds the work batch b still lacks at `until` to open intervals overlapping [from, until).
        func complete(_ b: Int, from: Double, until: Double, cap: Double) {
            guard let last = queue.intervalIndex(before: until) else { return }
            if valid <= last {
                queue.updateDepartures(&departures, in: valid..<(last + 1), agents: agents)
                valid = last + 1
            }
            let done = queue.departed(by: until, agents: agents, departures: departures)
            let late = queue.lateWork(b, departedByDeadline: done)
            guard late > 0 else { return }
            var first = last
            while first > b, queue.ends[first - 1] > from { first -= 1 }
            if raise(&agents, intervals: first...last, until: until, work: late, cap: cap) {
                valid = min(valid, first)
            }
        }

        for b in 0..<queue.count where queue.work[b] > 0 && queue.isDue(b) {
            let deadline = queue.deadlines[b]
            if queue.openSecondsInWindow[b] > 0 {
                complete(b, from: queue.starts[b], until: deadline, cap: cap)
            }
            if let catchUp = catchUpDeadline(b), catchUp <= queue.horizonEnd + 1e-6 {
                complete(b, from: deadline, until: catchUp, cap: .infinity)
            }
        }
        return agents
    }

    /// When late items of batch b must be answered at the latest: one response window after
    /// their deadline, or after the centre next opens if that is later. Nil if it never opens.
    func catchUpDeadline(_ b: Int) -> Double? {
        guard let opening = queue.nextOpening[b] else { return nil }
        return max(opening, queue.deadlines[b]) + target.windowSeconds
    }

    /// Water-filling: lifts the lowest open intervals of `window` to a common level until they
    /// offer `work` more seconds before `until`, never above `cap`. Returns whether it changed any.
    private func raise(_ agents: inout [Double], intervals window: ClosedRange<Int>, until: Double,
                       work: Double, cap: Double) -> Bool {
        // (staffing, index, seconds before `until`) of each open interval, lowest staffing first.
        var slots: [(level: Double, index: Int, seconds: Double)] = []
        slots.reserveCapacity(window.count)
        for i in window where queue.isOpen[i] {
            let seconds = min(queue.ends[i], until) - queue.starts[i]
            if seconds > 0 { slots.append((agents[i], i, seconds)) }
        }
        slots.sort { $0.level < $1.level || ($0.level == $1.level && $0.index < $1.index) }
        guard let lowest = slots.first, lowest.level < cap else { return false }
        var level = lowest.level
        var remaining = work
        var weight = 0.0
        var lifted = 0
        while remaining > 0 {
            while lifted < slots.count, slots[lifted].level <= level {
                weight += slots[lifted].seconds
                lifted += 1
            }
            let next = lifted < slots.count ? min(slots[lifted].level, cap) : cap
            if (next - level) * weight >= remaining {
                level += remaining / weight
                remaining = 0
            } else {
                remaining -= (next - level) * weight
                level = next
                if level >= cap { break }
            }
        }
        for slot in slots.prefix(lifted) { agents[slot.index] = max(agents[slot.index], level) }
        return true
    }
}
