import GRDB

/// Schema version 4: rosters. A roster (its days, zone, rule set and service settings), its
/// people with their contracts, its shifts (assigned or open) with their breaks, the requirement
/// per interval it was built for, and the working-time violations found when it was made.
///
/// People are the roster's own keys and names (a roster may name staff the organisation does not
/// hold yet); a roster's rows go when the roster goes (`ON DELETE CASCADE`). Dates are
/// `YYYY-MM-DD`, clock times minutes after midnight.
enum RosterMigration {
    static func migrate(_ db: Database) throws {
        let isDate = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'"
        try db.create(table: "roster") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("name", .text).notNull()
            table.column("first_day", .text).notNull().check(sql: "first_day \(isDate)")
            table.column("weeks", .integer).notNull().check(sql: "weeks >= 1")
            table.column("time_zone", .text).notNull()
            table.column("rule_set", .text).notNull()
            table.column("interval_minutes", .integer).notNull().check(sql: "interval_minutes > 0 AND 1440 % interval_minutes = 0")
            table.column("service_seconds", .double)
            table.column("service_target", .double)
            table.column("shrinkage", .double).check(sql: "shrinkage IS NULL OR (shrinkage >= 0 AND shrinkage < 1)")
            table.column("notes", .text).notNull()
            table.column("created_at", .text).notNull()
            table.column("created_by", .text).notNull()
        }
        try db.create(table: "roster_person") { table in
            table.column("roster_id", .integer).notNull().references("roster", onDelete: .cascade)
            table.column("ordinal", .integer).notNull()
            table.column("person_key", .text).notNull()
            table.column("name", .text).notNull()
            table.column("hours", .double).notNull()
            table.column("minimum_hours", .double).notNull()
            table.column("maximum_hours", .double).notNull()
            table.column("shifts", .integer).notNull()
            table.column("weekend_shifts", .integer).notNull()
            table.primaryKey(["roster_id", "ordinal"])
            table.uniqueKey(["roster_id", "person_key"])
        }
        try db.create(table: "roster_shift") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("roster_id", .integer).notNull().indexed().references("roster", onDelete: .cascade)
            // NULL: an open shift nobody could take.
            table.column("person_key", .text)
            table.column("day", .text).notNull().check(sql: "day \(isDate)")
            table.column("template", .text).notNull()
            table.column("start_minute", .integer).notNull().check(sql: "start_minute BETWEEN 0 AND 1439")
            table.column("length_minutes", .integer).notNull().check(sql: "length_minutes > 0")
            table.column("cost", .double).notNull()
        }
        try db.create(table: "roster_break") { table in
            table.column("shift_id", .integer).notNull().references("roster_shift", onDelete: .cascade)
            table.column("ordinal", .integer).notNull()
            table.column("name", .text).notNull()
            table.column("offset_minutes", .integer).notNull().check(sql: "offset_minutes >= 0")
            table.column("duration_minutes", .integer).notNull().check(sql: "duration_minutes > 0")
            table.column("paid", .boolean).notNull()
            table.primaryKey(["shift_id", "ordinal"])
        }
        try db.create(table: "roster_interval") { table in
            table.column("roster_id", .integer).notNull().references("roster", onDelete: .cascade)
            table.column("day", .text).notNull().check(sql: "day \(isDate)")
            table.column("start_minute", .integer).notNull().check(sql: "start_minute BETWEEN 0 AND 1439")
            table.column("label", .text).notNull()
            table.column("required", .double).notNull().check(sql: "required >= 0")
            table.column("calls", .double)
            table.column("aht_seconds", .double)
            table.primaryKey(["roster_id", "day", "start_minute"])
        }
        try db.create(table: "roster_violation") { table in
            table.column("roster_id", .integer).notNull().references("roster", onDelete: .cascade)
            table.column("ordinal", .integer).notNull()
            table.column("person_key", .text).notNull()
            table.column("day", .text).notNull().check(sql: "day \(isDate)")
            table.column("end_day", .text).check(sql: "end_day \(isDate)")
            table.column("rule", .text).notNull()
            table.column("kind", .text).notNull()
            table.column("citation", .text).notNull()
            table.column("message", .text).notNull()
            table.column("value", .double).notNull()
            table.column("limit_value", .double).notNull()
            table.column("unit", .text).notNull()
            table.primaryKey(["roster_id", "ordinal"])
        }
    }
}
