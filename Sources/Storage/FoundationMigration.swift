import GRDB

/// Schema version 1: the audit log and centre settings.
enum FoundationMigration {
    static func migrate(_ db: Database) throws {
        try db.create(table: "audit_log") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("actor", .text).notNull()
            // ISO 8601 UTC with milliseconds, so text order is time order.
            table.column("occurred_at", .text).notNull()
            table.column("entity", .text).notNull()
            table.column("entity_key", .text).notNull()
            table.column("action", .text).notNull()
                .check(sql: "action IN ('create', 'update', 'delete', 'import')")
            table.column("before_json", .text)
            table.column("after_json", .text)
        }
        try db.create(index: "audit_log_by_entity", on: "audit_log", columns: ["entity", "entity_key", "occurred_at"])
        try db.create(table: "setting") { table in
            table.primaryKey("key", .text)
            table.column("value", .text).notNull()
        }
    }
}
