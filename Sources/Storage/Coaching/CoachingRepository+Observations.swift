public import CivilTime
public import Coaching
import GRDB

extension CoachingRepository {
    /// The scored answers of `agents` (everyone's when nil) on `criteria` in interactions on
    /// `from` through `to` (both included), for ``CoachingEffect/measure(_:observations:policy:)``;
    /// by date, agent and evaluation.
    ///
    /// The answers QA reports count: evaluations past draft, never self-evaluations (the agent's
    /// own view does not grade them), and only answers with a score (`fraction` is NULL for N/A).
    /// Criteria are matched by id on every scorecard version.
    public static func observations(agents: Set<String>?, criteria: Set<String>, from: LocalDate, to: LocalDate,
                                    in transaction: DatabaseTransaction) throws -> [CriterionObservation] {
        let db = transaction.database
        // Nothing asked matches nothing (`IN ()` is not portable SQL).
        guard !criteria.isEmpty, agents?.isEmpty != true, from <= to else { return [] }
        func placeholders(_ values: Set<String>) -> String { "(" + values.map { _ in "?" }.joined(separator: ", ") + ")" }
        var arguments = StatementArguments(criteria.sorted()) + [from.description, to.description]
        let answers = "a.criterion_id IN \(placeholders(criteria)) AND a.interaction_date >= ? AND a.interaction_date <= ?"
        let counted = "a.fraction IS NOT NULL AND e.status <> 'draft' AND e.is_self_evaluation = 0"
        // Planner hints (https://sqlite.org/optoverview.html#crossjoin): with agents, their
        // evaluations by the agent-date index, then each one's answers; for everyone, the
        // criterion index of each scorecard version (few), then each answer's evaluation.
        let sql: String
        if let agents {
            arguments += StatementArguments(agents.sorted()) + [from.description, to.description]
            sql = """
                SELECT e.agent_key, a.criterion_id, a.interaction_date, a.fraction
                FROM evaluation e CROSS JOIN evaluation_answer a
                WHERE a.evaluation_id = e.id AND \(answers) AND \(counted)
                  AND e.agent_key IN \(placeholders(agents)) AND e.interaction_date >= ? AND e.interaction_date <= ?
                ORDER BY a.interaction_date, e.agent_key, e.key, a.ordinal
                """
        } else {
            sql = """
                SELECT e.agent_key, a.criterion_id, a.interaction_date, a.fraction
                FROM scorecard_version v CROSS JOIN evaluation_answer a CROSS JOIN evaluation e
                WHERE a.scorecard_id = v.id AND e.id = a.evaluation_id AND \(answers) AND \(counted)
                ORDER BY a.interaction_date, e.agent_key, e.key, a.ordinal
                """
        }
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            let text: String = row["interaction_date"]
            guard let date = LocalDate(text) else {
                throw StorageError.corruptValue(table: "evaluation_answer", key: row["criterion_id"],
                                                reason: "interaction_date '\(text)' is not a date")
            }
            return CriterionObservation(agent: row["agent_key"], criterionID: row["criterion_id"], date: date, fraction: row["fraction"])
        }
    }
}
