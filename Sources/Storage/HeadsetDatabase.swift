import Foundation
import GRDB

/// The Headset SQLite database: a WAL-mode `DatabasePool` with foreign keys on, opened only
/// after its schema version has been checked, and migrated (after a backup) when older.
///
/// ```swift
/// let (database, outcome) = try HeadsetDatabase.open(at: "headset.sqlite")
/// try database.write { db in try SettingsRepository.set("centre.name", to: "Vilnius", actor: "ana", in: db) }
/// ```
public final class HeadsetDatabase: Sendable {
    /// The underlying GRDB writer (internal: the public API never shows the engine).
    let writer: any DatabaseWriter
    /// The file path, or nil for an in-memory database.
    public let path: String?

    private init(writer: any DatabaseWriter, path: String?) {
        self.writer = writer
        self.path = path
    }

    /// Opens (creating or migrating as needed) the database at `path`.
    public static func open(at path: String) throws(StorageError) -> (HeadsetDatabase, MigrationOutcome) {
        try open(at: path, schema: .current)
    }

    /// Opens `path` against a given schema history (tests use shorter or longer histories).
    public static func open(at path: String, schema: Schema) throws(StorageError) -> (HeadsetDatabase, MigrationOutcome) {
        let existed = try DatabaseFile.inspect(path)
        // Check before migrating: a foreign or newer database must not be changed at all.
        let previousVersion = existed ? try checkVersion(ofFileAt: path, schema: schema) : 0
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration())
        } catch {
            throw .cannotOpen(path: path, reason: DatabaseFile.reason(error))
        }
        var backupPath: String?
        if existed && previousVersion > 0 && previousVersion < schema.version {
            backupPath = try DatabaseFile.backup(pool, path: path, version: previousVersion)
        }
        do {
            try schema.migrator().migrate(pool)
        } catch {
            throw .migrationFailed(path: path, reason: DatabaseFile.reason(error))
        }
        let outcome = MigrationOutcome(created: !existed || previousVersion == 0, previousVersion: previousVersion,
                                       currentVersion: schema.version, backupPath: backupPath)
        return (HeadsetDatabase(writer: pool, path: path), outcome)
    }

    /// Opens the Headset database that must already exist at `path`: a missing path or an
    /// empty file is ``StorageError/noDatabase(path:)``, never a new database.
    ///
    /// `.readOnly` opens without migrating or writing anything, so a read-only file, a
    /// read-only mount or a writer holding the lock do not stop reads; a database older than
    /// this build must be migrated by a writing command first. `.readWrite` migrates (after a
    /// backup) as ``open(at:)`` does.
    public static func openExisting(at path: String, access: DatabaseAccess) throws(StorageError) -> (HeadsetDatabase, MigrationOutcome) {
        guard try DatabaseFile.inspect(path) else { throw .noDatabase(path: path) }
        switch access {
        case .readWrite:
            return try open(at: path, schema: .current)
        case .readOnly:
            let version = try checkVersion(ofFileAt: path, schema: .current, readOnly: true)
            if version < Schema.current.version {
                throw .olderSchema(path: path, databaseVersion: version, currentVersion: Schema.current.version)
            }
            var configuration = configuration()
            configuration.readonly = true
            do {
                let queue = try DatabaseQueue(path: path, configuration: configuration)
                let outcome = MigrationOutcome(created: false, previousVersion: version, currentVersion: version, backupPath: nil)
                return (HeadsetDatabase(writer: queue, path: path), outcome)
            } catch {
                throw .cannotOpen(path: path, reason: DatabaseFile.reason(error))
            }
        }
    }

    /// A fresh, fully migrated in-memory database, for tests and dry runs.
    public static func inMemory() throws(StorageError) -> HeadsetDatabase {
        do {
            let queue = try DatabaseQueue(configuration: configuration())
            try Schema.current.migrator().migrate(queue)
            return HeadsetDatabase(writer: queue, path: nil)
        } catch {
            throw .cannotOpen(path: ":memory:", reason: DatabaseFile.reason(error))
        }
    }

    /// Runs `updates` in one transaction: everything it writes lands, or nothing does.
    public func write<T>(_ operation: String = "writing", _ updates: (DatabaseTransaction) throws -> T) throws -> T {
        do {
            return try writer.write { db in try updates(DatabaseTransaction(db)) }
        } catch let error as DatabaseError {
            throw StorageError.database(operation: operation, reason: DatabaseFile.reason(error))
        }
    }

    /// Runs `updates` in a transaction that is always rolled back: a dry run does the same work
    /// and the same checks as ``write(_:_:)``, and changes nothing.
    public func rehearse<T>(_ operation: String = "checking", _ updates: (DatabaseTransaction) throws -> T) throws -> T {
        do {
            return try writer.writeWithoutTransaction { db -> T in
                var result: T?
                try db.inTransaction {
                    result = try updates(DatabaseTransaction(db))
                    return .rollback
                }
                guard let result else { throw StorageError.database(operation: operation, reason: "the rehearsal returned nothing") }
                return result
            }
        } catch let error as DatabaseError {
            throw StorageError.database(operation: operation, reason: DatabaseFile.reason(error))
        }
    }

    /// Lets the writer's connection cache up to `mebibytes` of pages: bulk loads of millions of
    /// rows (benchmarks, migrations) run faster when indexes stay in memory.
    public func cachePages(upToMebibytes mebibytes: Int) throws {
        do {
            try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA cache_size = -\(mebibytes * 1024)") }
        } catch let error as DatabaseError {
            throw StorageError.database(operation: "setting the page cache", reason: DatabaseFile.reason(error))
        }
    }

    /// Runs `reads` on a consistent snapshot.
    public func read<T>(_ operation: String = "reading", _ reads: (DatabaseTransaction) throws -> T) throws -> T {
        do {
            return try writer.read { db in try reads(DatabaseTransaction(db)) }
        } catch let error as DatabaseError {
            throw StorageError.database(operation: operation, reason: DatabaseFile.reason(error))
        }
    }

    /// Closes the database: checkpoints the WAL so the file stands alone.
    public func close() throws(StorageError) {
        do {
            if let pool = writer as? DatabasePool {
                // Readers first: SQLite removes the WAL files only when the last connection to
                // close is the writer.
                pool.invalidateReadOnlyConnections()
                try pool.close()
            }
            if let queue = writer as? DatabaseQueue { try queue.close() }
        } catch {
            throw .database(operation: "closing", reason: DatabaseFile.reason(error))
        }
    }

    /// The schema version recorded in the database.
    public func schemaVersion() throws -> Int {
        try read { transaction in try Int.fetchOne(transaction.database, sql: "PRAGMA user_version") ?? 0 }
    }

    private static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        configuration.label = "Headset"
        return configuration
    }

    /// The database's schema version, after refusing foreign and newer databases.
    private static func checkVersion(ofFileAt path: String, schema: Schema, readOnly: Bool = false) throws(StorageError) -> Int {
        do {
            // Not `readonly` unless asked: a read-only connection cannot remove the WAL files
            // when it closes. Reading PRAGMAs writes nothing, and a plain queue never changes
            // the journal mode.
            var configuration = configuration()
            configuration.readonly = readOnly
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db -> Int in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                let userTables = try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM sqlite_master
                    WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'
                    """) ?? 0
                if applicationID != Schema.applicationID {
                    if userTables > 0 { throw StorageError.notHeadsetDatabase(path: path) }
                    return 0
                }
                if version > schema.version {
                    throw StorageError.newerSchema(path: path, databaseVersion: version,
                                                   supportedVersion: schema.version)
                }
                return version
            }
        } catch let error as StorageError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notSQLite(path: path)
        } catch {
            throw .cannotOpen(path: path, reason: DatabaseFile.reason(error))
        }
    }
}
