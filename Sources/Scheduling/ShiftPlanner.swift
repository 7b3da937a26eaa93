import CivilTime

/// Chooses how many shifts of each variant to start on each day (COIN-OR CBC).
///
/// ```swift
/// let planner = try ShiftPlanner(requirements: curve, templates: templates)
/// let plan = try planner.plan()
/// plan.totalCost, plan.gap, plan.underIntervals
/// ```
///
/// Variants are every start × every placement of the breaks on the requirement's interval grid
/// (see ``ShiftTemplate/variants(gridMinutes:limit:)``). A variant counts in an interval by the
/// share of it worked: a 15-minute break in a 30-minute interval leaves 0.5. Shifts that span
/// midnight cover the next day's intervals; the horizon is not cyclic, so a shift on the last
/// day covers nothing after it.
///
/// Without caps the plan covers every interval at the least cost; when that is impossible it
/// falls back to the plan with the least weighted shortfall and says so
/// (``ShiftPlan/coverInfeasible``). With caps it minimises cost + weighted shortfall and surplus.
/// The LP relaxation of the same program gives ``ShiftPlan/lpBound``.
///
/// Where a template's break windows cannot overlap, the program counts shifts per start and
/// breaks per position rather than every variant (``BreakFormulation/implicit``): the same optimum
/// in a far smaller program. Plans still list counts per variant.
public struct ShiftPlanner: Sendable {
    public let requirements: RequirementCurve
    public let templates: [ShiftTemplate]
    public let options: ShiftPlanOptions
    /// Every variant of every template, template by template.
    public let variants: [ShiftVariant]

    public init(requirements: RequirementCurve, templates: [ShiftTemplate], options: ShiftPlanOptions = ShiftPlanOptions())
        throws(SchedulingError) {
        guard !templates.isEmpty else { throw .invalidInput(field: "shift templates", value: "none", requirement: "give at least one") }
        var names = Set<String>()
        for template in templates where !names.insert(template.name).inserted {
            throw .invalidTemplate(template: template.name, field: "name", message: "another template has the same name",
                                   location: template.location)
        }
        try Self.check(options, templates: templates, days: requirements.days)
        var variants: [ShiftVariant] = []
        for template in templates {
            variants += try template.variants(gridMinutes: requirements.intervalMinutes)
        }
        self.requirements = requirements
        self.templates = templates
        self.options = options
        self.variants = variants
    }

    /// Solves for the plan. Throws only when CBC fails; an impossible requirement is a plan
    /// with ``ShiftPlan/underIntervals``.
    public func plan() throws(SchedulingError) -> ShiftPlan {
        let grid = CoverageGrid(requirements)
        let patterns = variants.map(grid.pattern(of:))
        let groups = ShiftGroup.groups(of: variants, templates: templates, gridMinutes: requirements.intervalMinutes)
        var seconds = 0.0
        if !options.isCapped {
            let cover = ShiftPlanModel(mode: .cover, grid: grid, templates: templates, variants: variants, groups: groups, patterns: patterns,
                                       options: options)
            if cover.uncoverable.isEmpty {
                let solution = try cover.program.solve(options.solver)
                seconds += solution.seconds
                if solution.status != .infeasible {
                    return try finish(cover, solution, grid: grid, groups: groups, coverInfeasible: false, seconds: seconds)
                }
            }
        }
        let balance = ShiftPlanModel(mode: .balance, grid: grid, templates: templates, variants: variants, groups: groups, patterns: patterns,
                                     options: options)
        let solution = try balance.program.solve(options.solver)
        seconds += solution.seconds
        return try finish(balance, solution, grid: grid, groups: groups, coverInfeasible: !options.isCapped, seconds: seconds)
    }

