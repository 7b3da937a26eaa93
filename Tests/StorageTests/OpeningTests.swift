import Foundation
import GRDB
@testable import Storage
import Testing

@Suite("Opening and migrating databases")
struct OpeningTests {
    @Test("a new database is created in WAL mode with foreign keys on, at the current schema version")
    func createsNewDatabase() throws {
        let directory = try TemporaryDatabaseDirectory()
        let path = directory.path("headset.sqlite")
        let (database, outcome) = try HeadsetDatabase.open(at: path)
        #expect(outcome == MigrationOutcome(created: true, previousVersion: 0, currentVersion: Schema.currentVersion, backupPath: nil))
        let (journal, foreignKeys, applicationID) = try database.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"),
             try Int.fetchOne(db, sql: "PRAGMA foreign_keys"),
             try Int32.fetchOne(db, sql: "PRAGMA application_id"))
        }
        #expect(journal == "wal")
        #expect(foreignKeys == 1)
        #expect(applicationID == Schema.applicationID)
        #expect(try database.schemaVersion() == Schema.currentVersion)
    }

    @Test("opening an up-to-date database changes nothing and makes no backup")
    func reopenIsNoOp() throws {
        let directory = try TemporaryDatabaseDirectory()
        let path = directory.path("headset.sqlite")
        try HeadsetDatabase.open(at: path).0.close()
        let (_, outcome) = try HeadsetDatabase.open(at: path)
        #expect(!outcome.created)
        #expect(!outcome.migrated)
        #expect(outcome.backupPath == nil)
    }

    @Test("a file that is not SQLite is refused and left as it was")
    func notSQLite() throws {
        let directory = try TemporaryDatabaseDirectory()
        let path = directory.path("notes.sqlite")
        let text = Data("Shift notes, not a database\n".utf8)
        try text.write(to: URL(fileURLWithPath: path))
        #expect(throws: StorageError.notSQLite(path: path)) { try HeadsetDatabase.open(at: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == text)
        #expect(try directory.contents() == ["notes.sqlite"])
    }

    @Test("another program's SQLite database is refused untouched")
    func foreignDatabase() throws {
        let directory = try TemporaryDatabaseDirectory()
        let path = directory.path("other.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY)") }
        try queue.close()
        #expect(throws: StorageError.notHeadsetDatabase(path: path)) { try HeadsetDatabase.open(at: path) }
        let journal = try DatabaseQueue(path: path).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(journal == "delete", "the foreign database was not switched to WAL")
    }

    @Test("a database from a newer Headset is refused with both versions named")
    func newerDatabase() throws {
        let directory = try TemporaryDatabaseDirectory()
        let path = directory.path("future.sqlite")
        try HeadsetDatabase.open(at: path).0.close()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "PRAGMA user_version = 99") }
        try queue.close()
        let expected = StorageError.newerSchema(path: path, databaseVersion: 99, supportedVersion: Schema.currentVersion)
        #expect(throws: expected) { try HeadsetDatabase.open(at: path) }
        #expect(expected.description.contains("newer Headset"))
    }

    /// Today's schema plus one more step, as the next Headset release would ship it.
    static let nextRelease = Schema(migrations: Schema.current.migrations + [
        Schema.Migration("v-next-test") { db in
            try db.execute(sql: "ALTER TABLE setting ADD COLUMN note TEXT")
        },
    ])

    @Test("an older database is backed up beside itself, then migrated, with its data kept")
    func olderDatabaseIsBackedUpAndMigrated() throws {
        let directory = try TemporaryDatabaseDirectory()
        let path = directory.path("old.sqlite")
        let (old, _) = try HeadsetDatabase.open(at: path)
        try old.write { db in try SettingsRepository.set("centre.name", to: "Bærum", actor: "ana", in: db) }
        try old.close()

        let (migrated, outcome) = try HeadsetDatabase.open(at: path, schema: Self.nextRelease)
        #expect(outcome.previousVersion == Schema.currentVersion)
        #expect(outcome.currentVersion == Schema.currentVersion + 1)
        #expect(!outcome.created)
        let backup = try #require(outcome.backupPath)
        #expect(backup.hasPrefix(path + ".backup-v\(Schema.currentVersion)-"))
        #expect(try migrated.read { db in try SettingsRepository.value("centre.name", in: db) } == "Bærum")
        try migrated.close()

        // The backup is the old database, whole: old version, same data, openable by the old schema.
        let (copy, copyOutcome) = try HeadsetDatabase.open(at: backup)
        #expect(!copyOutcome.migrated)
        #expect(try copy.read { db in try SettingsRepository.value("centre.name", in: db) } == "Bærum")
    }

    @Test("the next release's database is refused by this release")
    func nextReleaseRefusedByThisOne() throws {
        let directory = try TemporaryDatabaseDirectory()
        let path = directory.path("next.sqlite")
        try HeadsetDatabase.open(at: path, schema: Self.nextRelease).0.close()
        #expect(throws: StorageError.newerSchema(path: path, databaseVersion: Schema.currentVersion + 1,
                                                 supportedVersion: Schema.currentVersion)) {
            try HeadsetDatabase.open(at: path)
        }
    }

    @Test("a failing migration is rolled back and reported, leaving the old version")
    func failingMigrationRollsBack() throws {
        let directory = try TemporaryDatabaseDirectory()
        let path = directory.path("fail.sqlite")
        try HeadsetDatabase.open(at: path).0.close()
        let broken = Schema(migrations: Schema.current.migrations + [
            Schema.Migration("v-broken") { db in
                try db.execute(sql: "CREATE TABLE half_done (id INTEGER)")
                try db.execute(sql: "INSERT INTO no_such_table VALUES (1)")
            },
        ])
        #expect(throws: StorageError.self) { try HeadsetDatabase.open(at: path, schema: broken) }
        let (database, outcome) = try HeadsetDatabase.open(at: path)
        #expect(!outcome.migrated)
        let halfDone = try database.read { db in try db.tableExists("half_done") }
        #expect(!halfDone)
    }

    @Test("a path in a directory that does not exist names the path")
    func missingDirectory() throws {
        let directory = try TemporaryDatabaseDirectory()
        let path = directory.path("missing/headset.sqlite")
        #expect(throws: StorageError.self) { try HeadsetDatabase.open(at: path) }
    }

    @Test("a read-only opening reads while another process holds the write lock, and writes nothing")
    func readsBesideAWriter() throws {
        let directory = try TemporaryDatabaseDirectory()
        let path = directory.path("centre.sqlite")
        try HeadsetDatabase.open(at: path).0.close()
        // Another program holds an exclusive write transaction for the whole read.
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let outsider = try DatabaseQueue(path: path, configuration: configuration)
        try outsider.writeWithoutTransaction { db in try db.execute(sql: "BEGIN EXCLUSIVE") }
        defer { try? outsider.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") } }
        let (reader, outcome) = try HeadsetDatabase.openExisting(at: path, access: .readOnly)
        #expect(!outcome.migrated && !outcome.created)
        #expect(try reader.schemaVersion() == Schema.currentVersion)
        try reader.close()
    }

    @Test("read-only opening refuses to migrate: an older database must be migrated by a writing command")
    func readOnlyDoesNotMigrate() throws {
        let directory = try TemporaryDatabaseDirectory()
        let path = directory.path("old.sqlite")
        try HeadsetDatabase.open(at: path, schema: Schema(migrations: Array(Schema.current.migrations.prefix(3)))).0.close()
        #expect(throws: StorageError.olderSchema(path: path, databaseVersion: 3, currentVersion: Schema.currentVersion)) {
            try HeadsetDatabase.openExisting(at: path, access: .readOnly)
        }
        let (reopened, outcome) = try HeadsetDatabase.open(at: path, schema: Schema(migrations: Array(Schema.current.migrations.prefix(3))))
        #expect(!outcome.migrated, "the file was left at version 3")
        try reopened.close()
    }
}
