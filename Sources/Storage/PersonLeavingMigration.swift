import GRDB

/// Schema version 8: `person.leaves_on`, the first day a person is no longer in the
/// organisation (NULL while they stay). People with history are ended, never deleted, so their
/// evaluations, coaching and rosters keep naming someone the organisation knows.
enum PersonLeavingMigration {
    static func migrate(_ db: Database) throws {
        try db.alter(table: "person") { table in
            table.add(column: "leaves_on", .text)
                .check(sql: "leaves_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'")
        }
    }
}
