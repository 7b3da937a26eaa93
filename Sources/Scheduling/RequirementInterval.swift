import CivilTime

/// Agents required in one planning interval, on the centre's wall clock.
public struct RequirementInterval: Sendable, Hashable {
    public let date: LocalDate
    public let start: TimeOfDay
    /// Agents that must be working (not on a break), 0 or more; fractions are allowed.
    public let required: Double
    /// The interval start as the input wrote it, echoed in reports.
    public let label: String
    /// The contacts behind the requirement, when known: gives coverage an expected service level.
    public let workload: IntervalWorkload?

    public init(date: LocalDate, start: TimeOfDay, required: Double, label: String? = nil, workload: IntervalWorkload? = nil) {
        self.date = date
        self.start = start
        self.required = required
        self.label = label ?? "\(date)T\(start)"
        self.workload = workload
    }
}
