import CivilTime
import Coaching
import Foundation
import GRDB
@testable import Storage
import Testing

private typealias Fixture = CoachingStorageFixture

/// Schema v6: the coaching tables, the constraints the database itself enforces (whatever
/// program writes to it), the delete rules, and the indexes the listings use.
@Suite("Coaching schema (v6)")
struct CoachingMigrationTests {
    @Test("schema version 6 is the coaching migration and creates the coaching tables and indexes")
    func version() throws {
        #expect(Schema.currentVersion >= 6)
        #expect(Schema.current.migrations[5].identifier == "v6-coaching")
        let database = try HeadsetDatabase.inMemory()
        #expect(try database.schemaVersion() == Schema.currentVersion)
        let names = try database.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master") }
        for name in ["coaching_session", "coaching_session_evaluation", "coaching_session_criterion", "action_item",
                     "coaching_session_by_agent_day", "coaching_session_by_coach_day", "action_item_open_by_due",
                     "action_item_due_on_insert", "action_item_due_on_update", "coaching_session_day_before_items"] {
            #expect(names.contains(name), "\(name)")
        }
    }

    @Test("an existing v5 database migrates past v6 and keeps its data")
    func migratesFromV5() throws {
        let directory = try TemporaryDatabaseDirectory()
        let path = directory.path("headset.sqlite")
        let v5 = Schema(migrations: Array(Schema.current.migrations.prefix(5)))
        let (old, _) = try HeadsetDatabase.open(at: path, schema: v5)
        try old.write { db in try db.execute(sql: "INSERT INTO setting (key, value) VALUES ('centre.name', 'Bærum')") }
        try old.close()
        let (database, outcome) = try HeadsetDatabase.open(at: path)
        #expect(outcome.previousVersion == 5 && outcome.currentVersion == Schema.currentVersion && outcome.backupPath != nil)
        #expect(try database.read { db in try String.fetchOne(db, sql: "SELECT value FROM setting") } == "Bærum")
        try Fixture.add(try Fixture.session(), to: database)
        #expect(try Fixture.stored(in: database) == (try Fixture.session()))
        try database.close()
    }

    @Test("the database refuses self-coaching, bad lengths and days, a follow-up before the session and half an acknowledgement")
    func sessionConstraints() throws {
        let database = try HeadsetDatabase.inMemory()
        try Fixture.add(try Fixture.session(), to: database)
        func refuses(_ sql: String, sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(throws: (any Error).self, "\(sql)", sourceLocation: sourceLocation) { try database.write { db in try db.execute(sql: sql) } }
        }
        refuses("UPDATE coaching_session SET agent_key = coach_key")
        refuses("UPDATE coaching_session SET minutes = 0")
        refuses("UPDATE coaching_session SET minutes = 481")
        refuses("UPDATE coaching_session SET start_minute = 1440")
        refuses("UPDATE coaching_session SET format = 'phone'")
        refuses("UPDATE coaching_session SET day = '20/11/2026'")
        refuses("UPDATE coaching_session SET follow_up_due = '2026-11-19'")
        refuses("UPDATE coaching_session SET acknowledged_at = 1795680000")
        refuses("UPDATE coaching_session SET acknowledgement_comment = 'ok'")
        refuses("UPDATE coaching_session SET private_notes = NULL")
        refuses("INSERT INTO coaching_session_criterion (session_id, ordinal, criterion_id) VALUES (999, 0, 'greeting')")
        try database.write { db in
            try db.execute(sql: "UPDATE coaching_session SET follow_up_due = day, acknowledged_at = 1795680000, acknowledgement_comment = ''")
        }
    }

