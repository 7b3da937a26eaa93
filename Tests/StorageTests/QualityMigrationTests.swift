import Foundation
import GRDB
import Quality
@testable import Storage
import Testing

private typealias Fixture = QualityStorageFixture

/// Schema v5: the quality tables, their constraints and delete rules, and the indexes the hot
/// report queries actually use.
@Suite("Quality schema (v5)")
struct QualityMigrationTests {
    @Test("schema version 5 is the quality migration and creates the quality tables")
    func version() throws {
        #expect(Schema.currentVersion >= 5)
        #expect(Schema.current.migrations[4].identifier == "v5-quality")
        let database = try HeadsetDatabase.inMemory()
        #expect(try database.schemaVersion() == Schema.currentVersion)
        let tables = try database.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        for table in ["scorecard_version", "scorecard_criterion", "evaluation", "evaluation_answer", "dispute", "dispute_item",
                      "dispute_answer"] {
            #expect(tables.contains(table), "\(table)")
        }
    }

    @Test("an existing v4 database migrates past v5 and keeps its data")
    func migratesFromV4() throws {
        let directory = try TemporaryDatabaseDirectory()
        let path = directory.path("headset.sqlite")
        let v4 = Schema(migrations: Array(Schema.current.migrations.prefix(4)))
        let (old, _) = try HeadsetDatabase.open(at: path, schema: v4)
        try old.write { db in try db.execute(sql: "INSERT INTO setting (key, value) VALUES ('centre.name', 'Kaunas')") }
        try old.close()
        let (database, outcome) = try HeadsetDatabase.open(at: path)
        #expect(outcome.previousVersion == 4 && outcome.currentVersion == Schema.currentVersion && outcome.backupPath != nil)
        #expect(try database.read { db in try String.fetchOne(db, sql: "SELECT value FROM setting") } == "Kaunas")
        try database.write { db in _ = try QualityRepository.importScorecard(Fixture.card(), actor: "ruta", in: db) }
        try database.close()
    }

    @Test("the schema refuses bad values, a changed published definition, and deleting a version in use; an evaluation owns its rows")
    func constraints() throws {
        let database = try Fixture.database()
        _ = try Fixture.save(try Fixture.scored(), in: database)
        func refuses(_ sql: String, sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(throws: (any Error).self, "\(sql)", sourceLocation: sourceLocation) { try database.write { db in try db.execute(sql: sql) } }
        }
        refuses("UPDATE evaluation SET status = 'closed'")
        refuses("UPDATE evaluation SET score = 101")
        refuses("UPDATE evaluation SET outcome = NULL, passed = NULL")
        refuses("UPDATE evaluation SET passed = 0")
        refuses("UPDATE evaluation SET is_self_evaluation = 1")
        refuses("UPDATE evaluation SET interaction_date = '23/11/2026'")
        refuses("UPDATE evaluation SET updated_at = created_at - 1")
        refuses("UPDATE evaluation_answer SET fraction = 1.5")
        refuses("UPDATE evaluation_answer SET value_kind = 'scale' WHERE value IS NULL")
        refuses("UPDATE scorecard_criterion SET critical_effect = NULL WHERE critical_class IS NOT NULL")
        refuses("UPDATE scorecard_version SET definition_json = '{}'")
        refuses("DELETE FROM scorecard_version")

        try database.write { db in try db.execute(sql: "DELETE FROM evaluation") }
        #expect(try Fixture.count("evaluation_answer", in: database) == 0)
        try database.write { db in try db.execute(sql: "DELETE FROM scorecard_version") }
        #expect(try Fixture.count("scorecard_criterion", in: database) == 0)
    }

    @Test("the report queries use the agent, evaluator and criterion indexes, never a scan of the evaluations")
    func queryPlans() throws {
        let database = try Fixture.database()
        let month = Fixture.month("2026-11")
        final class Statements { var sql: [String] = [] }
        let traced = Statements()
        let plans = try database.writer.writeWithoutTransaction { db -> [String: String] in
            db.trace { event in if case .statement(let statement) = event { traced.sql.append(statement.sql) } }
            var plans: [String: String] = [:]
            func plan(_ name: String, _ run: () throws -> Void) throws {
                traced.sql = []
                try run()
                let steps = try traced.sql.filter { $0.hasPrefix("SELECT") }.flatMap { sql in
                    // The plan does not depend on the values: bind NULLs.
                    let arguments = StatementArguments(Array(repeating: String?.none, count: sql.filter { $0 == "?" }.count))
                    return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
                }
                plans[name] = steps.joined(separator: "\n")
            }
            try plan("agent month") { _ = try QualityRepository.agentMonthSummary(agent: "ana", month: month, scorecardKey: "voice-call", in: DatabaseTransaction(db)) }
            try plan("team trend") {
                _ = try QualityRepository.monthlyTrend(.team(["ana", "jonas"]), from: month, through: month, scorecardKey: "voice-call", in: DatabaseTransaction(db))
            }
            try plan("evaluator trend") { _ = try QualityRepository.monthlyTrend(.evaluator("ruta"), from: month, through: month, in: DatabaseTransaction(db)) }
            try plan("criterion trend") {
                _ = try QualityRepository.criterionTrend(scorecardKey: "voice-call", criterionID: "resolved", from: month, through: month, in: DatabaseTransaction(db))
            }
            try plan("agent criterion trend") {
                _ = try QualityRepository.criterionTrend(scorecardKey: "voice-call", criterionID: "resolved", scope: .agent("ana"),
                                                         from: month, through: month, in: DatabaseTransaction(db))
            }
            db.trace(nil)
            return plans
        }
        #expect(plans["agent month"]?.contains("evaluation_by_agent_date") == true, "\(plans["agent month"] ?? "")")
        #expect(plans["team trend"]?.contains("evaluation_by_agent_date") == true, "\(plans["team trend"] ?? "")")
        #expect(plans["evaluator trend"]?.contains("evaluation_by_evaluator_date") == true, "\(plans["evaluator trend"] ?? "")")
        #expect(plans["criterion trend"]?.contains("evaluation_answer_by_criterion") == true, "\(plans["criterion trend"] ?? "")")
        #expect(plans["agent criterion trend"]?.contains("evaluation_by_agent_date") == true, "\(plans["agent criterion trend"] ?? "")")
        for (name, plan) in plans {
            #expect(!plan.contains("SCAN e") && !plan.contains("SCAN evaluation "), "\(name):\n\(plan)")
        }
    }
}
