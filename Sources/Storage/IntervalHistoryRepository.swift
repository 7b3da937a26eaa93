import CivilTime
public import Forecasting
public import Foundation
import GRDB

/// Interval history in the database: contacts offered (and handled, abandoned, AHT) per channel
/// and interval, starts stored as ISO 8601 UTC text.
///
/// ```swift
/// let summary = try database.write("importing interval history") { db in
///     try IntervalHistoryRepository.importObservations(history, source: "bank.csv", actor: "ana", in: db)
/// }
/// ```
///
/// Pass the transaction of one write: an import lands whole or not at all.
public enum IntervalHistoryRepository {
    /// The audit log's entity name for history imports (the key is the channel).
    public static let auditEntity = "interval_history"

    /// Stores observations: new intervals are inserted, stored ones with other values updated,
    /// identical ones left alone.
    ///
    /// A channel that changes gets one `import` audit entry whose before/after are its row count,
    /// first and last start and interval length (plus, after, the source and the counts); a
    /// re-import of the same data writes nothing and records nothing. Throws
    /// ``IntervalHistoryImportError`` before writing when a channel's lengths are mixed or differ
    /// from what it holds, or when a value is invalid.
    public static func importObservations(_ observations: [IntervalObservation], source: String, actor: String,
                                          in transaction: DatabaseTransaction) throws -> IntervalHistoryImportSummary {
        let db = transaction.database
        let (ordered, channels) = try validated(observations)
        for (channel, range) in channels {
            let rows = ordered[range]
            if let stored = try summary(channel: channel, in: transaction), stored.intervalSeconds != rows.first!.lengthSeconds {
                throw IntervalHistoryImportError.intervalLengthMismatch(
                    channel: channel, storedSeconds: stored.intervalSeconds, importedSeconds: rows.first!.lengthSeconds)
            }
        }
        let insert = try db.cachedStatement(sql: """
            INSERT INTO interval_history (channel, interval_start, interval_seconds, offered, handled, abandoned, aht_seconds)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let update = try db.cachedStatement(sql: """
            UPDATE interval_history SET offered = ?, handled = ?, abandoned = ?, aht_seconds = ?
            WHERE channel = ? AND interval_start = ?
            """)
        var counts: [IntervalHistoryImportSummary.ChannelCounts] = []
        for (channel, range) in channels {
            let rows = ordered[range]
            let before = try summary(channel: channel, in: transaction)
            let stored = try storedValues(channel: channel, from: rows.first!.start, through: rows.last!.start, in: db)
            var inserted = 0
            var updated = 0
            var unchanged = 0
            for row in rows {
                let start = ISO8601Text.utc(row.start)
                let values = StoredValues(row)
                if let old = stored[start] {
                    if old == values {
                        unchanged += 1
                        continue
                    }
                    try update.execute(arguments: [row.offered, row.handled, row.abandoned, row.averageHandleTime,
                                                   channel, start])
                    updated += 1
                } else {
                    try insert.execute(arguments: [channel, start, row.lengthSeconds, row.offered, row.handled,
                                                   row.abandoned, row.averageHandleTime])
                    inserted += 1
                }
            }
            if inserted + updated > 0, let now = try summary(channel: channel, in: transaction) {
                var after = IntervalHistoryAuditState(now)
                after.source = source
                after.inserted = inserted
                after.updated = updated
                after.unchanged = unchanged
                try AuditLog.record(actor, entity: auditEntity, key: channel, action: .import,
                                    before: before.map(IntervalHistoryAuditState.init), after: after, in: transaction)
            }
            counts.append(.init(channel: channel, inserted: inserted, updated: updated, unchanged: unchanged))
        }
        return IntervalHistoryImportSummary(channels: counts)
    }

    /// A channel's observations with starts in `[from, to)` (either bound may be left open), by
    /// start; `channel` is matched normalised (``ChannelName/normalized(_:)``): `Phone` finds `phone`.
    public static func observations(channel asked: String, from: Date? = nil, to: Date? = nil,
                                    in transaction: DatabaseTransaction) throws -> [IntervalObservation] {
        let db = transaction.database
        let channel = ChannelName.normalized(asked)
        var sql = """
            SELECT interval_start, interval_seconds, offered, handled, abandoned, aht_seconds
            FROM interval_history WHERE channel = ?
            """
        var arguments: StatementArguments = [channel]
        if let from {
            sql += " AND interval_start >= ?"
            _ = arguments.append(contentsOf: [ISO8601Text.utc(from)])
        }
        if let to {
            sql += " AND interval_start < ?"
            let ceiling = Date(timeIntervalSince1970: to.timeIntervalSince1970.rounded(.up))
            _ = arguments.append(contentsOf: [ISO8601Text.utc(ceiling)])
        }
        sql += " ORDER BY interval_start"
        var result: [IntervalObservation] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() {
            let text: String = row[0]
            guard let start = ISO8601Text.instant(utc: text) else {
                throw StorageError.corruptValue(table: "interval_history", key: "\(channel) \(text)",
                                                reason: "interval_start is not ISO 8601 UTC text (2003-03-03T12:00:00Z)")
            }
            result.append(IntervalObservation(channel: channel, start: start, lengthSeconds: row[1], offered: row[2],
                                              handled: row[3], abandoned: row[4], averageHandleTime: row[5]))
        }
        return result
    }

    /// The channels that have history, sorted.
    public static func channels(in transaction: DatabaseTransaction) throws -> [String] {
        let db = transaction.database
        return try String.fetchAll(db, sql: "SELECT DISTINCT channel FROM interval_history ORDER BY channel")
    }

    /// Per channel: first and last interval start, row count and interval length; sorted by channel.
    public static func summary(in transaction: DatabaseTransaction) throws -> [IntervalHistoryChannelSummary] {
        let db = transaction.database
        let rows = try Row.fetchAll(db, sql: """
            SELECT channel, MIN(interval_start), MAX(interval_start), COUNT(*), MIN(interval_seconds)
            FROM interval_history GROUP BY channel ORDER BY channel
            """)
        return try rows.map { row in try channelSummary(row) }
    }

    /// One channel's summary (the name matched normalised), or nil when it has no history.
    public static func summary(channel asked: String, in transaction: DatabaseTransaction) throws -> IntervalHistoryChannelSummary? {
        let db = transaction.database
        let channel = ChannelName.normalized(asked)
        let row = try Row.fetchOne(db, sql: """
            SELECT channel, MIN(interval_start), MAX(interval_start), COUNT(*), MIN(interval_seconds)
            FROM interval_history WHERE channel = ? GROUP BY channel
            """, arguments: [channel])
        return try row.map(channelSummary)
    }

    private static func channelSummary(_ row: Row) throws -> IntervalHistoryChannelSummary {
        let channel: String = row[0]
        let firstText: String = row[1]
        let lastText: String = row[2]
        guard let first = ISO8601Text.instant(utc: firstText), let last = ISO8601Text.instant(utc: lastText) else {
            throw StorageError.corruptValue(table: "interval_history", key: channel,
                                            reason: "interval_start is not ISO 8601 UTC text (2003-03-03T12:00:00Z)")
        }
        return IntervalHistoryChannelSummary(channel: channel, first: first, last: last, rows: row[3],
                                             intervalSeconds: row[4])
    }

    /// The values an interval holds, compared to tell an update from an unchanged row.
    private struct StoredValues: Equatable {
        let offered: Double
        let handled: Double?
        let abandoned: Double?
        let averageHandleTime: Double?

        init(offered: Double, handled: Double?, abandoned: Double?, averageHandleTime: Double?) {
            self.offered = offered
            self.handled = handled
            self.abandoned = abandoned
            self.averageHandleTime = averageHandleTime
        }

        init(_ observation: IntervalObservation) {
            self.init(offered: observation.offered, handled: observation.handled, abandoned: observation.abandoned,
                      averageHandleTime: observation.averageHandleTime)
        }
    }

    /// A channel's stored values between two starts (inclusive), by start text.
    private static func storedValues(channel: String, from: Date, through: Date,
                                     in db: Database) throws -> [String: StoredValues] {
        var values: [String: StoredValues] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT interval_start, offered, handled, abandoned, aht_seconds FROM interval_history
            WHERE channel = ? AND interval_start >= ? AND interval_start <= ?
            """, arguments: [channel, ISO8601Text.utc(from), ISO8601Text.utc(through)])
        while let row = try rows.next() {
            values[row[0]] = StoredValues(offered: row[1], handled: row[2], abandoned: row[3], averageHandleTime: row[4])
        }
        return values
    }

