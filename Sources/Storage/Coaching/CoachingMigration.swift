import GRDB

/// Schema version 6: coaching. Sessions with the evaluations and criteria they worked on, and
/// the action items agreed in them.
///
/// - Sessions and items are named by `key` (the ids people use) and joined by integer row ids.
/// - People (`coach_key`, `agent_key`, `owner_key`) and evaluations are keys as text without a
///   foreign key, as in the quality tables: a session may cite people and evaluations imported
///   later, or kept in another system.
/// - Days are `YYYY-MM-DD` (text order is date order); the acknowledgement time is seconds since
///   1970 UTC as REAL, so a `Date` comes back exactly.
/// - The coach's private notes are one column, `private_notes`, that the loaders select only by
///   name for the coach's view (``CoachingSessionColumns``); the agent's view never names it.
/// - A session owns its evaluation and criterion lists and its action items (`ON DELETE CASCADE`).
/// - An item due before its session is refused by a trigger (a CHECK cannot read another table,
///   https://sqlite.org/lang_createtable.html#ckconst), and so is moving a session after its items.
enum CoachingMigration {
    static func migrate(_ db: Database) throws {
        let isDate = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'"

        try db.create(table: "coaching_session") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("key", .text).notNull().unique()
            table.column("coach_key", .text).notNull()
            table.column("agent_key", .text).notNull()
            table.column("day", .text).notNull().check(sql: "day \(isDate)")
            // Minutes after midnight; NULL when the start was not recorded.
            table.column("start_minute", .integer).check(sql: "start_minute BETWEEN 0 AND 1439")
            table.column("minutes", .integer).notNull().check(sql: "minutes BETWEEN 1 AND 480")
            // Literal list, not CoachingFormat.allCases: a shipped migration must never change.
            table.column("format", .text).notNull()
                .check(sql: QualityMigration.oneOf("format", ["one-to-one", "side-by-side", "call-review"]))
            table.column("channel", .text)
            // The notes shared with the agent.
            table.column("strengths", .text).notNull()
            table.column("opportunities", .text).notNull()
            table.column("agreed_actions", .text).notNull()
            // The coach's own notes: never in the agent's view, never in the audit log.
            table.column("private_notes", .text).notNull()
            table.column("follow_up_due", .text).check(sql: "follow_up_due \(isDate)")
            table.column("acknowledged_at", .double)
            table.column("acknowledgement_comment", .text)
            table.column("created_at", .double).notNull()
            table.check(sql: "coach_key <> agent_key")
            table.check(sql: "follow_up_due >= day")
            table.check(sql: "(acknowledged_at IS NULL) = (acknowledgement_comment IS NULL)")
        }
        // The two ways sessions are listed: an agent's history, a coach's log.
        try db.create(index: "coaching_session_by_agent_day", on: "coaching_session", columns: ["agent_key", "day"])
        try db.create(index: "coaching_session_by_coach_day", on: "coaching_session", columns: ["coach_key", "day"])

        try db.create(table: "coaching_session_evaluation", options: [.withoutRowID]) { table in
            table.column("session_id", .integer).notNull().references("coaching_session", onDelete: .cascade)
            table.column("ordinal", .integer).notNull()
            table.column("evaluation_key", .text).notNull()
            table.primaryKey(["session_id", "ordinal"])
        }
        try db.create(table: "coaching_session_criterion", options: [.withoutRowID]) { table in
            table.column("session_id", .integer).notNull().references("coaching_session", onDelete: .cascade)
            table.column("ordinal", .integer).notNull()
            table.column("criterion_id", .text).notNull()
            table.primaryKey(["session_id", "ordinal"])
        }

        try db.create(table: "action_item") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("key", .text).notNull().unique()
            table.column("session_id", .integer).notNull().indexed().references("coaching_session", onDelete: .cascade)
            table.column("owner_key", .text).notNull()
            table.column("text", .text).notNull()
            table.column("due", .text).notNull().check(sql: "due \(isDate)")
            table.column("status", .text).notNull().check(sql: QualityMigration.oneOf("status", ["open", "done", "cancelled"]))
            table.column("closed_on", .text).check(sql: "closed_on \(isDate)")
            table.check(sql: "(status = 'open') = (closed_on IS NULL)")
        }
        // The follow-up list: open items by due day (closed ones are history, never listed by due).
        try db.execute(sql: "CREATE INDEX action_item_open_by_due ON action_item(due) WHERE status = 'open'")
        for (name, event) in [("action_item_due_on_insert", "INSERT"), ("action_item_due_on_update", "UPDATE OF due, session_id")] {
            try db.execute(sql: """
                CREATE TRIGGER \(name) BEFORE \(event) ON action_item
                WHEN NEW.due < (SELECT day FROM coaching_session WHERE id = NEW.session_id)
                BEGIN SELECT RAISE(ABORT, 'an action item cannot be due before its session'); END
                """)
        }
        try db.execute(sql: """
            CREATE TRIGGER coaching_session_day_before_items BEFORE UPDATE OF day ON coaching_session
            WHEN EXISTS (SELECT 1 FROM action_item WHERE session_id = NEW.id AND due < NEW.day)
            BEGIN SELECT RAISE(ABORT, 'a session cannot move after the day its action items are due'); END
            """)
    }
}
