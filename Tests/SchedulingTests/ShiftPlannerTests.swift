import CivilTime
import Testing
@testable import Scheduling

@Suite("Shift-count plans")
struct ShiftPlannerTests {
    private let monday = LocalDate("2026-11-23")!
    private func time(_ text: String) -> TimeOfDay { TimeOfDay(text)! }

    private func curve(_ minutes: Int, _ rows: [(String, String, Double)]) throws -> RequirementCurve {
        try RequirementCurve(intervalMinutes: minutes, intervals: rows.map { date, start, required in
            RequirementInterval(date: LocalDate(date)!, start: TimeOfDay(start)!, required: required)
        })
    }

    /// Three 30-minute intervals (09:00, 09:30, 10:00) needing one agent each, and three one-hour
    /// shift types costing 1 each: "early" works 09:00–10:00, "late" 09:30–10:30, and "split"
    /// 09:00–10:30 with an unpaid 30-minute break at 09:30, so it works the first and third
    /// intervals. Each type covers two of the three intervals, so one shift is never enough and
    /// two are (by hand): the optimum is 2. Half a shift of each type covers every interval
    /// exactly, so the LP bound is 1.5 and the gap (2 − 1.5) / 2 = 25 %.
    @Test("a hand-solved instance: optimum 2, LP bound 1.5, gap 25 %")
    func handSolved() throws {
        let requirements = try curve(30, [("2026-11-23", "09:00", 1), ("2026-11-23", "09:30", 1), ("2026-11-23", "10:00", 1)])
        let templates = [
            try ShiftTemplate(name: "early", starts: [time("09:00")], lengthMinutes: 60),
            try ShiftTemplate(name: "late", starts: [time("09:30")], lengthMinutes: 60),
            try ShiftTemplate(name: "split", starts: [time("09:00")], lengthMinutes: 90, breaks: [
                BreakRule(name: "gap", durationMinutes: 30, isPaid: false, earliest: .afterStart(minutes: 30),
                          latest: .afterStart(minutes: 30))]),
        ]
        #expect(templates.map(\.cost) == [1, 1, 1])
        let plan = try ShiftPlanner(requirements: requirements, templates: templates).plan()
        #expect(plan.mode == .cover && plan.status == .optimal)
        #expect(plan.totalCost == 2 && plan.shiftCount == 2)
        #expect(abs((plan.lpBound ?? 0) - 1.5) < 1e-9)
        #expect(abs((plan.gap ?? 0) - 0.25) < 1e-9)
        #expect(plan.isFullyCovered)
        #expect(plan.coverage.map(\.required) == [1, 1, 1])
        // Two shifts over three intervals needing one each: one interval has two agents.
        #expect(plan.overAgentIntervals == 1)
    }

    /// Two one-hour intervals needing 2 and 3 agents; "A" covers 09:00–10:00 for 5, "B" 09:00–09:30
    /// for 2 (a 30-minute shift). Cover 09:00 and 09:30: A alone needs 3 × 5 = 15; 2 × B + 3 × A
    /// is worse; B cannot cover 09:30. By hand the optimum is three A shifts, 15.
    @Test("the cheapest cover, with the costs given")
    func givenCosts() throws {
        let requirements = try curve(30, [("2026-11-23", "09:00", 2), ("2026-11-23", "09:30", 3)])
        let plan = try ShiftPlanner(requirements: requirements, templates: [
            try ShiftTemplate(name: "A", starts: [time("09:00")], lengthMinutes: 60, cost: 5),
            try ShiftTemplate(name: "B", starts: [time("09:00")], lengthMinutes: 30, cost: 2),
        ]).plan()
        #expect(plan.totalCost == 15)
        #expect(plan.counts.map { "\($0.variant.template)×\($0.count)" } == ["A×3"])
        #expect(plan.totalPaidHours == 3)
    }

