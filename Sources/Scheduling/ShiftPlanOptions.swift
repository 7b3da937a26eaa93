/// Caps, weights and solver limits for ``ShiftPlanner``.
///
/// Without caps the plan covers every interval in full at the least cost (``ShiftPlanMode/cover``).
/// With a cap it minimises cost + `underWeight` × agent-hours short + `overWeight` ×
/// agent-hours over (``ShiftPlanMode/balance``), so what cannot be covered is reported instead
/// of making the plan impossible.
public struct ShiftPlanOptions: Sendable, Equatable {
    /// At most this many shifts starting on any one day.
    public var maximumAgentsPerDay: Int?
    /// At most this many paid hours in shifts starting in any one ISO week (Monday to Sunday).
    public var maximumPaidHoursPerWeek: Double?
    /// Cost units per agent-hour of under-coverage; far above the cost of an hour of work.
    public var underWeight: Double
    /// Cost units per agent-hour of over-coverage (on top of the cost of the shifts).
    public var overWeight: Double
    /// How breaks appear in the program; ``BreakFormulation/implicit`` unless comparing.
    public var breakFormulation: BreakFormulation
    public var solver: SolverOptions

    public static let defaultUnderWeight = 1000.0
    public static let defaultOverWeight = 0.0

    public init(maximumAgentsPerDay: Int? = nil, maximumPaidHoursPerWeek: Double? = nil,
                underWeight: Double = ShiftPlanOptions.defaultUnderWeight, overWeight: Double = ShiftPlanOptions.defaultOverWeight,
                breakFormulation: BreakFormulation = .implicit, solver: SolverOptions = SolverOptions(timeLimitSeconds: 10)) {
        self.maximumAgentsPerDay = maximumAgentsPerDay
        self.maximumPaidHoursPerWeek = maximumPaidHoursPerWeek
        self.underWeight = underWeight
        self.overWeight = overWeight
        self.breakFormulation = breakFormulation
        self.solver = solver
    }

    /// Whether staff or budget is capped, which makes the plan a ``ShiftPlanMode/balance`` plan.
    public var isCapped: Bool { maximumAgentsPerDay != nil || maximumPaidHoursPerWeek != nil }
}
