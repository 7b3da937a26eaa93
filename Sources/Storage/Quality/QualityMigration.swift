import GRDB

/// Schema version 5: quality. Scorecard versions (the definition as canonical JSON, plus a row
/// per criterion so reports need not decode it), evaluations with their answers, scores and
/// critical results, and disputes with their items, decisions and the answers they replaced.
///
/// - Scorecards are named by `key` + `version`; a version in use by evaluations cannot be
///   deleted (`ON DELETE RESTRICT`), and a trigger refuses to change the definition of a
///   version that is no longer a draft (published versions are immutable).
/// - People are the organisation's `person.key` as text, without a foreign key: evaluations
///   may be imported before the people they name.
/// - An evaluation owns its answers and disputes (`ON DELETE CASCADE`).
/// - Interaction dates are `YYYY-MM-DD` (text order is date order; months are `substr(…, 1, 7)`).
///   Evaluation and dispute times are seconds since 1970 UTC as REAL, so a `Date` comes back
///   exactly (`datetime(created_at, 'unixepoch')` shows one).
/// - Answer rows copy the evaluation's scorecard version and interaction date (which never
///   change) so criterion trends read one index.
enum QualityMigration {
    /// `(column = 'a' OR column = 'b')`: a CHECK for a closed list of values. Not `IN (…)`, for
    /// which SQLite builds a temporary index each time a statement runs: on the evaluation tables
    /// that made a bulk import 40 % slower (`headset-bench quality`).
    static func oneOf(_ column: String, _ values: [String]) -> String {
        "(" + values.map { "\(column) = '\($0)'" }.joined(separator: " OR ") + ")"
    }

    static func migrate(_ db: Database) throws {
        let isDate = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'"
        let criticalOutcomes = ["passed", "failed", "not-applicable"]
        let scoreOutcomes = ["passed", "below-pass-mark", "failed-by-critical", "not-scored"]
        let answerKinds = ["yes", "no", "scale", "choice", "not-applicable"]
        let percent = "BETWEEN 0 AND 100"

        try db.create(table: "scorecard_version") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("key", .text).notNull()
            table.column("version", .integer).notNull().check(sql: "version >= 1")
            table.column("status", .text).notNull().check(sql: oneOf("status", ["draft", "published", "retired"]))
            table.column("title", .text).notNull()
            table.column("pass_mark", .double).check(sql: "pass_mark > 0 AND pass_mark <= 100")
            // ScorecardDefinitionJSON: everything but the status, keys sorted.
            table.column("definition_json", .text).notNull()
            // Audit-style ISO 8601 UTC times of storing and of the last change.
            table.column("stored_at", .text).notNull()
            table.column("updated_at", .text).notNull()
            table.uniqueKey(["key", "version"])
        }
        try db.execute(sql: """
            CREATE TRIGGER scorecard_version_frozen BEFORE UPDATE OF definition_json ON scorecard_version
            WHEN OLD.status <> 'draft' AND NEW.definition_json IS NOT OLD.definition_json
            BEGIN SELECT RAISE(ABORT, 'a published or retired scorecard version cannot change; store a new version'); END
            """)
        try db.create(table: "scorecard_criterion", options: [.withoutRowID]) { table in
            table.column("scorecard_id", .integer).notNull().references("scorecard_version", onDelete: .cascade)
            table.column("criterion_id", .text).notNull()
            // Card order, 0-based, across sections.
            table.column("ordinal", .integer).notNull()
            table.column("section_id", .text).notNull()
            table.column("section_weight", .double).notNull().check(sql: "section_weight > 0")
            table.column("kind", .text).notNull().check(sql: oneOf("kind", ["yes-no", "scale", "multiple-choice"]))
            table.column("weight", .double).notNull().check(sql: "weight > 0")
            table.column("na_allowed", .boolean).notNull()
            table.column("critical_class", .text).check(sql: oneOf("critical_class", ["customer", "business", "compliance"]))
            table.column("critical_effect", .text).check(sql: oneOf("critical_effect", ["fail-section", "fail-evaluation"]))
            table.column("bonus_points", .double).check(sql: "bonus_points > 0")
            table.column("label", .text).notNull()
            table.check(sql: "(critical_class IS NULL) = (critical_effect IS NULL)")
            table.check(sql: "bonus_points IS NULL OR critical_class IS NULL")
            table.primaryKey(["scorecard_id", "criterion_id"])
            table.uniqueKey(["scorecard_id", "ordinal"])
        }