    /// A night shift 22:00–06:00 on Monday covers Tuesday's 00:00–06:00; Tuesday's intervals need
    /// 2 agents from 04:00 to 05:00 and Monday's 1 at 22:00: two night shifts on Monday, none
    /// needed on Tuesday (whose night shift would start at 22:00, after everything).
    @Test("shifts that span midnight cover the next day's intervals")
    func midnight() throws {
        let requirements = try curve(60, [("2026-11-23", "22:00", 1), ("2026-11-24", "04:00", 2)])
        let plan = try ShiftPlanner(requirements: requirements, templates: [
            try ShiftTemplate(name: "night", starts: [time("22:00")], lengthMinutes: 480),
        ]).plan()
        #expect(plan.isFullyCovered)
        #expect(plan.counts.map { "\($0.date) \($0.variant.start) ×\($0.count)" } == ["2026-11-23 22:00 ×2"])
        let early = plan.coverage.first { $0.date == LocalDate("2026-11-24")! && $0.start == TimeOfDay("04:00")! }
        #expect(early?.scheduled == 2)
        // Coverage lists the unlisted hours the night shift works in, requiring nobody.
        #expect(plan.coverage.count == 8)
        // Over: one at 22:00, two in each of 23:00, 00:00, 01:00, 02:00, 03:00 and 05:00.
        #expect(plan.overAgentIntervals == 1 + 2 * 6)
    }

    /// Eight one-hour intervals 09:00–17:00 needing 4 agents each; 8-hour shifts at 09:00 only.
    /// With at most 3 agents a day every interval is one short: 8 agent-intervals.
    @Test("caps that cannot meet demand report every interval left short, with the shortfall")
    func cappedShortfall() throws {
        let rows = (9..<17).map { ("2026-11-23", (($0 < 10) ? "0" : "") + "\($0):00", 4.0) }
        let requirements = try curve(60, rows)
        let templates = [try ShiftTemplate(name: "day", starts: [time("09:00")], lengthMinutes: 480)]
        let plan = try ShiftPlanner(requirements: requirements, templates: templates,
                                    options: ShiftPlanOptions(maximumAgentsPerDay: 3)).plan()
        #expect(plan.mode == .balance && !plan.coverInfeasible)
        #expect(plan.shiftCount == 3)
        #expect(plan.underIntervals.count == 8)
        #expect(plan.underIntervals.allSatisfy { $0.shortfall == 1 })
        #expect(plan.underAgentIntervals == 8)
        // Paid hours cap: 20 hours a week allow two 8-hour shifts, leaving 2 short in each interval.
        let budget = try ShiftPlanner(requirements: requirements, templates: templates,
                                      options: ShiftPlanOptions(maximumPaidHoursPerWeek: 20)).plan()
        #expect(budget.shiftCount == 2 && budget.totalPaidHours == 16)
        #expect(budget.underAgentIntervals == 16)
    }

    @Test("demand no shift can cover falls back to the plan with the least shortfall")
    func uncoverable() throws {
        let requirements = try curve(60, [("2026-11-23", "03:00", 2), ("2026-11-23", "09:00", 1)])
        let plan = try ShiftPlanner(requirements: requirements, templates: [
            try ShiftTemplate(name: "day", starts: [time("09:00")], lengthMinutes: 60),
        ]).plan()
        #expect(plan.coverInfeasible && plan.mode == .balance)
        #expect(plan.shiftCount == 1)
        #expect(plan.underIntervals.map(\.label) == ["2026-11-23T03:00"])
        #expect(plan.underIntervals.first?.shortfall == 2)
        // A template's daily maximum can make full cover impossible too.
        let limited = try ShiftPlanner(requirements: try curve(60, [("2026-11-23", "09:00", 5)]), templates: [
            try ShiftTemplate(name: "day", starts: [time("09:00")], lengthMinutes: 60, maximumPerDay: 3),
        ]).plan()
        #expect(limited.coverInfeasible && limited.shiftCount == 3 && limited.underAgentIntervals == 2)
    }

