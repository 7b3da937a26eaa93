import Staffing

/// What the staffing sheets show: staffed intervals, the target they were staffed for, and the
/// assumptions a reader must know (printed above the daily totals).
///
/// ```swift
/// let plan = StaffingPlan(intervals: rows, serviceLevelTarget: try .init(fraction: 0.8, seconds: 20),
///                         serviceLevelSeconds: 20, shrinkage: 0.3,
///                         notes: ["AHT assumed 240 s in every interval."])
/// try StaffingSheets.add(to: workbook, plan: plan)
/// ```
public struct StaffingPlan: Sendable {
    public var intervals: [StaffedInterval]
    /// The service-level target, if staffing aimed at one: cells below it are marked red.
    public var serviceLevelTarget: StaffingTarget.ServiceLevel?
    /// The threshold (seconds) of the service levels shown.
    public var serviceLevelSeconds: Double
    /// Shrinkage fraction (0–1) behind the scheduled agents.
    public var shrinkage: Double
    /// Assumptions and sources, one sentence each.
    public var notes: [String]

    public init(intervals: [StaffedInterval], serviceLevelTarget: StaffingTarget.ServiceLevel?,
                serviceLevelSeconds: Double, shrinkage: Double, notes: [String] = []) {
        self.intervals = intervals
        self.serviceLevelTarget = serviceLevelTarget
        self.serviceLevelSeconds = serviceLevelSeconds
        self.shrinkage = shrinkage
        self.notes = notes
    }

    /// Whether any interval reports abandonment (Erlang A), which adds an "Abandoned" column.
    public var tracksAbandonment: Bool { intervals.contains { $0.abandonRate != nil } }
}
