import GRDB

/// Named settings of the contact centre (its name, time zone, locale …), audited on change.
public enum SettingsRepository {
    /// Well-known keys.
    public enum Key {
        public static let centreName = "centre.name"
        public static let timeZone = "centre.time_zone"
        public static let locale = "centre.locale"
    }

    public static func value(_ key: String, in transaction: DatabaseTransaction) throws -> String? {
        let db = transaction.database
        return try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key])
    }

    public static func all(in transaction: DatabaseTransaction) throws -> [(key: String, value: String)] {
        let db = transaction.database
        return try Row.fetchAll(db, sql: "SELECT key, value FROM setting ORDER BY key").map { ($0["key"], $0["value"]) }
    }

    /// Sets a value and records the change; setting the same value again records nothing.
    public static func set(_ key: String, to value: String, actor: String, in transaction: DatabaseTransaction) throws {
        let db = transaction.database
        let previous = try self.value(key, in: transaction)
        guard previous != value else { return }
        try db.execute(sql: """
            INSERT INTO setting (key, value) VALUES (?, ?)
            ON CONFLICT(key) DO UPDATE SET value = excluded.value
            """, arguments: [key, value])
        try AuditLog.record(actor, entity: "setting", key: key, action: previous == nil ? .create : .update,
                            before: previous.map { ["value": $0] }, after: ["value": value], in: transaction)
    }
}
