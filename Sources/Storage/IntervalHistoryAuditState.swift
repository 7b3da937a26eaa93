import CivilTime

/// A channel's history as the audit log records it before and after an import: counts and the
/// date range, not every row.
struct IntervalHistoryAuditState: Encodable {
    let rows: Int
    let firstStart: String
    let lastStart: String
    let intervalSeconds: Int
    /// Only in the `after` state: what the import was and what it did.
    var source: String?
    var inserted: Int?
    var updated: Int?
    var unchanged: Int?

    init(_ summary: IntervalHistoryChannelSummary) {
        rows = summary.rows
        firstStart = ISO8601Text.utc(summary.first)
        lastStart = ISO8601Text.utc(summary.last)
        intervalSeconds = summary.intervalSeconds
    }
}
