import Foundation
import GRDB

extension OrganizationRepository {
    /// What the database holds about people outside the organisation tables, per person key:
    /// `3 evaluations as agent`, `1 coaching session as coach`, `2 rosters`, … People with none
    /// are left out. An import may not drop a person with history (see
    /// ``Organization/settlingDepartures(from:leaving:history:today:)``): they leave on a date.
    ///
    /// Counts evaluations (as agent or evaluator), disputes (raised or decided), coaching
    /// sessions (as agent or coach), action items owned, and rosters the person is on (staff,
    /// shifts, activities or rule violations). One indexed query per kind and 500 keys.
    public static func history(of keys: [String], in transaction: DatabaseTransaction) throws -> [String: [String]] {
        let db = transaction.database
        let kinds: [(sql: String, one: String, many: String)] = [
            ("SELECT agent_key, COUNT(*) FROM evaluation WHERE agent_key IN (KEYS) GROUP BY agent_key",
             "evaluation as agent", "evaluations as agent"),
            ("SELECT evaluator_key, COUNT(*) FROM evaluation WHERE evaluator_key IN (KEYS) AND NOT is_self_evaluation GROUP BY evaluator_key",
             "evaluation as evaluator", "evaluations as evaluator"),
            ("SELECT raised_by, COUNT(*) FROM dispute WHERE raised_by IN (KEYS) GROUP BY raised_by",
             "dispute raised", "disputes raised"),
            ("SELECT reviewer_key, COUNT(*) FROM dispute WHERE reviewer_key IN (KEYS) GROUP BY reviewer_key",
             "dispute decided", "disputes decided"),
            ("SELECT agent_key, COUNT(*) FROM coaching_session WHERE agent_key IN (KEYS) GROUP BY agent_key",
             "coaching session as agent", "coaching sessions as agent"),
            ("SELECT coach_key, COUNT(*) FROM coaching_session WHERE coach_key IN (KEYS) GROUP BY coach_key",
             "coaching session as coach", "coaching sessions as coach"),
            ("SELECT owner_key, COUNT(*) FROM action_item WHERE owner_key IN (KEYS) GROUP BY owner_key",
             "action item", "action items"),
            ("""
             SELECT person_key, COUNT(DISTINCT roster_id) FROM (
                 SELECT roster_id, person_key FROM roster_person WHERE person_key IN (KEYS)
                 UNION ALL SELECT roster_id, person_key FROM roster_shift WHERE person_key IN (KEYS)
                 UNION ALL SELECT roster_id, person_key FROM roster_activity WHERE person_key IN (KEYS)
                 UNION ALL SELECT roster_id, person_key FROM roster_violation WHERE person_key IN (KEYS)
             ) GROUP BY person_key
             """, "roster", "rosters"),
        ]
        var history: [String: [String]] = [:]
        let unique = Array(Set(keys)).sorted()
        var start = unique.startIndex
        while start < unique.endIndex {
            let chunk = Array(unique[start..<min(start + 500, unique.endIndex)])
            start += chunk.count
            let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
            for kind in kinds {
                let sql = kind.sql.replacingOccurrences(of: "KEYS", with: placeholders)
                let uses = kind.sql.components(separatedBy: "KEYS").count - 1
                let arguments = StatementArguments(Array(repeating: chunk, count: uses).flatMap { $0 })
                let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
                while let row = try rows.next() {
                    let count: Int = row[1]
                    history[row[0], default: []].append("\(count) \(count == 1 ? kind.one : kind.many)")
                }
            }
        }
        return history
    }
}
