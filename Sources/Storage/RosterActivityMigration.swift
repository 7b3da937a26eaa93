import GRDB

/// Schema version 7: activities booked on a roster (coaching, training), off the phones inside
/// a rostered shift; they go with their roster.
enum RosterActivityMigration {
    static func migrate(_ db: Database) throws {
        try db.create(table: "roster_activity") { table in
            table.column("roster_id", .integer).notNull().indexed().references("roster", onDelete: .cascade)
            table.column("ordinal", .integer).notNull()
            table.column("person_key", .text).notNull()
            table.column("day", .text).notNull().check(sql: "day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'")
            table.column("start_minute", .integer).notNull().check(sql: "start_minute BETWEEN 0 AND 1439")
            table.column("minutes", .integer).notNull().check(sql: "minutes BETWEEN 1 AND 1440")
            table.column("name", .text).notNull()
            table.primaryKey(["roster_id", "ordinal"])
        }
    }
}
