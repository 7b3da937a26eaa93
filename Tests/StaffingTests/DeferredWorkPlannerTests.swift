import Foundation
import Testing
@testable import Staffing

/// Hourly test calendars starting Monday 4 March 2024, 00:00 UTC.
enum DeferredFixture {
    static let monday = Date(timeIntervalSince1970: 1_709_510_400)
    static let utc = TimeZone(identifier: "UTC")!

    /// The moment `hour` hours after Monday 00:00.
    static func at(_ hour: Double) -> Date { monday.addingTimeInterval(hour * 3600) }

    /// `days` × 24 hourly intervals, open 09:00–17:00 every day unless `open` says otherwise;
    /// `arrivals[h]` items arrive at hour h (counted from Monday 00:00).
    static func hours(days: Int, arrivals: [Int: Double], handleTime: Double,
                      open: (Int) -> Bool = { (9..<17).contains($0 % 24) }) throws -> [DeferredWorkInterval] {
        try (0..<(days * 24)).map { h in
            try DeferredWorkInterval(start: at(Double(h)), seconds: 3600, items: arrivals[h] ?? 0,
                                     handleTime: handleTime, isOpen: open(h))
        }
    }

    static func planner(_ intervals: [DeferredWorkInterval], fraction: Double, windowHours: Double,
                        timeZone: TimeZone = utc) throws -> DeferredWorkPlanner {
        try DeferredWorkPlanner(intervals: intervals,
                                target: DeferredWorkTarget(fraction: fraction, windowSeconds: windowHours * 3600),
                                timeZone: timeZone)
    }
}

@Suite("Deferred work: hand-computed plans")
struct DeferredWorkPlannerTests {
    /// 10 emails × 6 min = 1 hour of work at 09:00, due by 11:00: the two open hours 09–10 and
    /// 10–11 must supply 1 agent-hour, so the level plan is 0.5 agent in each (1 whole agent),
    /// 5 emails (30 min of work) done per hour, 5 emails / 0.5 h carried from 09–10 to 10–11.
    @Test("ten six-minute emails due in two hours need half an agent in each of those two hours")
    func twoHourWindow() throws {
        let intervals = try DeferredFixture.hours(days: 1, arrivals: [9: 10], handleTime: 360)
        let plan = try DeferredFixture.planner(intervals, fraction: 1, windowHours: 2).plan()
        let nine = plan.intervals[9], ten = plan.intervals[10]
        #expect(abs(nine.workloadAgents - 0.5) < 1e-9)
        #expect(abs(ten.workloadAgents - 0.5) < 1e-9)
        #expect(nine.agents == 1 && ten.agents == 1)
        #expect(abs(nine.itemsHandled - 5) < 1e-9 && abs(nine.workHoursHandled - 0.5) < 1e-9)
        #expect(abs(nine.backlogItems - 5) < 1e-9 && abs(nine.backlogWorkHours - 0.5) < 1e-9)
        #expect(abs(ten.itemsHandled - 5) < 1e-9 && abs(ten.backlogItems) < 1e-9)
        #expect(abs(plan.workloadAgentHours - 1) < 1e-9)
        for (h, row) in plan.intervals.enumerated() where h != 9 && h != 10 {
            #expect(row.workloadAgents == 0)
        }
        #expect(plan.overall.due == 10)
        #expect(abs(plan.overall.answeredInTime - 10) < 1e-9)
        #expect(plan.meetsTarget)
    }

    /// 8 letters × 7.5 min = 1 hour of work arrive at 18:00 Monday, after closing. With a 24-hour
    /// window (due Tuesday 18:00) Tuesday's 8 open hours share it: 1/8 agent, one letter an hour;
    /// all 8 wait overnight (1 hour of work) and all are on time.
    @Test("items arriving after closing wait overnight and are on time within 24 hours")
    func overnightWithinADay() throws {
        let intervals = try DeferredFixture.hours(days: 2, arrivals: [18: 8], handleTime: 450)
        let plan = try DeferredFixture.planner(intervals, fraction: 1, windowHours: 24).plan()
        for h in 18..<33 {    // Monday 18:00 to Tuesday 09:00: closed, nothing done
            #expect(plan.intervals[h].workloadAgents == 0)
            #expect(abs(plan.intervals[h].backlogItems - 8) < 1e-9)
            #expect(abs(plan.intervals[h].backlogWorkHours - 1) < 1e-9)
        }
        for h in 33..<41 {    // Tuesday 09:00–17:00
            #expect(abs(plan.intervals[h].workloadAgents - 0.125) < 1e-9)
            #expect(abs(plan.intervals[h].itemsHandled - 1) < 1e-9)
        }
        #expect(abs(plan.intervals[36].backlogItems - 4) < 1e-9)   // after Tuesday 12:00–13:00
        #expect(abs((plan.overall.share ?? 0) - 1) < 1e-9)
        #expect(plan.overall.impossible == 0)
        #expect(plan.meetsTarget)
    }