        try db.create(table: "evaluation") { table in
            table.autoIncrementedPrimaryKey("id")
            // The evaluation's id as people and files name it.
            table.column("key", .text).notNull().unique()
            table.column("scorecard_id", .integer).notNull().references("scorecard_version", onDelete: .restrict)
            table.column("evaluator_key", .text).notNull()
            table.column("agent_key", .text).notNull()
            table.column("is_self_evaluation", .boolean).notNull()
            table.column("interaction_id", .text).notNull()
            table.column("channel", .text).notNull()
                .check(sql: oneOf("channel", ["voice", "email", "chat", "letter", "fax", "in-person"]))
            table.column("interaction_date", .text).notNull().check(sql: "interaction_date \(isDate)")
            table.column("start_second", .integer).check(sql: "start_second BETWEEN 0 AND 86399")
            table.column("duration_seconds", .double).check(sql: "duration_seconds >= 0")
            table.column("status", .text).notNull()
                .check(sql: oneOf("status", ["draft", "submitted", "acknowledged", "disputed", "final"]))
            table.column("created_at", .double).notNull()
            table.column("updated_at", .double).notNull()
            // The score of the current answers; all NULL while a draft has not been scored.
            table.column("score", .double).check(sql: "score \(percent)")
            table.column("score_ignoring_criticals", .double).check(sql: "score_ignoring_criticals \(percent)")
            table.column("bonus_earned", .double).check(sql: "bonus_earned >= 0")
            table.column("bonus_added", .double).check(sql: "bonus_added >= 0")
            table.column("passed", .boolean)
            table.column("outcome", .text).check(sql: oneOf("outcome", scoreOutcomes))
            // JSON array of the fail-evaluation criteria that failed (outcome failed-by-critical).
            table.column("failed_by", .text)
            // Critical-error result per class; NULL when the card has no criterion of the class.
            for criticalClass in ["customer", "business", "compliance"] {
                table.column("\(criticalClass)_critical", .text).check(sql: oneOf("\(criticalClass)_critical", criticalOutcomes))
            }
            table.check(sql: "is_self_evaluation = (evaluator_key = agent_key)")
            table.check(sql: "updated_at >= created_at")
            table.check(sql: "status = 'draft' OR outcome IS NOT NULL")
            table.check(sql: "(outcome IS NULL) = (passed IS NULL)")
            table.check(sql: "passed = (outcome = 'passed')")
            table.check(sql: "(outcome = 'failed-by-critical') = (failed_by IS NOT NULL)")
            table.check(sql: "(outcome = 'not-scored') = (score IS NULL)")
        }
        // The hot report paths: one agent's or one evaluator's evaluations by interaction date.
        try db.create(index: "evaluation_by_agent_date", on: "evaluation", columns: ["agent_key", "interaction_date"])
        try db.create(index: "evaluation_by_evaluator_date", on: "evaluation", columns: ["evaluator_key", "interaction_date"])
        try db.create(index: "evaluation_by_scorecard_date", on: "evaluation", columns: ["scorecard_id", "interaction_date"])
        try db.create(index: "evaluation_by_date", on: "evaluation", columns: ["interaction_date"])
        // Drafts are few and never reported: criterion reports exclude them through this partial
        // index (https://sqlite.org/partialindex.html) instead of visiting every evaluation.
        try db.execute(sql: "CREATE INDEX evaluation_drafts ON evaluation(status) WHERE status = 'draft'")

