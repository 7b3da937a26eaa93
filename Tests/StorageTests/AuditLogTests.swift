import Foundation
import GRDB
@testable import Storage
import Testing

@Suite("Audit log and settings")
struct AuditLogTests {
    @Test("a change and its audit entry are written in one transaction")
    func changeIsAudited() throws {
        let database = try HeadsetDatabase.inMemory()
        try database.write { db in try SettingsRepository.set("centre.name", to: "Ķemeri", actor: "līga", in: db) }
        try database.write { db in try SettingsRepository.set("centre.name", to: "Ålesund", actor: "ola", in: db) }
        let entries = try database.read { db in try AuditLog.entries(entity: "setting", key: "centre.name", in: db) }
        #expect(entries.map(\.actor) == ["līga", "ola"])
        #expect(entries.map(\.action) == [.create, .update])
        #expect(entries[0].beforeJSON == nil)
        #expect(entries[0].afterJSON == #"{"value":"Ķemeri"}"#)
        #expect(entries[1].beforeJSON == #"{"value":"Ķemeri"}"#)
        #expect(entries[1].afterJSON == #"{"value":"Ålesund"}"#)
    }

    @Test("when the transaction fails, neither the change nor its audit entry remains")
    func rollbackTakesAuditWithIt() throws {
        struct Abort: Error {}
        let database = try HeadsetDatabase.inMemory()
        #expect(throws: Abort.self) {
            try database.write { db in
                try SettingsRepository.set("centre.name", to: "Ćorić & co", actor: "ivo", in: db)
                throw Abort()
            }
        }
        let (value, count) = try database.read { db in
            (try SettingsRepository.value("centre.name", in: db), try AuditEntry.fetchCount(db))
        }
        #expect(value == nil)
        #expect(count == 0)
    }

    @Test("setting the same value again records nothing")
    func idempotentSet() throws {
        let database = try HeadsetDatabase.inMemory()
        for _ in 0..<3 {
            try database.write { db in try SettingsRepository.set("centre.locale", to: "nb", actor: "ola", in: db) }
        }
        #expect(try database.read { db in try AuditEntry.fetchCount(db) } == 1)
    }

    @Test("the audit log refuses an unknown action at the database level")
    func checkConstraint() throws {
        let database = try HeadsetDatabase.inMemory()
        #expect(throws: StorageError.self) {
            try database.write { db in
                try db.execute(sql: """
                    INSERT INTO audit_log (actor, occurred_at, entity, entity_key, action) VALUES ('x', 't', 'e', 'k', 'teleport')
                    """)
            }
        }
    }

    @Test("Baltic, Croatian and Norwegian names round-trip through SQLite byte for byte", arguments: [
        "Žemaitė", "Ķemeri", "Ćorić", "Bærum", "Ålesund", "Đurđa Šimić", "e\u{301}", // NFD stays NFD
    ])
    func unicodeRoundTrip(name: String) throws {
        let directory = try TemporaryDatabaseDirectory()
        let path = directory.path("unicode.sqlite")
        let (database, _) = try HeadsetDatabase.open(at: path)
        try database.write { db in try SettingsRepository.set("centre.name", to: name, actor: name, in: db) }
        try database.close()
        let (reopened, _) = try HeadsetDatabase.open(at: path)
        let stored = try reopened.read { db in try SettingsRepository.value("centre.name", in: db) }
        #expect(stored.map { Array($0.utf8) } == Array(name.utf8))
        #expect(try reopened.read { db in try AuditLog.entries(in: db) }.first?.actor == name)
    }
}