    /// The observations ordered by channel (normalised, sorted) and start, with each channel's
    /// range, after checking what the table's rules and the audit summary rely on.
    ///
    /// Observations already in that order (as ``IntervalHistoryReader`` returns them) are used as
    /// they are: a file of millions of intervals is not copied to be grouped and sorted again.
    private static func validated(_ observations: [IntervalObservation]) throws
        -> (ordered: [IntervalObservation], channels: [(String, Range<Int>)]) {
        // Stored under the normalised name, so `Phone` and `phone` are one channel.
        let ordered = inOrder(observations) ? observations : grouped(observations)
        var channels: [(String, Range<Int>)] = []
        var start = 0
        var name = ""
        var previousChannel: String?
        for index in ordered.indices {
            let channel = ordered[index].channel
            if channel != previousChannel {
                let normalized = ChannelName.normalized(channel)
                if index > 0, normalized != name {
                    channels.append((name, start..<index))
                    start = index
                }
                name = normalized
                previousChannel = channel
            }
        }
        if !ordered.isEmpty { channels.append((name, start..<ordered.count)) }
        for (channel, range) in channels {
            try check(ordered[range], channel: channel)
        }
        return (ordered, channels)
    }

    /// Whether the observations are ordered by normalised channel name and then by start.
    private static func inOrder(_ observations: [IntervalObservation]) -> Bool {
        var previous: (channel: String, normalized: String, start: Date)?
        for observation in observations {
            let normalized = observation.channel == previous?.channel
                ? previous!.normalized : ChannelName.normalized(observation.channel)
            if let previous {
                if normalized < previous.normalized { return false }
                if normalized == previous.normalized, observation.start < previous.start { return false }
            }
            previous = (observation.channel, normalized, observation.start)
        }
        return true
    }

