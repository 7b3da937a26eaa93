import GRDB

/// Schema version 2: interval history, the contacts each channel saw per interval.
enum IntervalHistoryMigration {
    static func migrate(_ db: Database) throws {
        try db.create(table: "interval_history") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("channel", .text).notNull()
            // ISO 8601 UTC without fractions (2003-03-03T12:00:00Z), so text order is time order.
            table.column("interval_start", .text).notNull()
            table.column("interval_seconds", .integer).notNull().check { $0 > 0 }
            table.column("offered", .double).notNull().check { $0 >= 0 }
            table.column("handled", .double).check { $0 >= 0 }
            table.column("abandoned", .double).check { $0 >= 0 }
            table.column("aht_seconds", .double).check { $0 >= 0 }
        }
        // One index is both the UNIQUE(channel, interval_start) rule and the lookup path for
        // "a channel between two times"; a separate constraint would build a second, identical index.
        try db.create(index: "interval_history_by_channel_start", on: "interval_history",
                      columns: ["channel", "interval_start"], options: .unique)
    }
}
