import Foundation
import Scheduling

/// Shift-count optimisation with CBC on the two instances of `SyntheticShiftProblem`: a week of
/// 30-minute intervals with 48 shift types (pure covering, solved to optimality; OR-Tools CP-SAT
/// agrees on the optimum, see benchmarks/cpsat_covering.py), and a week of 15-minute intervals
/// with full-time shifts holding a lunch and two breaks in windows (thousands of variants a day),
/// solved with the implicit break model and, for comparison, with one column per variant.
enum SchedulingBenchmark {
    static func run(timeLimit: Double) throws -> String {
        var report = "scheduling: shift-count optimisation (COIN-OR CBC \(CbcVersion.text))\n"
        let covering = try SyntheticShiftProblem.coveringWeek()
        report += try line("covering week, 30-min intervals, 48 shift types, no breaks",
                           requirements: covering.requirements, templates: covering.templates,
                           options: ShiftPlanOptions(solver: SolverOptions(timeLimitSeconds: timeLimit)), target: "optimal in < 1 s")
        let breaks = try SyntheticShiftProblem.breaksWeek()
        report += try line("breaks week, 15-min intervals, lunch + two breaks in windows",
                           requirements: breaks.requirements, templates: breaks.templates,
                           options: ShiftPlanOptions(solver: SolverOptions(timeLimitSeconds: timeLimit, relativeGap: 0.005)),
                           target: "within 1 % of the LP bound in < 10 s")
        report += try line("the same, every variant its own column (explicit formulation, for comparison)",
                           requirements: breaks.requirements, templates: breaks.templates,
                           options: ShiftPlanOptions(breakFormulation: .explicit,
                                                     solver: SolverOptions(timeLimitSeconds: timeLimit, relativeGap: 0.005)),
                           target: "none (shows what the implicit break model saves)")
        return report
    }

    private static func line(_ title: String, requirements: RequirementCurve, templates: [ShiftTemplate], options: ShiftPlanOptions,
                             target: String) throws -> String {
        let started = DispatchTime.now().uptimeNanoseconds
        let planner = try ShiftPlanner(requirements: requirements, templates: templates, options: options)
        let built = DispatchTime.now().uptimeNanoseconds
        let plan = try planner.plan()
        let finished = DispatchTime.now().uptimeNanoseconds
        let perDay = planner.variants.count
        return String(format: """
              %@
                intervals %d × %d min, variants %d per day, candidates %d (day × variant), program %d × %d
                time %.2f s (variants %.2f s, CBC %.2f s incl. LP relaxation)  status %@
                cost %.2f  LP bound %.2f  gap %.3f %%  CBC bound %.2f  shifts %d  target: %@

            """, title, requirements.intervals.count, requirements.intervalMinutes, perDay, plan.candidateCount,
                      plan.programSize.columns, plan.programSize.rows,
                      Double(finished - started) / 1e9, Double(built - started) / 1e9, plan.solveSeconds, plan.status.rawValue,
                      plan.totalCost, plan.lpBound ?? .nan, (plan.gap ?? .nan) * 100, plan.bestBound ?? .nan, plan.shiftCount, target)
    }
}
