import CivilTime

/// Agents required and scheduled (working, not on a break) in one interval of a plan.
public struct IntervalCoverage: Sendable, Hashable {
    public let date: LocalDate
    public let start: TimeOfDay
    /// The interval start as the requirements wrote it (generated for unlisted intervals).
    public let label: String
    public let required: Double
    /// Agents working; a break covering part of the interval counts the worked part (a 15-minute
    /// break in a 30-minute interval leaves 0.5).
    public let scheduled: Double
    /// The contacts behind the requirement, when the requirements gave them.
    public let workload: IntervalWorkload?

    public init(date: LocalDate, start: TimeOfDay, label: String, required: Double, scheduled: Double,
                workload: IntervalWorkload? = nil) {
        self.date = date
        self.start = start
        self.label = label
        self.required = required
        self.scheduled = scheduled
        self.workload = workload
    }

    /// Agents missing, 0 or more.
    public var shortfall: Double { Self.clean(max(0, required - scheduled)) }
    /// Agents beyond the requirement, 0 or more.
    public var surplus: Double { Self.clean(max(0, scheduled - required)) }

    /// Drops floating-point dust (0.1 + 0.2 − 0.3) so reports show 0.
    static func clean(_ value: Double) -> Double {
        abs(value) < 1e-9 ? 0 : value
    }
}