    private func finish(_ model: ShiftPlanModel, _ solution: MixedIntegerSolution, grid: CoverageGrid, groups: [ShiftGroup],
                        coverInfeasible: Bool, seconds: Double) throws(SchedulingError) -> ShiftPlan {
        var lpBound: Double?
        var totalSeconds = seconds
        var counts: [ShiftCount] = []
        var scheduled = [Double](repeating: 0, count: grid.slotCount)
        if solution.status.hasSolution {
            let relaxation = try model.program.solveRelaxation()
            totalSeconds += relaxation.seconds
            lpBound = relaxation.status == .optimal ? relaxation.objective : nil
            for entry in try model.counts(in: solution.values, variants: variants, groups: groups, templates: templates) {
                counts.append(ShiftCount(date: grid.date(ofDay: entry.day), variant: entry.variant, count: entry.count))
                for cell in grid.pattern(of: entry.variant) {
                    let slot = entry.day * grid.slotsPerDay + cell.offset
                    guard slot < grid.slotCount else { break }
                    scheduled[slot] += Double(entry.count) * cell.share
                }
            }
        }
        counts.sort(by: Self.precedes)
        var coverage: [IntervalCoverage] = []
        for slot in 0..<grid.slotCount where grid.labels[slot] != nil || scheduled[slot] > 1e-9 {
            coverage.append(IntervalCoverage(date: grid.date(ofSlot: slot), start: grid.start(ofSlot: slot),
                                             label: grid.label(ofSlot: slot), required: grid.required[slot],
                                             scheduled: IntervalCoverage.clean(scheduled[slot]), workload: grid.workloads[slot]))
        }
        return ShiftPlan(mode: model.mode, coverInfeasible: coverInfeasible, status: solution.status,
                         intervalMinutes: grid.slotMinutes, counts: counts, coverage: coverage, objective: solution.objective,
                         lpBound: lpBound, bestBound: solution.bestBound, candidateCount: model.candidateCount,
                         solveSeconds: totalSeconds,
                         programSize: (model.program.variables.count, model.program.constraints.count))
    }

    /// By day, start, template, then break times.
    private static func precedes(_ lhs: ShiftCount, _ rhs: ShiftCount) -> Bool {
        if lhs.date != rhs.date { return lhs.date < rhs.date }
        if lhs.variant.start != rhs.variant.start { return lhs.variant.start < rhs.variant.start }
        if lhs.variant.template != rhs.variant.template { return lhs.variant.template < rhs.variant.template }
        return lhs.variant.breaks.map(\.offsetMinutes).lexicographicallyPrecedes(rhs.variant.breaks.map(\.offsetMinutes))
    }

    /// Caps and weights must be meaningful, and the templates' minimum counts must fit the caps
    /// on every day of the horizon (otherwise no plan exists at all).
    private static func check(_ options: ShiftPlanOptions, templates: [ShiftTemplate], days: [LocalDate]) throws(SchedulingError) {
        if let cap = options.maximumAgentsPerDay {
            guard cap >= 0 else { throw .invalidInput(field: "--max-agents", value: String(cap), requirement: "must be 0 or more") }
            for day in days {
                let minimum = templates.filter { $0.days.contains(day.weekday) }.reduce(0) { $0 + $1.minimumPerDay }
                guard minimum <= cap else {
                    throw .invalidInput(field: "--max-agents", value: String(cap), requirement: "is below the \(minimum) shifts "
                        + "the templates' min_per_day require on \(day) (\(day.weekday.rawValue))")
                }
            }
        }
        if let hours = options.maximumPaidHoursPerWeek {
            guard hours.isFinite, hours >= 0 else {
                throw .invalidInput(field: "--max-paid-hours", value: String(hours), requirement: "must be 0 or more hours")
            }
            var byWeek: [Int: Double] = [:]
            for day in days {
                let monday = day.dayNumber - (day.weekday.isoNumber - 1)
                byWeek[monday, default: 0] += templates.filter { $0.days.contains(day.weekday) }
                    .reduce(0) { $0 + Double($1.minimumPerDay) * $1.paidHours }
            }
            for (monday, minimum) in byWeek.sorted(by: { $0.key < $1.key }) where minimum > hours + 1e-9 {
                throw .invalidInput(field: "--max-paid-hours", value: String(hours), requirement: "is below the "
                    + "\(minimum) paid hours the templates' min_per_day require in the week of \(LocalDate(dayNumber: monday))")
            }
        }
        let weights = 0...SchedulingLimits.maximumWeight
        guard options.underWeight.isFinite, weights.contains(options.underWeight) else {
            throw .invalidInput(field: "--under-weight", value: String(options.underWeight),
                                requirement: SchedulingLimits.rangeText(SchedulingLimits.maximumWeight))
        }
        guard options.overWeight.isFinite, weights.contains(options.overWeight) else {
            throw .invalidInput(field: "--over-weight", value: String(options.overWeight),
                                requirement: SchedulingLimits.rangeText(SchedulingLimits.maximumWeight))
        }
    }
}
