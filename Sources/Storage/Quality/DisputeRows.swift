import Foundation
import GRDB
import Quality

/// Reads and writes `dispute`, `dispute_item` and `dispute_answer`.
enum DisputeRows {
    /// What rebuilding a dispute needs beside its row: the evaluation's id and the card's pass mark.
    private static let columns = "d.*, e.key AS evaluation_key, s.pass_mark"

    static func insert(_ dispute: Dispute, evaluationRowID: Int64, in db: Database) throws {
        try db.execute(sql: "INSERT INTO dispute (key, evaluation_id, raised_by, raised_at) VALUES (?, ?, ?, ?)",
                       arguments: [dispute.id, evaluationRowID, dispute.raisedBy, dispute.raisedAt.timeIntervalSince1970])
        let rowID = db.lastInsertedRowID
        let item = try db.cachedStatement(sql: "INSERT INTO dispute_item (dispute_id, ordinal, criterion_id, reason) VALUES (?, ?, ?, ?)")
        for (ordinal, disputed) in dispute.items.enumerated() {
            try item.execute(arguments: [rowID, ordinal, disputed.criterionID, disputed.reason])
        }
    }

    /// Stores the decision and the history `record` keeps: the original and revised answers,
    /// which items changed, the scores and outcomes either side.
    static func decide(rowID: Int64, record: DisputeRecord, in db: Database) throws {
        let decision = record.decision
        let before = StoredOutcome(record.outcomeBefore), after = StoredOutcome(record.outcomeAfter)
        try db.execute(sql: """
            UPDATE dispute SET reviewer_key = ?, verdict = ?, comment = ?, decided_at = ?, score_before = ?, score_after = ?,
                               outcome_before = ?, outcome_after = ?, failed_by_before = ?, failed_by_after = ?
            WHERE id = ?
            """, arguments: [decision.reviewerID, decision.verdict.rawValue, decision.comment, decision.decidedAt.timeIntervalSince1970,
                             record.scoreBefore, record.scoreAfter, before.kind, after.kind, before.failedBy, after.failedBy, rowID])
        let changed = Set(record.changedCriteria)
        let item = try db.cachedStatement(sql: "UPDATE dispute_item SET changed = ? WHERE dispute_id = ? AND criterion_id = ?")
        for criterionID in record.dispute.criterionIDs {
            try item.execute(arguments: [changed.contains(criterionID), rowID, criterionID])
        }
        let answer = try db.cachedStatement(sql: """
            INSERT INTO dispute_answer (dispute_id, role, ordinal, criterion_id, value_kind, value, comment, evidence_json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (role, answers) in [("original", record.originalAnswers), ("revised", decision.revisedAnswers)] {
            for (ordinal, given) in answers.enumerated() {
                let stored = try StoredAnswer(given)
                try answer.execute(arguments: [rowID, role, ordinal, stored.criterionID, stored.valueKind, stored.value, stored.comment,
                                               stored.evidenceJSON])
            }
        }
    }

    /// The dispute with this id, its row id and its evaluation's row id; nil when not stored.
    static func find(id: String, in db: Database) throws -> (rowID: Int64, evaluationRowID: Int64, dispute: Dispute, record: DisputeRecord?)? {
        try disputes(from: byDispute, where: "d.key = ?", arguments: [id], in: db).first
    }

    /// Open disputes, oldest first.
    static func open(in db: Database) throws -> [Dispute] {
        try disputes(from: byDispute, where: "d.verdict IS NULL", arguments: [], in: db)
            .sorted { ($0.dispute.raisedAt, $0.dispute.id) < ($1.dispute.raisedAt, $1.dispute.id) }.map(\.dispute)
    }

    /// Decided disputes of the evaluations matching `condition` (over `evaluation e`), by
    /// evaluation row id, oldest decision first.
    static func decidedHistories(where condition: String, arguments: StatementArguments, in db: Database) throws -> [Int64: [DisputeRecord]] {
        var histories: [Int64: [DisputeRecord]] = [:]
        // CROSS JOIN keeps SQLite on the evaluations' index first: the condition is over them.
        let byEvaluation = "evaluation e CROSS JOIN dispute d JOIN scorecard_version s ON s.id = e.scorecard_id"
        for found in try disputes(from: byEvaluation, where: "d.evaluation_id = e.id AND d.verdict IS NOT NULL AND \(condition)", arguments: arguments, in: db) {
            if let record = found.record { histories[found.evaluationRowID, default: []].append(record) }
        }
        return histories
    }

    /// Disputes first, for conditions over them.
    private static let byDispute = "dispute d JOIN evaluation e ON e.id = d.evaluation_id JOIN scorecard_version s ON s.id = e.scorecard_id"

    private static func disputes(from tables: String, where condition: String, arguments: StatementArguments,
                                 in db: Database) throws -> [(rowID: Int64, evaluationRowID: Int64, dispute: Dispute, record: DisputeRecord?)] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT \(columns) FROM \(tables) WHERE \(condition) ORDER BY d.evaluation_id, d.decided_at, d.raised_at, d.id
            """, arguments: arguments)
        return try rows.map { row in
            let rowID: Int64 = row["id"]
            let key: String = row["key"]
            let items = try Row.fetchAll(db, sql: "SELECT * FROM dispute_item WHERE dispute_id = ? ORDER BY ordinal", arguments: [rowID])
            let dispute = Dispute(id: key, evaluationID: row["evaluation_key"], raisedBy: row["raised_by"],
                                  items: items.map { DisputedCriterion($0["criterion_id"], reason: $0["reason"]) },
                                  raisedAt: Date(timeIntervalSince1970: row["raised_at"]))
            return (rowID, row["evaluation_id"], dispute, try record(row, dispute: dispute, items: items, in: db))
        }
    }