    /// Same letters with a 4-hour window: due 22:00 Monday, while closed, so none can be on time.
    /// They are reported impossible (late), and still answered within 4 hours of Tuesday's
    /// opening: 1 hour of work over 09:00–13:00 is 1/4 agent and 2 letters an hour.
    @Test("items whose window holds no open time are reported late and answered next morning")
    func overnightWithinFourHours() throws {
        let intervals = try DeferredFixture.hours(days: 2, arrivals: [18: 8], handleTime: 450)
        let plan = try DeferredFixture.planner(intervals, fraction: 0.9, windowHours: 4).plan()
        #expect(plan.overall.impossible == 8)
        #expect(plan.overall.late == 8)
        #expect(plan.overall.share == 0)
        #expect(!plan.meetsTarget)
        for h in 33..<37 {
            #expect(abs(plan.intervals[h].workloadAgents - 0.25) < 1e-9)
            #expect(abs(plan.intervals[h].itemsHandled - 2) < 1e-9)
        }
        #expect(abs(plan.intervals[36].backlogItems) < 1e-9)
    }

    /// 100 emails × 6 min due in 2 hours need 5 productive agents in each hour; at 30 % shrinkage
    /// 5 / 0.7 = 7.14, so 8 are scheduled.
    @Test("shrinkage turns whole productive agents into agents to schedule")
    func shrinkage() throws {
        let intervals = try DeferredFixture.hours(days: 1, arrivals: [9: 100], handleTime: 360)
        let planner = try DeferredWorkPlanner(
            intervals: intervals, target: DeferredWorkTarget(fraction: 1, windowSeconds: 7200),
            shrinkage: Shrinkage(fraction: 0.3), timeZone: DeferredFixture.utc)
        let plan = planner.plan()
        #expect(plan.intervals[9].agents == 5 && plan.intervals[9].scheduledAgents == 8)
        #expect(plan.intervals[11].agents == 0 && plan.intervals[11].scheduledAgents == 0)
    }

    @Test("closed intervals get no agents and do no work even with a backlog waiting")
    func openingHoursRespected() throws {
        // Arrivals every hour of two days, day and night, 5 minutes each, due within 12 hours.
        let arrivals = Dictionary(uniqueKeysWithValues: (0..<48).map { ($0, Double(3 + $0 % 5)) })
        let intervals = try DeferredFixture.hours(days: 2, arrivals: arrivals, handleTime: 300)
        let plan = try DeferredFixture.planner(intervals, fraction: 0.8, windowHours: 12).plan()
        for row in plan.intervals where !row.isOpen {
            #expect(row.workloadAgents == 0 && row.agents == 0)
            #expect(row.workSecondsHandled == 0 && row.itemsHandled == 0)
        }
        #expect(plan.intervals[8].backlogItems > 0)   // the night's items wait for 09:00
        #expect(plan.meetsTarget)
    }

    /// Items are grouped by the calendar day they arrive on in the planner's time zone: 23:30 UTC
    /// on Monday 4 March 2024 is 00:30 on Tuesday in Amsterdam (UTC+1 until 31 March); the plan's
    /// last half hour, 23:30 UTC Tuesday, starts a third Amsterdam day with no arrivals.
    @Test("arrival days follow the centre's time zone")
    func arrivalDaysUseTimeZone() throws {
        let intervals = try (0..<96).map { (q: Int) throws -> DeferredWorkInterval in
            let items: Double = q == 10 || q == 47 ? 4 : 0
            return try DeferredWorkInterval(start: DeferredFixture.at(Double(q) / 2), seconds: 1800, items: items,
                                            handleTime: 600, isOpen: (16..<36).contains(q % 48))
        }
        let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!
        let plan = try DeferredFixture.planner(intervals, fraction: 1, windowHours: 24, timeZone: amsterdam).plan()
        #expect(plan.days.map(\.outcome.arrived) == [4, 4, 0])
        #expect(plan.days.map(\.start) == [DeferredFixture.at(-1), DeferredFixture.at(23), DeferredFixture.at(47)])
    }
}
