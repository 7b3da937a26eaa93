/// How many shifts of each variant to start on each day, and what that covers.
public struct ShiftPlan: Sendable, Equatable {
    public let mode: ShiftPlanMode
    /// True when full coverage was asked (no caps) but is impossible — some interval needs agents
    /// no shift can give, or templates' `max_per_day` forbid it — so this is the
    /// ``ShiftPlanMode/balance`` plan that leaves the least shortfall.
    public let coverInfeasible: Bool
    /// The solver's verdict on the program this plan comes from.
    public let status: SolverStatus
    public let intervalMinutes: Int
    /// Shifts per day and variant (only counts above 0), by day, then start, then template.
    public let counts: [ShiftCount]
    /// Every listed interval, and every unlisted one some shift works in, in time order.
    public let coverage: [IntervalCoverage]
    /// The objective the solver minimised: the cost, plus weighted shortfall and surplus in
    /// balance mode. Nil without a solution.
    public let objective: Double?
    /// The optimum of the LP relaxation (every count continuous): no plan can do better.
    public let lpBound: Double?
    /// CBC's best bound at the end of branch and bound (at least the LP bound).
    public let bestBound: Double?
    /// Candidate shifts: (day, variant) pairs the solver could choose from.
    public let candidateCount: Int
    /// Wall-clock seconds in CBC (branch and bound and the LP relaxation).
    public let solveSeconds: Double
    /// Size of the integer program solved: columns and rows.
    public let programSize: (columns: Int, rows: Int)

    public init(mode: ShiftPlanMode, coverInfeasible: Bool, status: SolverStatus, intervalMinutes: Int, counts: [ShiftCount],
                coverage: [IntervalCoverage], objective: Double?, lpBound: Double?, bestBound: Double?, candidateCount: Int,
                solveSeconds: Double, programSize: (columns: Int, rows: Int) = (0, 0)) {
        self.mode = mode
        self.coverInfeasible = coverInfeasible
        self.status = status
        self.intervalMinutes = intervalMinutes
        self.counts = counts
        self.coverage = coverage
        self.objective = objective
        self.lpBound = lpBound
        self.bestBound = bestBound
        self.candidateCount = candidateCount
        self.solveSeconds = solveSeconds
        self.programSize = programSize
    }

    public static func == (lhs: ShiftPlan, rhs: ShiftPlan) -> Bool {
        lhs.mode == rhs.mode && lhs.coverInfeasible == rhs.coverInfeasible && lhs.status == rhs.status
            && lhs.intervalMinutes == rhs.intervalMinutes && lhs.counts == rhs.counts && lhs.coverage == rhs.coverage
            && lhs.objective == rhs.objective && lhs.lpBound == rhs.lpBound && lhs.bestBound == rhs.bestBound
            && lhs.candidateCount == rhs.candidateCount && lhs.solveSeconds == rhs.solveSeconds
            && lhs.programSize == rhs.programSize
    }

    /// Σ count × cost of the shifts.
    public var totalCost: Double { counts.reduce(0) { $0 + Double($1.count) * $1.variant.cost } }

    /// Σ count × paid hours.
    public var totalPaidHours: Double { counts.reduce(0) { $0 + Double($1.count) * $1.variant.paidHours } }

    /// Number of shifts.
    public var shiftCount: Int { counts.reduce(0) { $0 + $1.count } }

    /// (objective − LP bound) / objective: how far the plan might be from the best possible, at
    /// most. In cover mode the objective is ``totalCost``. 0 when the objective is 0.
    public var gap: Double? {
        guard let objective, let lpBound else { return nil }
        return MixedIntegerSolution.relativeGap(objective: objective, bound: lpBound)
    }

    /// Intervals with fewer agents working than required.
    public var underIntervals: [IntervalCoverage] { coverage.filter { $0.shortfall > 0 } }

    /// Σ shortfall over the intervals, in agent-intervals.
    public var underAgentIntervals: Double { IntervalCoverage.clean(coverage.reduce(0) { $0 + $1.shortfall }) }

    /// Σ surplus over the intervals, in agent-intervals (agents above the requirement × 1 interval).
    public var overAgentIntervals: Double { IntervalCoverage.clean(coverage.reduce(0) { $0 + $1.surplus }) }

    /// Whether every interval has at least its requirement.
    public var isFullyCovered: Bool { underIntervals.isEmpty }
}
