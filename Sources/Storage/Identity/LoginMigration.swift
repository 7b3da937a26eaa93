import GRDB

/// Schema version 10: logins. One per person of the organisation, with a bcrypt hash (never the
/// password), whether it is disabled, and the failed attempts that lock it for a while.
enum LoginMigration {
    static func migrate(_ db: Database) throws {
        try db.create(table: "login") { table in
            table.primaryKey("person_key", .text)
            table.column("password_hash", .text).notNull().check(sql: "password_hash GLOB '$2[aby]$[0-9][0-9]$*'")
            table.column("disabled", .integer).notNull().defaults(to: 0).check(sql: "disabled IN (0, 1)")
            table.column("failed_attempts", .integer).notNull().defaults(to: 0).check(sql: "failed_attempts >= 0")
            // ISO 8601 UTC, so text order is time order.
            table.column("locked_until", .text)
            table.column("password_changed_at", .text).notNull()
        }
    }
}
