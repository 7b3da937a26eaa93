import Forecasting
import GRDB

/// Schema version 9: channel names stored as ``ChannelName/normalized(_:)`` spells them
/// (`Phone` and ` phone` were two channels before Headset normalised them on import, and the
/// normalised lookup could no longer reach `Phone`).
///
/// Where two spellings hold the same interval, the row imported last (the higher id) is kept:
/// it is what the centre's latest export said about that interval.
enum ChannelNameMigration {
    static func migrate(_ db: Database) throws {
        let channels = try String.fetchAll(db, sql: "SELECT DISTINCT channel FROM interval_history ORDER BY channel")
        for channel in channels {
            let normalized = ChannelName.normalized(channel)
            guard normalized != channel else { continue }
            for (older, newer) in [(channel, normalized), (normalized, channel)] {
                try db.execute(sql: """
                    DELETE FROM interval_history WHERE channel = ? AND EXISTS (
                        SELECT 1 FROM interval_history AS other
                        WHERE other.channel = ? AND other.interval_start = interval_history.interval_start
                          AND other.id > interval_history.id)
                    """, arguments: [older, newer])
            }
            try db.execute(sql: "UPDATE interval_history SET channel = ? WHERE channel = ?", arguments: [normalized, channel])
        }
    }
}
