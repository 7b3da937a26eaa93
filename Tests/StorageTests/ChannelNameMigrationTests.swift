import Foundation
import GRDB
@testable import Storage
import Testing

@Suite("Schema v9: channel names normalised")
struct ChannelNameMigrationTests {
    static let versionEight = Schema(migrations: Array(Schema.current.migrations.prefix(8)))

    @Test("Phone, ' phone' and PHONE stored before normalisation become one channel 'phone'; a repeated interval keeps the later import")
    func mergesSpellings() throws {
        let directory = try TemporaryDatabaseDirectory()
        let path = directory.path("centre.sqlite")
        let (old, _) = try HeadsetDatabase.open(at: path, schema: Self.versionEight)
        try old.write { db in
            let rows: [(String, String, Double)] = [
                ("Phone", "2026-11-02T08:00:00Z", 10), ("Phone", "2026-11-02T08:30:00Z", 11),
                (" phone", "2026-11-02T09:00:00Z", 12), ("phone", "2026-11-02T08:30:00Z", 13),
                ("PHONE", "2026-11-02T09:30:00Z", 14), ("Pokalbiai", "2026-11-02T08:00:00Z", 5),
            ]
            for (channel, start, offered) in rows {
                try db.execute(sql: "INSERT INTO interval_history (channel, interval_start, interval_seconds, offered) VALUES (?, ?, 1800, ?)",
                               arguments: [channel, start, offered])
            }
        }
        try old.close()
        let (database, outcome) = try HeadsetDatabase.open(at: path)
        defer { try? database.close() }
        #expect(outcome.previousVersion == 8)
        let rows = try database.read { db in
            try Row.fetchAll(db, sql: "SELECT channel, interval_start, offered FROM interval_history ORDER BY channel, interval_start")
                .map { "\($0["channel"] as String) \($0["interval_start"] as String) \($0["offered"] as Double)" }
        }
        #expect(rows == [
            "phone 2026-11-02T08:00:00Z 10.0", "phone 2026-11-02T08:30:00Z 13.0", "phone 2026-11-02T09:00:00Z 12.0",
            "phone 2026-11-02T09:30:00Z 14.0", "pokalbiai 2026-11-02T08:00:00Z 5.0",
        ])
    }
}
