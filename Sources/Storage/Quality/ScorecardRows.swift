import GRDB
import Quality

/// Reads and writes `scorecard_version` and its `scorecard_criterion` rows.
enum ScorecardRows {
    /// A stored version with its row id, which evaluations refer to.
    struct Stored {
        let rowID: Int64
        let scorecard: Scorecard
    }

    static func insert(_ card: Scorecard, definitionJSON: String, in db: Database) throws {
        let now = AuditLog.timestamp()
        try db.execute(sql: """
            INSERT INTO scorecard_version (key, version, status, title, pass_mark, definition_json, stored_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [card.key, card.version, card.status.rawValue, card.title.text, card.passMark, definitionJSON, now, now])
        try insertCriteria(of: card, rowID: db.lastInsertedRowID, in: db)
    }

    /// Overwrites a draft's definition and status in place.
    static func replaceDraft(_ card: Scorecard, definitionJSON: String, rowID: Int64, in db: Database) throws {
        try db.execute(sql: """
            UPDATE scorecard_version SET status = ?, title = ?, pass_mark = ?, definition_json = ?, updated_at = ? WHERE id = ?
            """, arguments: [card.status.rawValue, card.title.text, card.passMark, definitionJSON, AuditLog.timestamp(), rowID])
        try db.execute(sql: "DELETE FROM scorecard_criterion WHERE scorecard_id = ?", arguments: [rowID])
        try insertCriteria(of: card, rowID: rowID, in: db)
    }

    static func setStatus(_ status: ScorecardStatus, rowID: Int64, in db: Database) throws {
        try db.execute(sql: "UPDATE scorecard_version SET status = ?, updated_at = ? WHERE id = ?",
                       arguments: [status.rawValue, AuditLog.timestamp(), rowID])
    }

    /// Versions matching `condition` (SQL over `scorecard_version`), by key and version.
    static func fetch(where condition: String = "1", arguments: StatementArguments = [], in db: Database) throws -> [Stored] {
        try Row.fetchAll(db, sql: """
            SELECT id, key, version, status, definition_json FROM scorecard_version WHERE \(condition) ORDER BY key, version
            """, arguments: arguments).map(stored)
    }

    /// The version `key` `version`, if stored.
    static func find(key: String, version: Int, in db: Database) throws -> Stored? {
        try fetch(where: "key = ? AND version = ?", arguments: [key, version], in: db).first
    }

    private static func stored(_ row: Row) throws -> Stored {
        let label = "\(row["key"] as String) v\(row["version"] as Int)"
        let statusText: String = row["status"]
        guard let status = ScorecardStatus(rawValue: statusText) else {
            throw StorageError.corruptValue(table: "scorecard_version", key: label, reason: "unknown status '\(statusText)'")
        }
        let card = try ScorecardDefinitionJSON.scorecard(row["definition_json"], status: status, key: label)
        guard card.key == row["key"], card.version == row["version"] else {
            throw StorageError.corruptValue(table: "scorecard_version", key: label,
                                            reason: "definition_json names \(card.label), not the row's key and version")
        }
        return Stored(rowID: row["id"], scorecard: card)
    }

    private static func insertCriteria(of card: Scorecard, rowID: Int64, in db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO scorecard_criterion (scorecard_id, criterion_id, ordinal, section_id, section_weight, kind, weight,
                                             na_allowed, critical_class, critical_effect, bonus_points, label)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (ordinal, (section, criterion)) in card.criteria.enumerated() {
            try statement.execute(arguments: [
                rowID, criterion.id, ordinal, section.id, section.weight, StoredCriterionKind.name(criterion.kind), criterion.weight,
                criterion.naAllowed, criterion.critical?.criticalClass.rawValue, criterion.critical?.effect.rawValue,
                criterion.bonusPoints, criterion.label.text,
            ])
        }
    }
}
