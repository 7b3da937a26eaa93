import Foundation
import Testing
@testable import Staffing

@Suite("Deferred work: plans meet the target without gross over-staffing")
struct DeferredWorkMinimalityTests {
    /// 100 emails × 6 min = 10 hours of work at 09:00, all due by 11:00: 5 agents in each of the
    /// two hours is exactly enough. Four agents at 09:00 finish only 9 hours of work (90 emails)
    /// by 11:00; scaling both hours to 4.5 agents does the same.
    @Test("a 100 % plan misses its target with one agent fewer at the peak or 10 % less staffing")
    func tightHundredPercent() throws {
        let intervals = try DeferredFixture.hours(days: 1, arrivals: [9: 100], handleTime: 360)
        let planner = try DeferredFixture.planner(intervals, fraction: 1, windowHours: 2)
        let plan = planner.plan()
        let agents = plan.intervals.map(\.workloadAgents)
        #expect(abs(agents[9] - 5) < 1e-9 && abs(agents[10] - 5) < 1e-9)
        #expect(plan.meetsTarget)

        var oneFewer = agents
        let busiest = oneFewer.indices.max { oneFewer[$0] < oneFewer[$1] }!
        oneFewer[busiest] -= 1
        let fewer = try planner.evaluate(workloadAgents: oneFewer)
        #expect(abs(fewer.overall.answeredInTime - 90) < 1e-6)
        #expect(!fewer.meetsTarget)

        let scaled = try planner.evaluate(workloadAgents: agents.map { $0 * 0.9 })
        #expect(abs(scaled.overall.answeredInTime - 90) < 1e-6)
        #expect(!scaled.meetsTarget)
    }

    /// Three days of 10 emails × 6 min at 09:00, due by 11:00, target 90 %. With c agents at
    /// 09:00 and 10:00 a batch is 2c × 10 emails on time, so the lowest level is c = 0.45 (9 of
    /// 10 on time each day); the late email (6 min) is caught up within the next 2 hours,
    /// 0.05 agent at 11:00 and 12:00. Scaled by 0.9, each day does 0.9 of its 1 hour of work and
    /// leaves one more email (6 min) ahead of the next day's batch: 8.1, 7.1 and 6.1 on time,
    /// 21.3 of 30 (71 %). One agent fewer at Monday 09:00 leaves 0.45 agent-hours before 11:00,
    /// 4.5 emails on time; the catch-up answers 1 more, so 4.5 (27 min) wait ahead of Tuesday's
    /// batch, whose 9 emails of capacity by 11:00 again answer only 4.5 of its own; likewise
    /// Wednesday: 13.5 of 30 (45 %).
    @Test("a 90 % plan staffs the peak at the lowest level that still reaches 90 %")
    func tightNinetyPercent() throws {
        let intervals = try DeferredFixture.hours(days: 3, arrivals: [9: 10, 33: 10, 57: 10], handleTime: 360)
        let planner = try DeferredFixture.planner(intervals, fraction: 0.9, windowHours: 2)
        let plan = planner.plan()
        let agents = plan.intervals.map(\.workloadAgents)
        for day in 0..<3 {
            let nine = 24 * day + 9
            #expect(abs(agents[nine] - 0.45) < 1e-6 && abs(agents[nine + 1] - 0.45) < 1e-6)
            #expect(abs(agents[nine + 2] - 0.05) < 1e-6 && abs(agents[nine + 3] - 0.05) < 1e-6)
            #expect(abs((plan.days[day].outcome.share ?? 0) - 0.9) < 1e-6)
            #expect(abs(plan.intervals[nine + 3].backlogItems) < 1e-6)   // the late email is answered
        }
        #expect(plan.meetsTarget)

        var oneFewer = agents
        oneFewer[9] = max(oneFewer[9] - 1, 0)
        let fewer = try planner.evaluate(workloadAgents: oneFewer)
        #expect(abs((fewer.overall.share ?? 1) - 0.45) < 1e-6)
        #expect(!fewer.meetsTarget)
        let scaled = try planner.evaluate(workloadAgents: agents.map { $0 * 0.9 })
        #expect(abs((scaled.overall.share ?? 1) - 0.71) < 1e-6)
        #expect(!scaled.meetsTarget)
    }

    /// Two and a half days of uneven arrivals around the clock (handle times 4–10 min, 85 % within
    /// 16 hours, closed 18:00–08:00): the plan's own share must agree with an independent minute-by-
    /// minute FIFO simulation, and that share must reach the target.
    @Test("the plan meets the target when replayed by an independent FIFO simulation")
    func targetMetOnReplay() throws {
        let intervals = try (0..<60).map { (h: Int) throws -> DeferredWorkInterval in
            let items = Double((h * 7) % 13)
            let handleTime = Double(240 + 60 * (h % 7))
            return try DeferredWorkInterval(start: DeferredFixture.at(Double(h)), seconds: 3600, items: items,
                                            handleTime: handleTime, isOpen: (8..<18).contains(h % 24))
        }
        let planner = try DeferredFixture.planner(intervals, fraction: 0.85, windowHours: 16)
        let plan = planner.plan()
        let replay = DeferredReplay.share(intervals: intervals, agents: plan.intervals.map(\.workloadAgents),
                                          windowSeconds: 16 * 3600)
        #expect(plan.meetsTarget)
        #expect(abs(replay - (plan.overall.share ?? -1)) < 1e-9)
        #expect(replay >= 0.85 - 1e-9)
        #expect(plan.overall.dueAfterPlan > 0)   // arrivals after 20:00 on day 2 are due after the plan
        #expect(!(try planner.evaluate(workloadAgents: plan.intervals.map { $0.workloadAgents * 0.9 }).meetsTarget))
    }
}

/// An independent check: replays a plan in one-minute steps with an explicit FIFO queue. Exact for
/// fluid work when intervals and deadlines fall on whole minutes: work done in the step
/// [t, t + 60) counts as in time iff t + 60 ≤ deadline.
enum DeferredReplay {
    static func share(intervals: [DeferredWorkInterval], agents: [Double], windowSeconds: Double) -> Double {
        struct Batch { var remaining: Double; let handleTime: Double; let deadline: Date }
        var queue: [Batch] = []
        let end = intervals.last!.end
        var due = 0.0, inTime = 0.0
        for (i, interval) in intervals.enumerated() {
            let deadline = interval.start.addingTimeInterval(windowSeconds)
            if deadline <= end { due += interval.items }
            queue.append(Batch(remaining: interval.workSeconds, handleTime: interval.handleTime, deadline: deadline))
            for minute in 0..<Int(interval.seconds / 60) {
                var budget = interval.isOpen ? agents[i] * 60 : 0
                let stepEnd = interval.start.addingTimeInterval(Double(minute + 1) * 60)
                while budget > 0, let head = queue.first {
                    let done = min(budget, head.remaining)
                    budget -= done
                    if stepEnd <= head.deadline && head.deadline <= end { inTime += done / head.handleTime }
                    if head.remaining - done <= 1e-12 { queue.removeFirst() } else { queue[0].remaining -= done }
                }
            }
        }
        return inTime / due
    }
}
