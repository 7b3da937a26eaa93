import CivilTime
import Coaching
import GRDB

/// Reads and writes `action_item`.
///
/// | status | status | closed_on |
/// |---|---|---|
/// | `.open` | `open` | NULL |
/// | `.done(on:)` | `done` | the day |
/// | `.cancelled(on:)` | `cancelled` | the day |
enum ActionItemRows {
    static func insert(_ item: ActionItem, sessionRowID: Int64, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO action_item (key, session_id, owner_key, text, due, status, closed_on) VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [item.id, sessionRowID, item.owner, item.text, item.due.description, item.status.name,
                                     closedOn(item.status)?.description])
    }

    static func updateStatus(_ item: ActionItem, in db: Database) throws {
        try db.execute(sql: "UPDATE action_item SET status = ?, closed_on = ? WHERE key = ?",
                       arguments: [item.status.name, closedOn(item.status)?.description, item.id])
    }

    static func exists(key: String, in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM action_item WHERE key = ?)", arguments: [key]) ?? false
    }

    /// Items whose `action_item i` row (or their `coaching_session s`) matches `condition`: open
    /// ones first, each group by due day, then by key.
    static func load(where condition: String = "1 = 1", arguments: StatementArguments = [], in db: Database) throws -> [ActionItem] {
        try Row.fetchAll(db, sql: """
            SELECT i.key, i.owner_key, i.text, i.due, i.status, i.closed_on, s.key AS session_key, s.day AS session_day
            FROM action_item i JOIN coaching_session s ON s.id = i.session_id
            WHERE \(condition)
            ORDER BY CASE WHEN i.status = 'open' THEN 0 ELSE 1 END, i.due, i.key
            """, arguments: arguments).map(item)
    }

    private static func closedOn(_ status: ActionItem.Status) -> LocalDate? {
        switch status {
        case .open: nil
        case .done(let day), .cancelled(let day): day
        }
    }

    private static func item(_ row: Row) throws -> ActionItem {
        let key: String = row["key"]
        func corrupt(_ reason: String) -> StorageError { .corruptValue(table: "action_item", key: key, reason: reason) }
        func day(_ column: String) throws -> LocalDate {
            let text: String = row[column] ?? ""
            guard let date = LocalDate(text) else { throw corrupt("\(column) '\(text)' is not a date") }
            return date
        }
        let statusText: String = row["status"]
        let status: ActionItem.Status
        switch statusText {
        case "open": status = .open
        case "done": status = .done(on: try day("closed_on"))
        case "cancelled": status = .cancelled(on: try day("closed_on"))
        default: throw corrupt("unknown status '\(statusText)'")
        }
        let due = try day("due"), sessionDay = try day("session_day")
        do {
            return try ActionItem(id: key, sessionID: row["session_key"], owner: row["owner_key"], text: row["text"], due: due,
                                  sessionDate: sessionDay, status: status)
        } catch {
            throw corrupt(error.description)
        }
    }
}
