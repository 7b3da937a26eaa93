/// How the shift-count program represents break placements.
public enum BreakFormulation: String, Sendable, Equatable, CaseIterable {
    /// Count shifts per start and breaks per position wherever a template's break windows cannot
    /// overlap (see `ShiftGroup`); count variants elsewhere. Same optimum, far smaller program.
    case implicit
    /// Count every variant (start × break placement) separately.
    case explicit
}
