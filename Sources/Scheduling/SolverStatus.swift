/// What a solve of a ``MixedIntegerProgram`` established.
public enum SolverStatus: String, Sendable, Equatable, CaseIterable, Codable {
    /// A solution proven optimal (to the tolerance of integral objectives).
    case optimal
    /// A solution that is not proven optimal: the time limit or the requested gap stopped the search.
    case feasible
    /// No solution exists.
    case infeasible
    /// The objective can decrease without limit.
    case unbounded
    /// The time limit ran out before any solution was found.
    case noSolution = "no_solution"

    /// Whether ``MixedIntegerSolution/values`` holds a solution.
    public var hasSolution: Bool { self == .optimal || self == .feasible }
}
