/// The range every number of a shift plan must lie in, checked before the optimiser sees it.
///
/// COIN-OR Clp aborts the whole process (`fabs(obj[i]) < 1.0e25`) on an objective coefficient
/// of 10²⁵ or more and treats 10²⁰ as infinite, so a mistyped `--under-weight 1e50` or
/// `cost: 1e30` must be refused with the field and its range. The ranges are listed in the
/// "Ranges" table of `docs/cli.md`.
///
/// ```swift
/// ShiftPlanOptions(underWeight: 1e50)   // --under-weight 1e+50: must be from 0 to 1000000
/// ```
public enum SchedulingLimits {
    /// `--under-weight` and `--over-weight`: cost per agent-hour short of or beyond the requirement.
    public static let maximumWeight = 1_000_000.0
    /// A shift template's `cost` (the centre's cost unit per shift).
    public static let maximumCost = 1_000_000.0
    /// Agents required in one interval of a requirement curve.
    public static let maximumRequiredAgents = 1_000_000.0
    /// Largest magnitude of any objective coefficient, bound or right-hand side passed to CBC:
    /// well below the 10²⁰ Clp reads as infinite.
    static let maximumModelMagnitude = 1e15

    static func rangeText(_ high: Double) -> String {
        "must be from 0 to \(Int(high))"
    }
}