        try db.create(table: "evaluation_answer", options: [.withoutRowID]) { table in
            table.column("evaluation_id", .integer).notNull().references("evaluation", onDelete: .cascade)
            // The answer's position in the evaluation, 0-based.
            table.column("ordinal", .integer).notNull()
            table.column("criterion_id", .text).notNull()
            // Copies of the evaluation's (they never change), for the criterion index.
            table.column("scorecard_id", .integer).notNull()
            table.column("interaction_date", .text).notNull().check(sql: "interaction_date \(isDate)")
            table.column("value_kind", .text).notNull()
                .check(sql: oneOf("value_kind", answerKinds))
            // The scale value or choice id; NULL for the other kinds.
            table.column("value", .text)
            table.column("comment", .text)
            // JSON array of {"seconds": 12.5} and {"quote": "…"}; NULL when there is none.
            table.column("evidence_json", .text)
            // Share of the criterion's points (0…1) ignoring every gate; NULL for N/A or unscored.
            table.column("fraction", .double).check(sql: "fraction BETWEEN 0 AND 1")
            table.column("failed_critical", .boolean)
            table.check(sql: oneOf("value_kind", ["scale", "choice"]) + " = (value IS NOT NULL)")
            table.primaryKey(["evaluation_id", "ordinal"])
        }
        // Criterion trends: covering, so a month of one criterion is one index range.
        try db.create(index: "evaluation_answer_by_criterion", on: "evaluation_answer",
                      columns: ["scorecard_id", "criterion_id", "interaction_date", "fraction", "failed_critical"])

        try db.create(table: "dispute") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("key", .text).notNull().unique()
            table.column("evaluation_id", .integer).notNull().indexed().references("evaluation", onDelete: .cascade)
            table.column("raised_by", .text).notNull()
            table.column("raised_at", .double).notNull()
            // The decision and the scores either side of it: all NULL while the dispute is open.
            table.column("reviewer_key", .text)
            table.column("verdict", .text).check(sql: oneOf("verdict", ["accepted", "partly-accepted", "rejected"]))
            table.column("comment", .text)
            table.column("decided_at", .double)
            table.column("score_before", .double).check(sql: "score_before \(percent)")
            table.column("score_after", .double).check(sql: "score_after \(percent)")
            table.column("outcome_before", .text).check(sql: oneOf("outcome_before", scoreOutcomes))
            table.column("outcome_after", .text).check(sql: oneOf("outcome_after", scoreOutcomes))
            table.column("failed_by_before", .text)
            table.column("failed_by_after", .text)
            table.check(sql: """
                (verdict IS NULL) = (reviewer_key IS NULL) AND (verdict IS NULL) = (comment IS NULL)
                AND (verdict IS NULL) = (decided_at IS NULL) AND (verdict IS NULL) = (outcome_before IS NULL)
                AND (verdict IS NULL) = (outcome_after IS NULL)
                """)
            table.check(sql: "decided_at >= raised_at")
        }
        // One open dispute per evaluation.
        try db.execute(sql: "CREATE UNIQUE INDEX dispute_open_per_evaluation ON dispute(evaluation_id) WHERE verdict IS NULL")
        try db.create(table: "dispute_item", options: [.withoutRowID]) { table in
            table.column("dispute_id", .integer).notNull().references("dispute", onDelete: .cascade)
            table.column("ordinal", .integer).notNull()
            table.column("criterion_id", .text).notNull()
            table.column("reason", .text).notNull()
            // Whether the decision changed the answer; NULL while open.
            table.column("changed", .boolean)
            table.primaryKey(["dispute_id", "ordinal"])
            table.uniqueKey(["dispute_id", "criterion_id"])
        }
        // The history: every answer before the decision ('original') and the decision's new ones.
        try db.create(table: "dispute_answer", options: [.withoutRowID]) { table in
            table.column("dispute_id", .integer).notNull().references("dispute", onDelete: .cascade)
            table.column("role", .text).notNull().check(sql: oneOf("role", ["original", "revised"]))
            table.column("ordinal", .integer).notNull()
            table.column("criterion_id", .text).notNull()
            table.column("value_kind", .text).notNull()
                .check(sql: oneOf("value_kind", answerKinds))
            table.column("value", .text)
            table.column("comment", .text)
            table.column("evidence_json", .text)
            table.check(sql: oneOf("value_kind", ["scale", "choice"]) + " = (value IS NOT NULL)")
            table.primaryKey(["dispute_id", "role", "ordinal"])
        }
    }
}
