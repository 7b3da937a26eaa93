import CivilTime
import Foundation
import GRDB

/// File-level checks and backups that happen before GRDB touches a database.
enum DatabaseFile {
    /// The 16-byte header every SQLite 3 database file starts with.
    static let sqliteHeader = Array("SQLite format 3\0".utf8)

    /// Whether a non-empty database file already exists; throws if it is not SQLite.
    static func inspect(_ path: String) throws(StorageError) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return false }
        if isDirectory.boolValue { throw .cannotOpen(path: path, reason: "it is a directory") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotOpen(path: path, reason: "the file cannot be read")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: sqliteHeader.count)) ?? Data()
        if header.isEmpty { return false }
        guard Array(header) == sqliteHeader else { throw .notSQLite(path: path) }
        return true
    }

    /// Copies the database beside itself with SQLite's online backup, before migrating it.
    static func backup(_ pool: DatabasePool, path: String, version: Int) throws(StorageError) -> String {
        let backupPath = "\(path).backup-v\(version)-\(ISO8601Text.utcBasic(Date()))"
        do {
            let copy = try DatabaseQueue(path: backupPath)
            try pool.backup(to: copy)
            try copy.close()
        } catch {
            try? FileManager.default.removeItem(atPath: backupPath)
            throw .backupFailed(path: path, reason: reason(error))
        }
        return backupPath
    }

    /// A short human reason for an error: SQLite's message rather than GRDB's full dump.
    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? "\(error.resultCode)"
        }
        if let error = error as? StorageError { return error.description }
        return "\(error)"
    }
}
