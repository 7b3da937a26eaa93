/// The outcome of solving a ``MixedIntegerProgram`` (or its LP relaxation).
public struct MixedIntegerSolution: Sendable, Equatable {
    public var status: SolverStatus
    /// The objective of the best solution; nil without one.
    public var objective: Double?
    /// CBC's best possible objective (`Cbc_getBestPossibleObjValue`): no solution can be cheaper.
    /// For an LP relaxation it is the LP optimum. Nil when there is none (infeasible, unbounded).
    public var bestBound: Double?
    /// The column values of the best solution, in column order; empty without one.
    public var values: [Double]
    /// Wall-clock seconds spent in the solver.
    public var seconds: Double
    /// Branch-and-bound nodes explored (0 for an LP).
    public var nodes: Int

    public init(status: SolverStatus, objective: Double?, bestBound: Double?, values: [Double], seconds: Double, nodes: Int = 0) {
        self.status = status
        self.objective = objective
        self.bestBound = bestBound
        self.values = values
        self.seconds = seconds
        self.nodes = nodes
    }

    /// (objective − best bound) / |objective|: 0 when proven optimal, nil without a solution or bound.
    public var relativeGap: Double? {
        guard let objective, let bestBound else { return nil }
        return Self.relativeGap(objective: objective, bound: bestBound)
    }

    /// (objective − bound) / |objective|, never negative; 0 when both are 0.
    public static func relativeGap(objective: Double, bound: Double) -> Double {
        let difference = max(0, objective - bound)
        guard difference > 1e-9 * max(1, abs(objective)) else { return 0 }
        return abs(objective) < 1e-12 ? .infinity : difference / abs(objective)
    }
}
