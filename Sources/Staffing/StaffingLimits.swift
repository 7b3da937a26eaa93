/// The range every staffing input must lie in, checked where the value enters the domain.
///
/// The ranges are far beyond any real contact centre; they exist so that a mistyped exponent
/// (`--calls 1e20`, `--aht 1e308`, `--interval 1e-320`) gets an error naming the input and its
/// range instead of a conversion trap or a search that runs for hours. They are listed in the
/// "Ranges" table of `docs/cli.md`.
///
/// ```swift
/// try QueueLoad(calls: 1e20, averageHandleTime: 180, intervalSeconds: 1800)
/// // calls 1e+20: must be more than 0 and at most 1000000 calls per interval
/// ```
public enum StaffingLimits {
    /// Contacts offered in one interval: more than 0, at most this.
    public static let maximumCalls = 1_000_000.0
    /// Handle time, seconds (one day): more than 0, at most this.
    public static let maximumHandleTimeSeconds = 86_400.0
    /// Interval length, minutes (one day): more than 0, at most this.
    public static let maximumIntervalMinutes = 1_440.0
    /// Offered traffic (calls × AHT / interval), Erlangs: at most this, so the searches stay
    /// below ``maximumAgents``.
    public static let maximumTrafficErlangs = 100_000.0
    /// Agents given or searched for.
    public static let maximumAgents = 10_000_000
    /// Seconds of a service-level threshold or an ASA target (one day).
    public static let maximumWaitSeconds = 86_400.0
    /// Mean patience, seconds: from 1 s (shorter means Erlang A's sums lose all precision) to
    /// about 31 years (which is Erlang C in all but name).
    public static let patienceSeconds: ClosedRange<Double> = 1...1_000_000_000
    /// Shrinkage, percent: 100 % would need infinitely many scheduled agents.
    public static let maximumShrinkagePercent = 99.0
    /// Chats one agent holds at once.
    public static let maximumConcurrency = 100
    /// A deferred-work response window, hours (one year).
    public static let maximumResponseWindowHours = 8_760.0
    /// Items of deferred work (emails, letters) arriving in one interval.
    public static let maximumItems = 1_000_000.0

    /// Throws unless `low < value ≤ high` (`value` finite); the requirement names the range.
    static func checkPositive(_ value: Double, atMost high: Double, field: String, unit: String,
                              shownAs shown: Double? = nil) throws(StaffingError) {
        guard value.isFinite, value > 0, value <= high else {
            throw .invalidInput(field: field, value: shown ?? value,
                                requirement: "must be more than 0 and at most \(StaffingError.format(high)) \(unit)")
        }
    }

    /// Throws unless `range` holds `value` (finite).
    static func check(_ value: Double, in range: ClosedRange<Double>, field: String, unit: String,
                      shownAs shown: Double? = nil) throws(StaffingError) {
        guard value.isFinite, range.contains(value) else {
            throw .invalidInput(field: field, value: shown ?? value,
                                requirement: "must be from \(StaffingError.format(range.lowerBound)) "
                                    + "to \(StaffingError.format(range.upperBound)) \(unit)")
        }
    }
}
