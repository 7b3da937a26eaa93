import Testing
@testable import Scheduling

@Suite("Agreement with OR-Tools CP-SAT")
struct CPSATAgreementTests {
    /// Golden values from `benchmarks/cpsat_covering.py`, which builds the same instance from the
    /// formula documented in `SyntheticShiftProblem` and solves it with OR-Tools 9.15.6755 CP-SAT
    /// (proven optimal): "total required (sum over intervals): 6234", "optimal cost: 33718".
    static let cpsatTotalRequired = 6234.0
    static let cpsatOptimalCost = 33718.0

    @Test("the covering week has the requirement and the optimal cost CP-SAT found")
    func coveringWeek() throws {
        let instance = try SyntheticShiftProblem.coveringWeek()
        #expect(instance.requirements.intervals.reduce(0) { $0 + $1.required } == Self.cpsatTotalRequired)
        #expect(try instance.templates.reduce(0) { $0 + (try $1.variants(gridMinutes: 30)).count } == 48)
        let plan = try ShiftPlanner(requirements: instance.requirements, templates: instance.templates,
                                    options: ShiftPlanOptions(solver: SolverOptions(timeLimitSeconds: 60))).plan()
        #expect(plan.status == .optimal)
        #expect(plan.totalCost == Self.cpsatOptimalCost)
        #expect(plan.isFullyCovered)
    }
}
