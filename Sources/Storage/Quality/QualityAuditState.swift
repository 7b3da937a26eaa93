import CivilTime
import Foundation
import GRDB
import Quality

/// Scorecards, evaluations and disputes as the audit log records them: JSON objects with
/// snake_case keys, built by hand because an import records one per evaluation.
///
/// ```json
/// {"agent":"ana","answers":{"greeting":"yes","resolved":"choice full"},"evaluator":"ruta","id":"ev-1",…}
/// ```
enum QualityAuditState {
    static func scorecard(_ card: Scorecard, definitionJSON: String, changes: ScorecardChanges? = nil) -> String {
        var object = QualityAuditJSON()
        object.add("key", card.key)
        object.add("version", card.version)
        object.add("status", card.status.rawValue)
        object.add("definition", json: definitionJSON)
        if let changes, !changes.isEmpty { object.add("changes", changes.lines) }
        return object.text
    }

    static func evaluation(_ evaluation: Evaluation, answers: [StoredAnswer], score: StoredScore?) -> String {
        var object = QualityAuditJSON()
        object.add("id", evaluation.id)
        object.add("scorecard", evaluation.scorecardKey)
        object.add("scorecard_version", evaluation.scorecardVersion)
        object.add("agent", evaluation.agentID)
        object.add("evaluator", evaluation.evaluatorID)
        object.add("interaction", evaluation.interaction.id)
        object.add("channel", evaluation.interaction.channel.rawValue)
        object.add("date", evaluation.interaction.date.description)
        object.add("status", evaluation.status.rawValue)
        var values = QualityAuditJSON()
        for answer in answers { values.add(answer.criterionID, answer.auditText) }
        object.add("answers", json: values.text)
        if let score {
            object.add("score", score.score)
            object.add("outcome", score.outcome.kind)
        }
        return object.text
    }

    static func dispute(_ dispute: Dispute, record: DisputeRecord? = nil) -> String {
        var object = QualityAuditJSON()
        object.add("id", dispute.id)
        object.add("evaluation", dispute.evaluationID)
        object.add("raised_by", dispute.raisedBy)
        object.add("criteria", dispute.criterionIDs)
        if let record {
            object.add("reviewer", record.decision.reviewerID)
            object.add("verdict", record.decision.verdict.rawValue)
            object.add("changed", record.changedCriteria)
            object.add("score_before", record.scoreBefore)
            object.add("score_after", record.scoreAfter)
        }
        return object.text
    }

    /// Inserts one audit entry whose before and after are JSON text already (``AuditLog`` encodes
    /// values; this takes the hand-built text).
    static func record(_ actor: String, entity: String, key: String, action: AuditAction, before: String?, after: String?,
                       in db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO audit_log (actor, occurred_at, entity, entity_key, action, before_json, after_json)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        try statement.execute(arguments: [actor, AuditLog.timestamp(), entity, key, action.rawValue, before, after])
    }
}

/// A JSON object written by hand, keys sorted: ``AuditJSONObject`` plus numbers, optional
/// numbers and nested JSON.
struct QualityAuditJSON {
    private var fields: [(key: String, json: String)] = []

    mutating func add(_ key: String, _ value: String?) {
        if let value { fields.append((key, AuditJSONObject.quoted(value))) }
    }

    mutating func add(_ key: String, _ value: Int) {
        fields.append((key, String(value)))
    }

    /// A number; `null` when nil (a missing score says something), left out when not finite.
    mutating func add(_ key: String, _ value: Double?) {
        if let value {
            if value.isFinite { fields.append((key, Self.number(value))) }
        } else {
            fields.append((key, "null"))
        }
    }

    mutating func add(_ key: String, _ values: [String]) {
        fields.append((key, "[" + values.map(AuditJSONObject.quoted).joined(separator: ",") + "]"))
    }

    /// `json` must already be JSON text.
    mutating func add(_ key: String, json: String) {
        fields.append((key, json))
    }

    var text: String {
        "{" + fields.sorted { $0.key < $1.key }.map { AuditJSONObject.quoted($0.key) + ":" + $0.json }.joined(separator: ",") + "}"
    }

    /// `80`, `82.5`: whole numbers without `.0`, as JSONEncoder writes them.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