    @Test("minimum counts per day hold even where nobody is required, and contradict caps loudly")
    func minimumPerDay() throws {
        let requirements = try curve(60, [("2026-11-23", "09:00", 1)])
        let templates = [
            try ShiftTemplate(name: "day", starts: [time("09:00")], lengthMinutes: 60),
            try ShiftTemplate(name: "standby", starts: [time("12:00")], lengthMinutes: 60, minimumPerDay: 2),
        ]
        let plan = try ShiftPlanner(requirements: requirements, templates: templates).plan()
        #expect(plan.counts.map { "\($0.variant.template)×\($0.count)" } == ["day×1", "standby×2"])
        #expect(throws: SchedulingError.self) {
            try ShiftPlanner(requirements: requirements, templates: templates, options: ShiftPlanOptions(maximumAgentsPerDay: 1))
        }
    }

    /// A 15-minute break in a 30-minute interval leaves half an agent working in it.
    @Test("a break shorter than an interval counts the part worked")
    func partialIntervals() throws {
        let requirements = try curve(30, [("2026-11-23", "09:00", 1), ("2026-11-23", "09:30", 1), ("2026-11-23", "10:00", 1)])
        let plan = try ShiftPlanner(requirements: requirements, templates: [
            try ShiftTemplate(name: "p", starts: [time("09:00")], lengthMinutes: 90, breaks: [
                BreakRule(name: "break", durationMinutes: 15, isPaid: true, earliest: .afterStart(minutes: 30),
                          latest: .afterStart(minutes: 30))]),
        ]).plan()
        // One shift leaves 09:30 half covered; two cover it in full.
        #expect(plan.shiftCount == 2)
        #expect(plan.coverage.map(\.scheduled) == [2, 1, 2])
    }

    /// The implicit break model (shifts per start, breaks per position) must give the same optimum
    /// and LP bound as counting every variant. One day of the 15-minute breaks instance, starts
    /// every hour to keep the explicit program small.
    @Test("counting breaks per position gives the same plan value as counting every variant")
    func implicitMatchesExplicit() throws {
        let instance = try SyntheticShiftProblem.breaksWeek()
        let oneDay = try RequirementCurve(intervalMinutes: 15, intervals: instance.requirements.intervals.filter {
            $0.date == SyntheticShiftProblem.firstDay.adding(days: 5)
        })
        let templates = try instance.templates.map { template in
            try ShiftTemplate(name: template.name, starts: template.starts.filter { $0.minutes % 60 == 0 },
                              lengthMinutes: template.lengthMinutes, breaks: template.breaks)
        }
        func solve(_ formulation: BreakFormulation) throws -> ShiftPlan {
            try ShiftPlanner(requirements: oneDay, templates: templates, options: ShiftPlanOptions(
                breakFormulation: formulation, solver: SolverOptions(timeLimitSeconds: 60))).plan()
        }
        let implicit = try solve(.implicit)
        let explicit = try solve(.explicit)
        #expect(implicit.status == .optimal && explicit.status == .optimal)
        #expect(implicit.totalCost == explicit.totalCost)
        #expect(abs((implicit.lpBound ?? 0) - (explicit.lpBound ?? 1)) < 1e-6)
        #expect(implicit.candidateCount == explicit.candidateCount)
        #expect(implicit.programSize.columns < explicit.programSize.columns)
        #expect(implicit.isFullyCovered && explicit.isFullyCovered)
        // Every counted variant is one the template allows.
        let allowed = Set(try templates.flatMap { try $0.variants(gridMinutes: 15) })
        #expect(implicit.counts.allSatisfy { allowed.contains($0.variant) })
    }

    @Test("requirements off the grid or repeated are refused")
    func badRequirements() {
        #expect(throws: SchedulingError.self) { try curve(30, [("2026-11-23", "09:15", 1)]) }
        #expect(throws: SchedulingError.self) { try curve(30, [("2026-11-23", "09:00", 1), ("2026-11-23", "09:00", 2)]) }
        #expect(throws: SchedulingError.self) { try curve(7, [("2026-11-23", "09:00", 1)]) }
        #expect(throws: SchedulingError.self) { try curve(30, [("2026-11-23", "09:00", -1)]) }
        #expect(throws: SchedulingError.self) { try curve(30, []) }
    }
}
