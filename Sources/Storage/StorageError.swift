/// Why the database could not be opened, migrated, read or written.
public enum StorageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file exists but is not an SQLite database.
    case notSQLite(path: String)
    /// An SQLite database that some other program made.
    case notHeadsetDatabase(path: String)
    /// Written by a newer Headset: opening it could lose data, so it is refused.
    case newerSchema(path: String, databaseVersion: Int, supportedVersion: Int)
    case cannotOpen(path: String, reason: String)
    case backupFailed(path: String, reason: String)
    case migrationFailed(path: String, reason: String)
    /// A read or write failed; `operation` says what was being done.
    case database(operation: String, reason: String)
    /// A stored value could not be decoded (a bug or a hand-edited database).
    case corruptValue(table: String, key: String, reason: String)

    public var description: String {
        switch self {
        case .notSQLite(let path):
            return "\(path): not an SQLite database (use --database to point at a Headset database, or a new path)"
        case .notHeadsetDatabase(let path):
            return "\(path): an SQLite database, but not a Headset one; refusing to change it"
        case let .newerSchema(path, databaseVersion, supportedVersion):
            return "\(path): written by a newer Headset (schema version \(databaseVersion); this Headset knows up to \(supportedVersion)); upgrade Headset to open it"
        case let .cannotOpen(path, reason):
            return "\(path): cannot open the database: \(reason)"
        case let .backupFailed(path, reason):
            return "\(path): cannot back up before migrating, nothing was changed: \(reason)"
        case let .migrationFailed(path, reason):
            return "\(path): migration failed and was rolled back: \(reason)"
        case let .database(operation, reason):
            return "database error while \(operation): \(reason)"
        case let .corruptValue(table, key, reason):
            return "database table \(table), key \(key): \(reason)"
        }
    }
}
