import Foundation
import GRDB
@testable import Storage
import Testing

@Suite("Schema v2: interval history")
struct IntervalHistoryMigrationTests {
    /// The schema Headset shipped before interval history.
    static let versionOne = Schema(migrations: Array(Schema.current.migrations.prefix(1)))

    @Test("v2 is the interval history migration, after v1")
    func registered() {
        #expect(Schema.current.migrations.map(\.identifier).prefix(2) == ["v1-foundation", "v2-interval-history"])
    }

    @Test("a v1 database is backed up, then migrated to v2 with its data kept")
    func migratesVersionOne() throws {
        let directory = try TemporaryDatabaseDirectory()
        let path = directory.path("centre.sqlite")
        let (old, created) = try HeadsetDatabase.open(at: path, schema: Self.versionOne)
        #expect(created.currentVersion == 1)
        try old.write { db in try SettingsRepository.set("centre.time_zone", to: "Europe/Vilnius", actor: "ana", in: db) }
        try old.close()

        let (database, outcome) = try HeadsetDatabase.open(at: path)
        #expect(outcome.previousVersion == 1)
        #expect(outcome.currentVersion == Schema.currentVersion)
        let backup = try #require(outcome.backupPath)
        #expect(backup.hasPrefix(path + ".backup-v1-"))
        let (hasTable, zone, version) = try database.read { db in
            (try db.tableExists("interval_history"), try SettingsRepository.value("centre.time_zone", in: db),
             try SchemaInfo.version(in: db))
        }
        #expect(hasTable)
        #expect(zone == "Europe/Vilnius")
        #expect(version == Schema.currentVersion)
        try database.close()

        let (copy, copyOutcome) = try HeadsetDatabase.open(at: backup, schema: Self.versionOne)
        #expect(!copyOutcome.migrated, "the backup is the v1 database as it was")
        #expect(try copy.read { db in try db.tableExists("interval_history") } == false)
        #expect(try copy.read { db in try SettingsRepository.value("centre.time_zone", in: db) } == "Europe/Vilnius")
    }

    @Test("the table enforces its rules: unique (channel, start), positive length, counts of 0 or more")
    func constraints() throws {
        let database = try HeadsetDatabase.inMemory()
        let insert = """
            INSERT INTO interval_history (channel, interval_start, interval_seconds, offered, handled) VALUES (?, ?, ?, ?, ?)
            """
        try database.write { db in try db.execute(sql: insert, arguments: ["phone", "2003-03-03T12:00:00Z", 300, 5, nil]) }
        let rejected: [StatementArguments] = [
            ["phone", "2003-03-03T12:00:00Z", 300, 6, nil],
            ["phone", "2003-03-03T12:05:00Z", 0, 6, nil],
            ["phone", "2003-03-03T12:05:00Z", 300, -1, nil],
            ["phone", "2003-03-03T12:05:00Z", 300, 1, -1],
            [nil, "2003-03-03T12:05:00Z", 300, 1, nil],
        ]
        for arguments in rejected {
            #expect(throws: StorageError.self) { try database.write { db in try db.execute(sql: insert, arguments: arguments) } }
        }
        let indexes = try database.read { db in try db.indexes(on: "interval_history") }
        #expect(indexes.contains { $0.isUnique && $0.columns == ["channel", "interval_start"] })
    }
}
