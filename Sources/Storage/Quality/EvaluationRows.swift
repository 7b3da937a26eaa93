import CivilTime
import Foundation
import GRDB
import Quality

/// Reads evaluations back whole: the row, its answers in order, its stored score and its
/// decided disputes, with three queries however many evaluations match.
enum EvaluationRows {
    /// One stored evaluation with what the writer needs beside it.
    struct Loaded {
        let rowID: Int64
        let scorecardRowID: Int64
        let evaluation: Evaluation
        let answers: [StoredAnswer]
        /// Nil while a draft has not been scored.
        let score: StoredScore?
    }

    /// Evaluations whose `evaluation e` row matches `condition`, ordered by `order`.
    static func load(where condition: String, arguments: StatementArguments, order: String = "e.interaction_date, e.start_second, e.key",
                     in db: Database) throws -> [Loaded] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT e.*, s.key AS scorecard_key, s.version AS scorecard_version, s.pass_mark
            FROM evaluation e JOIN scorecard_version s ON s.id = e.scorecard_id
            WHERE \(condition) ORDER BY \(order)
            """, arguments: arguments)
        guard !rows.isEmpty else { return [] }
        // CROSS JOIN keeps SQLite on the evaluation index first, then each evaluation's answers.
        var answerRows: [Int64: [Row]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT a.* FROM evaluation e CROSS JOIN evaluation_answer a
            WHERE a.evaluation_id = e.id AND \(condition) ORDER BY a.evaluation_id, a.ordinal
            """, arguments: arguments) {
            answerRows[row["evaluation_id"], default: []].append(row)
        }
        let histories = try DisputeRows.decidedHistories(where: condition, arguments: arguments, in: db)
        return try rows.map { row in
            let rowID: Int64 = row["id"]
            return try loaded(row, answers: answerRows[rowID] ?? [], history: histories[rowID] ?? [])
        }
    }

    /// The evaluation with this id, if stored.
    static func load(id: String, in db: Database) throws -> Loaded? {
        try load(where: "e.key = ?", arguments: [id], in: db).first
    }

    /// The row id of the evaluation with this id, if stored.
    static func rowID(id: String, in db: Database) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM evaluation WHERE key = ?"), arguments: [id])
    }

    private static func loaded(_ row: Row, answers rows: [Row], history: [DisputeRecord]) throws -> Loaded {
        let key: String = row["key"]
        func corrupt(_ reason: String) -> StorageError { .corruptValue(table: "evaluation", key: key, reason: reason) }
        let dateText: String = row["interaction_date"]
        guard let date = LocalDate(dateText) else { throw corrupt("interaction_date '\(dateText)' is not a date") }
        let channelText: String = row["channel"]
        guard let channel = InteractionChannel(rawValue: channelText) else { throw corrupt("unknown channel '\(channelText)'") }
        let statusText: String = row["status"]
        guard let status = EvaluationStatus(rawValue: statusText) else { throw corrupt("unknown status '\(statusText)'") }
        let stored = rows.map(StoredAnswer.init(row:))
        let evaluation: Evaluation
        do {
            let interaction = try InteractionReference(id: row["interaction_id"], channel: channel, date: date,
                                                       startSecondOfDay: row["start_second"], durationSeconds: row["duration_seconds"])
            evaluation = try Evaluation(
                id: key, scorecardKey: row["scorecard_key"], scorecardVersion: row["scorecard_version"],
                evaluatorID: row["evaluator_key"], agentID: row["agent_key"], interaction: interaction,
                answers: try stored.map { try $0.answer(table: "evaluation_answer", key: key) }, status: status,
                createdAt: Date(timeIntervalSince1970: row["created_at"]), updatedAt: Date(timeIntervalSince1970: row["updated_at"]),
                disputeHistory: history)
        } catch let error as EvaluationError {
            throw corrupt(error.description)
        }
        return Loaded(rowID: row["id"], scorecardRowID: row["scorecard_id"], evaluation: evaluation, answers: stored,
                      score: StoredScore(row: row, answers: rows))
    }
}
