/// What became of a set of arrived items under a plan: all items, one interval's, or one day's.
///
/// Items whose deadline falls after the plan's last interval cannot be judged from the plan; they
/// are counted in `dueAfterPlan` and left out of `share`.
public struct DeferredWorkOutcome: Equatable, Sendable {
    /// Items that arrived.
    public internal(set) var arrived: Double = 0
    /// Arrived items whose deadline lies within the plan.
    public internal(set) var due: Double = 0
    /// Due items finished by their deadline.
    public internal(set) var answeredInTime: Double = 0
    /// Due items whose window holds no open time at all: late whatever the staffing (included
    /// in `late`).
    public internal(set) var impossible: Double = 0
    /// Arrived items whose deadline lies after the plan's end.
    public internal(set) var dueAfterPlan: Double = 0

    /// Due items not finished by their deadline.
    public var late: Double { max(due - answeredInTime, 0) }
    /// Share of due items answered in time (0–1); nil when none are due within the plan.
    public var share: Double? { due > 0 ? answeredInTime / due : nil }

    mutating func add(_ other: DeferredWorkOutcome) {
        arrived += other.arrived
        due += other.due
        answeredInTime += other.answeredInTime
        impossible += other.impossible
        dueAfterPlan += other.dueAfterPlan
    }
}