    /// The history record of a decided dispute; nil while it is open.
    private static func record(_ row: Row, dispute: Dispute, items: [Row], in db: Database) throws -> DisputeRecord? {
        guard let verdictText: String = row["verdict"] else { return nil }
        func corrupt(_ reason: String) -> StorageError { .corruptValue(table: "dispute", key: dispute.id, reason: reason) }
        guard let verdict = DisputeVerdict(rawValue: verdictText) else { throw corrupt("unknown verdict '\(verdictText)'") }
        var answers: [String: [Answer]] = [:]
        for answerRow in try Row.fetchAll(db, sql: "SELECT * FROM dispute_answer WHERE dispute_id = ? ORDER BY role, ordinal",
                                          arguments: [row["id"] as Int64]) {
            answers[answerRow["role"], default: []].append(try StoredAnswer(row: answerRow).answer(table: "dispute_answer", key: dispute.id))
        }
        let decision = DisputeDecision(reviewerID: row["reviewer_key"], verdict: verdict, revisedAnswers: answers["revised"] ?? [],
                                       comment: row["comment"], decidedAt: Date(timeIntervalSince1970: row["decided_at"]))
        let passMark: Double? = row["pass_mark"]
        let scoreBefore: Double? = row["score_before"], scoreAfter: Double? = row["score_after"]
        let outcomeBefore = try StoredOutcome(kind: row["outcome_before"], failedBy: row["failed_by_before"])
            .outcome(score: scoreBefore, passMark: passMark, table: "dispute", key: dispute.id)
        let outcomeAfter = try StoredOutcome(kind: row["outcome_after"], failedBy: row["failed_by_after"])
            .outcome(score: scoreAfter, passMark: passMark, table: "dispute", key: dispute.id)
        let changed = items.filter { ($0["changed"] as Bool?) == true }.map { $0["criterion_id"] as String }
        return DisputeRecord(dispute: dispute, decision: decision, originalAnswers: answers["original"] ?? [], changedCriteria: changed,
                             scoreBefore: scoreBefore, scoreAfter: scoreAfter, outcomeBefore: outcomeBefore, outcomeAfter: outcomeAfter)
    }
}
