import CivilTime
import Coaching
import Foundation
import GRDB
@testable import Storage
import Testing

private typealias Fixture = CoachingStorageFixture

/// Action items in the database: added to a stored session, not before its day, closed once,
/// only their status changing, listed open first by due day, every change audited.
@Suite("Coaching repository: action items")
struct CoachingItemRepositoryTests {
    static func database() throws -> HeadsetDatabase {
        let database = try HeadsetDatabase.inMemory()
        try Fixture.add(try Fixture.session(), to: database)
        return database
    }

    static func add(_ item: ActionItem, to database: HeadsetDatabase, actor: String = Fixture.coach) throws {
        try database.write { db in try CoachingRepository.addItem(item, actor: actor, in: db) }
    }

    static func update(_ item: ActionItem, in database: HeadsetDatabase, actor: String = Fixture.agent) throws {
        try database.write { db in try CoachingRepository.updateItem(item, actor: actor, in: db) }
    }

    static func stored(_ id: String, in database: HeadsetDatabase) throws -> ActionItem? {
        try database.read { db in try CoachingRepository.item(id: id, in: db) }
    }

    @Test("an item is added to a stored session and comes back exactly; unknown sessions, taken ids and early dues are refused")
    func add() throws {
        let database = try Self.database()
        let item = try Fixture.item("ai-ž-1", text: "Perklausyti 2 skambučių — „Labas“ → „Sveiki“", dueInDays: 0)
        try Self.add(item, to: database)
        #expect(try Self.stored("ai-ž-1", in: database) == item)
        #expect(try Self.stored("ai-none", in: database) == nil)

        #expect(throws: CoachingStoreError.unknownSession("cs-none")) {
            try Self.add(try Fixture.item("ai-2", session: "cs-none", dueInDays: 1), to: database)
        }
        #expect(throws: CoachingStoreError.duplicateItem("ai-ž-1")) { try Self.add(try Fixture.item("ai-ž-1", dueInDays: 3), to: database) }
        // Built against an earlier day than the stored session's.
        let early = try Fixture.item("ai-3", dueInDays: 0, sessionDate: Fixture.day.adding(days: -2))
        #expect(throws: CoachingStoreError.coaching(.dueBeforeSession(item: "ai-3", due: Fixture.day.adding(days: -2), session: Fixture.day))) {
            try Self.add(early, to: database)
        }
        #expect(try Fixture.count("action_item", in: database) == 1)
        let audit = try Fixture.audit(CoachingRepository.itemEntity, in: database)
        #expect(audit.map(\.action) == [.create] && audit[0].entityKey == "ai-ž-1")
        #expect(audit[0].afterJSON?.contains("\"session\":\"cs-1\"") == true && audit[0].afterJSON?.contains("\"status\":\"open\"") == true)
    }

    @Test("an item is closed once: done or cancelled with its day, audited; the same status again records nothing")
    func statusChanges() throws {
        let database = try Self.database()
        let item = try Fixture.item("ai-1", dueInDays: 7)
        let other = try Fixture.item("ai-2", dueInDays: 7)
        try Self.add(item, to: database)
        try Self.add(other, to: database)
        let done = try item.closed(on: Fixture.day.adding(days: 5))
        try Self.update(done, in: database)
        try Self.update(done, in: database)
        #expect(try Self.stored("ai-1", in: database)?.status == .done(on: Fixture.day.adding(days: 5)))
        let cancelled = try other.closed(on: Fixture.day.adding(days: 9), cancelled: true)
        try Self.update(cancelled, in: database, actor: Fixture.coach)
        #expect(try Self.stored("ai-2", in: database) == cancelled)

        #expect(throws: CoachingStoreError.coaching(.itemNotOpen(item: "ai-1", status: "done"))) {
            try Self.update(try item.closed(on: Fixture.day.adding(days: 6), cancelled: true), in: database)
        }
        #expect(throws: CoachingStoreError.coaching(.itemNotOpen(item: "ai-1", status: "done"))) { try Self.update(item, in: database) }

        let audit = try Fixture.audit(CoachingRepository.itemEntity, in: database).filter { $0.entityKey == "ai-1" }
        #expect(audit.map(\.action) == [.create, .update] && audit[1].actor == Fixture.agent)
        #expect(audit[1].beforeJSON?.contains("\"status\":\"open\"") == true && audit[1].beforeJSON?.contains("closed_on") == false)
        #expect(audit[1].afterJSON?.contains("\"closed_on\":\"2026-11-25\",") == true && audit[1].afterJSON?.contains("\"status\":\"done\"") == true)
    }

    @Test("an update that changes anything but the status, or names an unknown item, is refused")
    func updateRefusals() throws {
        let database = try Self.database()
        try Fixture.add(try Fixture.bare("cs-2"), to: database)
        try Self.add(try Fixture.item("ai-1", dueInDays: 7), to: database)
        let reworded = try Fixture.item("ai-1", owner: Fixture.coach, text: "something else", dueInDays: 8).closed(on: Fixture.day)
        #expect(throws: CoachingStoreError.itemChanged(item: "ai-1", fields: ["owner", "text", "due"])) {
            try Self.update(reworded, in: database)
        }
        #expect(throws: CoachingStoreError.itemChanged(item: "ai-1", fields: ["session"])) {
            try Self.update(try Fixture.item("ai-1", session: "cs-2", dueInDays: 7).closed(on: Fixture.day), in: database)
        }
        #expect(throws: CoachingStoreError.unknownItem("ai-none")) {
            try Self.update(try Fixture.item("ai-none", dueInDays: 7).closed(on: Fixture.day), in: database)
        }
        #expect(try Self.stored("ai-1", in: database)?.status == .open)
    }

    @Test("items are listed open first by due day, then closed ones by due day; one session's or everyone's")
    func listing() throws {
        let database = try Self.database()
        try Fixture.add(try Fixture.bare("cs-2", on: Fixture.day.adding(days: 1)), to: database)
        let items = [
            try Fixture.item("ai-late", dueInDays: 20),
            try Fixture.item("ai-soon", dueInDays: 2),
            try Fixture.item("ai-b", session: "cs-2", dueInDays: 9, sessionDate: Fixture.day.adding(days: 1)),
            try Fixture.item("ai-a", session: "cs-2", dueInDays: 9, sessionDate: Fixture.day.adding(days: 1)),
            try Fixture.item("ai-done", dueInDays: 1, status: .done(on: Fixture.day)),
            try Fixture.item("ai-cancelled", dueInDays: 0, status: .cancelled(on: Fixture.day)),
        ]
        for item in items { try Self.add(item, to: database) }
        let all = try database.read { db in try CoachingRepository.items(in: db) }
        #expect(all.map(\.id) == ["ai-soon", "ai-a", "ai-b", "ai-late", "ai-cancelled", "ai-done"])
        #expect(all.first { $0.id == "ai-done" } == items[4])
        let first = try database.read { db in try CoachingRepository.items(sessionID: "cs-1", in: db) }
        #expect(first.map(\.id) == ["ai-soon", "ai-late", "ai-cancelled", "ai-done"])
        #expect(try database.read { db in try CoachingRepository.items(sessionID: "cs-none", in: db) }.isEmpty)
    }
}
