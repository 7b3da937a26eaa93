import Foundation

/// Turning workload FTE per interval into a reported plan by FIFO simulation.
extension DeferredWorkPlanner {
    func simulate(_ agents: [Double]) -> DeferredWorkPlan {
        var departures = [Double](repeating: 0, count: queue.count)
        queue.updateDepartures(&departures, in: 0..<queue.count, agents: agents)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone

        var rows: [DeferredWorkIntervalPlan] = []
        var days: [(start: Date, outcome: DeferredWorkOutcome)] = []
        var overall = DeferredWorkOutcome()
        var arrivedItems = 0.0
        var finishedItems = 0.0     // items of batches before `oldest`, all finished
        var oldest = 0              // oldest batch not yet finished
        var doneBefore = 0.0        // items finished by the end of the previous interval
        for i in 0..<queue.count {
            let done = departures[i]
            let before = i > 0 ? departures[i - 1] : 0
            arrivedItems += queue.items[i]
            while oldest <= i, queue.finishedShare(oldest, departed: done) >= 1 {
                finishedItems += queue.items[oldest]
                oldest += 1
            }
            let partial = oldest <= i ? queue.items[oldest] * queue.finishedShare(oldest, departed: done) : 0
            let doneItems = finishedItems + partial

            let byDeadline = queue.departed(by: queue.deadlines[i], agents: agents, departures: departures)
            let arrivals = queue.outcome(i, departedByDeadline: byDeadline)
            overall.add(arrivals)
            let day = calendar.startOfDay(for: intervals[i].start)
            if days.last?.start == day {
                days[days.count - 1].outcome.add(arrivals)
            } else {
                days.append((day, arrivals))
            }

            let workload = queue.isOpen[i] ? agents[i] : 0
            let whole = max(Int((workload - 1e-9).rounded(.up)), 0)
            rows.append(DeferredWorkIntervalPlan(
                start: intervals[i].start, seconds: intervals[i].seconds, isOpen: queue.isOpen[i],
                workloadAgents: workload, agents: whole,
                scheduledAgents: shrinkage.scheduledAgents(productive: whole),
                itemsHandled: doneItems - doneBefore, workSecondsHandled: done - before,
                backlogItems: max(arrivedItems - doneItems, 0),
                backlogWorkSeconds: max(queue.position[i] + queue.work[i] - done, 0),
                arrivals: arrivals))
            doneBefore = doneItems
        }
        return DeferredWorkPlan(target: target, intervals: rows,
                                days: days.map { DeferredWorkDay(start: $0.start, outcome: $0.outcome) },
                                overall: overall)
    }
}
