/// Why the database could not be opened, migrated, read or written.
public enum StorageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file exists but is not an SQLite database.
    case notSQLite(path: String)
    /// Nothing (or an empty file) at the path, where an existing database was needed.
    case noDatabase(path: String)
    /// Older than this build, and opened read-only, so it cannot be migrated now.
    case olderSchema(path: String, databaseVersion: Int, currentVersion: Int)
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
        case .noDatabase(let path):
            return "no Headset database at \(path); create it with headset init"
        case let .olderSchema(path, databaseVersion, currentVersion):
            return "\(path): schema version \(databaseVersion) is older than this Headset's \(currentVersion); "
                + "migrate it first with a writing command (headset init --database \(path))"
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
