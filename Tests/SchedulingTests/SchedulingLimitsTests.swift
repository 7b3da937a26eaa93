import CivilTime
import Testing
import Scheduling

/// Weights, costs and requirements have ranges (``SchedulingLimits``), checked before CBC sees
/// them: Clp aborts the process on an objective coefficient of 10²⁵.
@Suite("Shift plan input ranges")
struct SchedulingLimitsTests {
    private let monday = LocalDate("2026-11-23")!

    private func curve(required: Double = 1) throws -> RequirementCurve {
        try RequirementCurve(intervalMinutes: 60, intervals: [
            RequirementInterval(date: monday, start: TimeOfDay("09:00")!, required: required),
        ])
    }

    private func template(cost: Double? = nil) throws(SchedulingError) -> ShiftTemplate {
        try ShiftTemplate(name: "early", starts: [TimeOfDay("09:00")!], lengthMinutes: 60, cost: cost)
    }

    @Test("an under-weight of 1e50 is refused with its range instead of aborting inside Clp")
    func hugeUnderWeight() throws {
        let options = ShiftPlanOptions(maximumAgentsPerDay: 1, underWeight: 1e50)
        #expect(throws: SchedulingError.invalidInput(field: "--under-weight", value: "1e+50", requirement: "must be from 0 to 1000000")) {
            _ = try ShiftPlanner(requirements: try curve(), templates: [try template()], options: options)
        }
    }

    @Test("an over-weight beyond the range is refused with its range")
    func hugeOverWeight() throws {
        let options = ShiftPlanOptions(maximumAgentsPerDay: 1, overWeight: 1e30)
        #expect(throws: SchedulingError.invalidInput(field: "--over-weight", value: "1e+30", requirement: "must be from 0 to 1000000")) {
            _ = try ShiftPlanner(requirements: try curve(), templates: [try template()], options: options)
        }
    }

    @Test("a shift template cost of 1e30 is refused, naming the field and the range")
    func hugeCost() {
        do {
            _ = try template(cost: 1e30)
            Issue.record("a cost of 1e30 was accepted")
        } catch {
            guard case let .invalidTemplate(name, field, message, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(name == "early" && field == "cost")
            #expect(message == "1e+30: must be from 0 to 1000000")
        }
    }

    @Test("a requirement of 1e30 agents in one interval is refused with the range")
    func hugeRequirement() {
        #expect(throws: SchedulingError.self) { _ = try curve(required: 1e30) }
    }

    @Test("the largest weights and costs in range still plan")
    func limitsStillPlan() throws {
        let options = ShiftPlanOptions(maximumAgentsPerDay: 1, underWeight: 1_000_000, overWeight: 1_000_000)
        let plan = try ShiftPlanner(requirements: try curve(), templates: [try template(cost: 1_000_000)], options: options).plan()
        #expect(plan.shiftCount <= 1)
    }
}