    @Test("the database refuses an item due before its session (insert, update, or moving the session), and a status without its day")
    func itemConstraints() throws {
        let database = try HeadsetDatabase.inMemory()
        try Fixture.add(try Fixture.session(), items: [try Fixture.item("ai-1", dueInDays: 7)], to: database)
        func refuses(_ sql: String, sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(throws: (any Error).self, "\(sql)", sourceLocation: sourceLocation) { try database.write { db in try db.execute(sql: sql) } }
        }
        refuses("""
            INSERT INTO action_item (key, session_id, owner_key, text, due, status)
            SELECT 'ai-early', id, agent_key, 'too early', '2026-11-19', 'open' FROM coaching_session
            """)
        refuses("UPDATE action_item SET due = '2026-11-19'")
        refuses("UPDATE coaching_session SET day = '2026-11-28'")
        refuses("UPDATE action_item SET status = 'done'")
        refuses("UPDATE action_item SET closed_on = '2026-11-25'")
        refuses("UPDATE action_item SET status = 'pending'")
        refuses("UPDATE action_item SET session_id = 999")
        do {
            try database.write { db in try db.execute(sql: "UPDATE action_item SET due = '2026-11-01'") }
            Issue.record("an item due before its session was stored")
        } catch let error as StorageError {
            #expect(error.description.contains("an action item cannot be due before its session"), "\(error)")
        }
        // On the session's own day, and moving the session no further than the item, are fine.
        try database.write { db in
            try db.execute(sql: "UPDATE action_item SET due = '2026-11-21'")
            try db.execute(sql: "UPDATE coaching_session SET day = '2026-11-21'")
            try db.execute(sql: "UPDATE action_item SET status = 'done', closed_on = '2026-11-22'")
        }
    }

    @Test("a session owns its evaluation and criterion lists and its action items")
    func cascade() throws {
        let database = try HeadsetDatabase.inMemory()
        try Fixture.add(try Fixture.session(), items: [try Fixture.item("ai-1", dueInDays: 7)], to: database)
        try Fixture.add(try Fixture.session("cs-2"), to: database)
        try database.write { db in try db.execute(sql: "DELETE FROM coaching_session WHERE key = 'cs-1'") }
        #expect(try Fixture.count("coaching_session_evaluation", in: database) == 2)
        #expect(try Fixture.count("coaching_session_criterion", in: database) == 2)
        #expect(try Fixture.count("action_item", in: database) == 0)
    }

    @Test("listings use the agent, coach and open-item indexes; observations use the agent-date and criterion indexes")
    func queryPlans() throws {
        let database = try QualityStorageFixture.database()
        final class Statements { var sql: [String] = [] }
        let traced = Statements()
        let day = Fixture.day
        let plans = try database.writer.writeWithoutTransaction { db -> [String: String] in
            db.trace { event in if case .statement(let statement) = event { traced.sql.append(statement.sql) } }
            var plans: [String: String] = [:]
            func plan(_ name: String, _ run: () throws -> Void) throws {
                traced.sql = []
                try run()
                let steps = try traced.sql.filter { $0.hasPrefix("SELECT") }.flatMap { sql in
                    let arguments = StatementArguments(Array(repeating: String?.none, count: sql.filter { $0 == "?" }.count))
                    return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
                }
                plans[name] = steps.joined(separator: "\n")
            }
            try plan("agent") { _ = try CoachingRepository.sessions(agent: Fixture.agent, from: day, to: day, in: DatabaseTransaction(db)) }
            try plan("coaches") { _ = try CoachingRepository.sessions(coaches: [Fixture.coach, "jonas"], from: day, in: DatabaseTransaction(db)) }
            try plan("open by due") {
                _ = try Row.fetchAll(db, sql: "SELECT key FROM action_item WHERE status = 'open' AND due <= ? ORDER BY due", arguments: ["x"])
            }
            try plan("agent observations") {
                _ = try CoachingRepository.observations(agents: ["ana"], criteria: ["greeting"], from: day, to: day, in: DatabaseTransaction(db))
            }
            try plan("all observations") {
                _ = try CoachingRepository.observations(agents: nil, criteria: ["greeting", "name-used"], from: day, to: day, in: DatabaseTransaction(db))
            }
            db.trace(nil)
            return plans
        }
        #expect(plans["agent"]?.contains("coaching_session_by_agent_day") == true, "\(plans["agent"] ?? "")")
        #expect(plans["coaches"]?.contains("coaching_session_by_coach_day") == true, "\(plans["coaches"] ?? "")")
        #expect(plans["open by due"]?.contains("action_item_open_by_due") == true, "\(plans["open by due"] ?? "")")
        #expect(plans["agent observations"]?.contains("evaluation_by_agent_date") == true, "\(plans["agent observations"] ?? "")")
        #expect(plans["all observations"]?.contains("evaluation_answer_by_criterion") == true, "\(plans["all observations"] ?? "")")
        for (name, plan) in plans {
            #expect(!plan.contains("SCAN e ") && !plan.contains("SCAN s") && !plan.contains("SCAN a "), "\(name):\n\(plan)")
        }
    }
}