    /// The observations grouped by normalised channel (sorted), each channel's sorted by start.
    private static func grouped(_ observations: [IntervalObservation]) -> [IntervalObservation] {
        let groups = Dictionary(grouping: observations, by: { ChannelName.normalized($0.channel) })
        var result: [IntervalObservation] = []
        result.reserveCapacity(observations.count)
        for channel in groups.keys.sorted() {
            result.append(contentsOf: groups[channel]!.sorted { $0.start < $1.start })
        }
        return result
    }

    /// Checks one channel's observations, sorted by start.
    private static func check(_ rows: ArraySlice<IntervalObservation>, channel: String) throws {
        let lengths = Set(rows.map(\.lengthSeconds))
        guard lengths.count == 1 else {
            throw IntervalHistoryImportError.mixedIntervalLengths(channel: channel, seconds: lengths.sorted())
        }
        var previous: String?
        for row in rows {
            let seconds = row.start.timeIntervalSince1970
            guard seconds.rounded(.down) == seconds, seconds >= -62_135_596_800, seconds < 253_402_300_800 else {
                throw IntervalHistoryImportError.invalidStart(channel: channel, seconds: seconds)
            }
            let start = ISO8601Text.utc(row.start)
            if start == previous {
                throw IntervalHistoryImportError.duplicateInterval(channel: channel, start: start)
            }
            previous = start
            let checks: [(String, Double?)] = [
                ("interval length", Double(row.lengthSeconds)), ("offered", row.offered), ("handled", row.handled),
                ("abandoned", row.abandoned), ("AHT", row.averageHandleTime),
            ]
            for (field, value) in checks {
                guard let value else { continue }
                let valid = value.isFinite && (field == "interval length" ? value > 0 : value >= 0)
                if !valid {
                    throw IntervalHistoryImportError.invalidValue(channel: channel, start: start, field: field, value: value)
                }
            }
        }
    }
}
