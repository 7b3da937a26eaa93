import CivilTime

/// Coverage summed over a day or a week: agent-hours required and scheduled, the hours short and
/// over, the intervals short, and the expected service level over the period's calls.
public struct CoverageTotals: Sendable, Hashable {
    public let firstDay: LocalDate
    public let lastDay: LocalDate
    public let requiredHours: Double
    public let scheduledHours: Double
    /// Σ max(0, required − scheduled) × interval length: what the period is short, interval by interval.
    public let shortHours: Double
    /// Σ max(0, scheduled − required) × interval length.
    public let overHours: Double
    public let intervals: Int
    public let intervalsShort: Int
    /// Contacts offered, when the requirements gave them.
    public let calls: Double?
    /// Share of the period's calls expected to be answered in time: each interval's expected
    /// service level weighted by its calls.
    public let serviceLevel: Double?

    public init(firstDay: LocalDate, lastDay: LocalDate, requiredHours: Double, scheduledHours: Double, shortHours: Double,
                overHours: Double, intervals: Int, intervalsShort: Int, calls: Double?, serviceLevel: Double?) {
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.requiredHours = requiredHours
        self.scheduledHours = scheduledHours
        self.shortHours = shortHours
        self.overHours = overHours
        self.intervals = intervals
        self.intervalsShort = intervalsShort
        self.calls = calls
        self.serviceLevel = serviceLevel
    }

    /// One total per day of `days` (days without intervals total 0).
    public static func byDay(_ coverage: [IntervalCoverage], days: [LocalDate], intervalMinutes: Int,
                             service: ServiceExpectation?) -> [CoverageTotals] {
        let grouped = Dictionary(grouping: coverage, by: \.date.dayNumber)
        return days.map { day in
            summarize(grouped[day.dayNumber] ?? [], from: day, to: day, intervalMinutes: intervalMinutes, service: service)
        }
    }

    /// Sums `days` (from ``byDay(_:days:intervalMinutes:service:)``) into weeks from `firstDay`.
    public static func byWeek(_ days: [CoverageTotals], firstDay: LocalDate, weeks: Int) -> [CoverageTotals] {
        (0..<weeks).map { week in
            let start = firstDay.adding(days: week * 7), end = start.adding(days: 6)
            let inWeek = days.filter { $0.firstDay >= start && $0.lastDay <= end }
            return combine(inWeek, from: start, to: end)
        }
    }

    static func summarize(_ coverage: [IntervalCoverage], from: LocalDate, to: LocalDate, intervalMinutes: Int,
                          service: ServiceExpectation?) -> CoverageTotals {
        let hours = Double(intervalMinutes) / 60
        var calls = 0.0, answered = 0.0, anyWorkload = false
        for interval in coverage {
            guard let workload = interval.workload else { continue }
            anyWorkload = true
            calls += workload.calls
            if let service, let level = service.serviceLevel(working: interval.scheduled, workload: workload,
                                                               intervalMinutes: intervalMinutes) {
                answered += level * workload.calls
            }
        }
        return CoverageTotals(
            firstDay: from, lastDay: to,
            requiredHours: coverage.reduce(0) { $0 + $1.required } * hours,
            scheduledHours: coverage.reduce(0) { $0 + $1.scheduled } * hours,
            shortHours: coverage.reduce(0) { $0 + $1.shortfall } * hours,
            overHours: coverage.reduce(0) { $0 + $1.surplus } * hours,
            intervals: coverage.count, intervalsShort: coverage.filter { $0.shortfall > 0 }.count,
            calls: anyWorkload ? calls : nil,
            serviceLevel: anyWorkload && service != nil && calls > 0 ? answered / calls : nil)
    }

    /// Sums `parts` into one period from `from` to `to`; the service level weighted by calls.
    public static func combine(_ parts: [CoverageTotals], from: LocalDate, to: LocalDate) -> CoverageTotals {
        let withCalls = parts.compactMap { part in part.calls.map { (part, $0) } }
        let calls = withCalls.isEmpty ? nil : withCalls.reduce(0) { $0 + $1.1 }
        let levelled = parts.compactMap { part in part.serviceLevel.map { ($0, part.calls ?? 0) } }
        let levelCalls = levelled.reduce(0) { $0 + $1.1 }
        return CoverageTotals(
            firstDay: from, lastDay: to,
            requiredHours: parts.reduce(0) { $0 + $1.requiredHours }, scheduledHours: parts.reduce(0) { $0 + $1.scheduledHours },
            shortHours: parts.reduce(0) { $0 + $1.shortHours }, overHours: parts.reduce(0) { $0 + $1.overHours },
            intervals: parts.reduce(0) { $0 + $1.intervals }, intervalsShort: parts.reduce(0) { $0 + $1.intervalsShort },
            calls: calls, serviceLevel: levelCalls > 0 ? levelled.reduce(0) { $0 + $1.0 * $1.1 } / levelCalls : nil)
    }
}
