import GRDB

/// Schema version 3: the organisation. Job families, roles (level, capabilities), titles (with
/// aliases), translated names, people, and the effective-dated title assignments, reporting
/// lines and positions, plus escalation rules.
///
/// Entities people name in files keep their stable `key` (unique); references between tables
/// are integer row ids with foreign keys, so a family, role, title, person or position still in
/// use cannot be deleted (`ON DELETE RESTRICT`). Dates are `YYYY-MM-DD` text (text order is date
/// order); `valid_to` is the last day in force, NULL while open-ended. Translations are keyed by
/// entity kind and key and go away with their entity (triggers).
enum OrganizationMigration {
    /// What `translation.entity_kind` holds for each translated kind.
    static let familyKind = "job_family"
    static let roleKind = "role"
    static let titleKind = "title"

    static func migrate(_ db: Database) throws {
        let isDate = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'"
        func dated(_ table: TableDefinition) {
            table.column("valid_from", .text).notNull().check(sql: "valid_from \(isDate)")
            table.column("valid_to", .text).check(sql: "valid_to \(isDate)")
            table.check(sql: "valid_to IS NULL OR valid_to >= valid_from")
        }

        try db.create(table: "job_family") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("key", .text).notNull().unique()
        }
        try db.create(table: "role") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("key", .text).notNull().unique()
            table.column("family_id", .integer).notNull().indexed().references("job_family", onDelete: .restrict)
            table.column("level", .integer).notNull()
        }
        try db.create(table: "role_capability") { table in
            table.column("role_id", .integer).notNull().references("role", onDelete: .cascade)
            table.column("capability", .text).notNull()
            table.primaryKey(["role_id", "capability"])
        }
        try db.create(table: "title") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("key", .text).notNull().unique()
            table.column("role_id", .integer).notNull().indexed().references("role", onDelete: .restrict)
        }
        try db.create(table: "title_alias") { table in
            table.column("title_id", .integer).notNull().references("title", onDelete: .cascade)
            // Aliases keep the order they were given in.
            table.column("ordinal", .integer).notNull()
            table.column("alias", .text).notNull()
            table.primaryKey(["title_id", "ordinal"])
        }
        try db.create(table: "translation") { table in
            table.column("entity_kind", .text).notNull()
                .check(sql: "entity_kind IN ('\(familyKind)', '\(roleKind)', '\(titleKind)')")
            table.column("entity_key", .text).notNull()
            table.column("locale", .text).notNull()
            table.column("text", .text).notNull()
            table.primaryKey(["entity_kind", "entity_key", "locale"])
        }
        try db.create(table: "person") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("key", .text).notNull().unique()
            table.column("display_name", .text).notNull()
            table.column("given_name", .text)
            table.column("family_name", .text)
            table.column("email", .text)
            table.column("preferred_locale", .text)
        }
        try db.create(table: "position") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("key", .text).notNull().unique()
            table.column("title_id", .integer).notNull().indexed().references("title", onDelete: .restrict)
            table.column("reports_to_id", .integer).indexed().references("person", onDelete: .restrict)
            dated(table)
        }
        try db.create(table: "title_assignment") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("person_id", .integer).notNull().references("person", onDelete: .restrict)
            table.column("title_id", .integer).notNull().references("title", onDelete: .restrict)
            table.column("position_id", .integer).indexed().references("position", onDelete: .restrict)
            dated(table)
            // A person's assignments are identified by their first day (`person@valid_from`); the
            // unique index is also the path for "the person's title on a date".
            table.uniqueKey(["person_id", "valid_from"])
        }
        // Who holds a title on a date.
        try db.create(index: "title_assignment_by_title_date", on: "title_assignment",
                      columns: ["title_id", "valid_from", "valid_to"])
        try db.create(table: "reporting_line") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("person_id", .integer).notNull().references("person", onDelete: .restrict)
            table.column("manager_id", .integer).notNull().references("person", onDelete: .restrict)
            dated(table)
            table.check(sql: "person_id <> manager_id")
            table.uniqueKey(["person_id", "valid_from"])
        }
        // Who reports to a manager on a date.
        try db.create(index: "reporting_line_by_manager_date", on: "reporting_line",
                      columns: ["manager_id", "valid_from", "valid_to"])
        try db.create(table: "escalation_rule") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("from_role_id", .integer).notNull().unique().references("role", onDelete: .restrict)
            table.column("to_role_id", .integer).notNull().indexed().references("role", onDelete: .restrict)
        }
        for (table, kind) in [("job_family", familyKind), ("role", roleKind), ("title", titleKind)] {
            try db.execute(sql: """
                CREATE TRIGGER \(table)_translations_deleted AFTER DELETE ON \(table) BEGIN
                    DELETE FROM translation WHERE entity_kind = '\(kind)' AND entity_key = OLD.key;
                END
                """)
        }
    }
}
