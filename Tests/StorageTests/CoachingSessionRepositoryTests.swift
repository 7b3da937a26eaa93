import CivilTime
import Coaching
import Foundation
import GRDB
@testable import Storage
import Testing

private typealias Fixture = CoachingStorageFixture

/// Sessions in the database: rebuilt exactly, listed by agent, coach and dates, acknowledged
/// once, given a follow-up, every change audited without the private notes, and a refused or
/// failed change leaving nothing behind.
@Suite("Coaching repository: sessions")
struct CoachingSessionRepositoryTests {
    @Test("a session comes back exactly: Unicode notes and people, start, lists in order, private notes; a bare one too")
    func roundTrip() throws {
        let database = try HeadsetDatabase.inMemory()
        let session = try Fixture.session(followUpDue: Fixture.day.adding(days: 21))
        let items = [try Fixture.item("ai-ž-1", dueInDays: 7), try Fixture.item("ai-2", owner: Fixture.coach, text: "Send the Bærum script", dueInDays: 0)]
        try Fixture.add(session, items: items, to: database)
        let loaded = try #require(try Fixture.stored(in: database))
        #expect(loaded == session)
        #expect(loaded.privateNotes == Fixture.privateNotes && loaded.shared.agreedActions.contains("så bekreft\nthen"))
        #expect(loaded.evaluationIDs == ["ev-ž-1", "ev-2"] && loaded.criterionIDs == ["greeting", "name-used"])
        #expect(try database.read { db in try CoachingRepository.items(sessionID: "cs-1", in: db) } == [items[1], items[0]])

        let bare = try Fixture.bare("cs-bare")
        try Fixture.add(bare, to: database)
        let reloaded = try #require(try Fixture.stored("cs-bare", in: database))
        #expect(reloaded == bare && reloaded.startMinute == nil && reloaded.channel == nil && reloaded.evaluationIDs.isEmpty)
        #expect(try Fixture.stored("cs-none", in: database) == nil)
        #expect(try Fixture.count("coaching_session", in: database) == 2)
    }

    @Test("a session id already stored is refused and nothing more is written")
    func duplicateSession() throws {
        let database = try HeadsetDatabase.inMemory()
        try Fixture.add(try Fixture.session(), to: database)
        #expect(throws: CoachingStoreError.duplicateSession("cs-1")) {
            try Fixture.add(try Fixture.session(coach: "jonas"), items: [try Fixture.item("ai-1", dueInDays: 1)], to: database)
        }
        #expect(try Fixture.stored(in: database)?.coach == Fixture.coach)
        #expect(try Fixture.count("action_item", in: database) == 0)
        #expect(try Fixture.count("audit_log", in: database) == 1)
    }

    @Test("sessions are listed by agent, by coaches and by dates (both included), in date then id order")
    func listing() throws {
        let database = try HeadsetDatabase.inMemory()
        let day = Fixture.day
        for session in [try Fixture.bare("cs-b", on: day), try Fixture.bare("cs-a", on: day), try Fixture.bare("cs-0", on: day.adding(days: -1)),
                        try Fixture.bare("cs-late", coach: "jonas", on: day.adding(days: 10)),
                        try Fixture.bare("cs-other", agent: "kari.nordmann", on: day.adding(days: 1))] {
            try Fixture.add(session, to: database)
        }
        func ids(agent: String? = nil, coaches: Set<String>? = nil, from: LocalDate? = nil, to: LocalDate? = nil) throws -> [String] {
            try database.read { db in try CoachingRepository.sessions(agent: agent, coaches: coaches, from: from, to: to, in: db) }.map(\.id)
        }
        #expect(try ids() == ["cs-0", "cs-a", "cs-b", "cs-other", "cs-late"])
        #expect(try ids(agent: Fixture.agent) == ["cs-0", "cs-a", "cs-b", "cs-late"])
        #expect(try ids(agent: Fixture.agent, from: day, to: day) == ["cs-a", "cs-b"])
        #expect(try ids(from: day.adding(days: 1)) == ["cs-other", "cs-late"])
        #expect(try ids(to: day.adding(days: -1)) == ["cs-0"])
        #expect(try ids(coaches: ["jonas"]) == ["cs-late"])
        #expect(try ids(agent: Fixture.agent, coaches: [Fixture.coach, "nobody"], from: day) == ["cs-a", "cs-b"])
        #expect(try ids(coaches: []).isEmpty && ids(agent: "nobody").isEmpty)
    }

    @Test("an acknowledgement is stored once, to the microsecond, and audited; a second one is refused")
    func acknowledgement() throws {
        let database = try HeadsetDatabase.inMemory()
        let session = try Fixture.session()
        try Fixture.add(session, to: database)
        #expect(throws: CoachingStoreError.notAcknowledged("cs-1")) {
            try database.write { db in try CoachingRepository.saveAcknowledgement(session, actor: Fixture.agent, in: db) }
        }
        let acknowledged = try session.acknowledged(by: Fixture.agent, at: Fixture.acknowledgedAt, comment: "Hvala — dogovoreno, Žemaitė!")
        try database.write { db in try CoachingRepository.saveAcknowledgement(acknowledged, actor: Fixture.agent, in: db) }
        let loaded = try #require(try Fixture.stored(in: database))
        #expect(loaded == acknowledged && loaded.acknowledgement?.at == Fixture.acknowledgedAt)

        let again = try session.acknowledged(by: Fixture.agent, at: Fixture.acknowledgedAt.addingTimeInterval(60), comment: "again")
        #expect(throws: CoachingStoreError.alreadyAcknowledged("cs-1")) {
            try database.write { db in try CoachingRepository.saveAcknowledgement(again, actor: Fixture.agent, in: db) }
        }
        #expect(try Fixture.stored(in: database)?.acknowledgement?.comment == "Hvala — dogovoreno, Žemaitė!")

        let audit = try Fixture.audit(CoachingRepository.sessionEntity, in: database)
        #expect(audit.map(\.action) == [.create, .update] && audit[1].actor == Fixture.agent && audit[1].entityKey == "cs-1")
        #expect(audit[1].beforeJSON?.contains("acknowledged_at") == false)
        #expect(audit[1].afterJSON?.contains("\"acknowledged_at\":\"2026-11-26T08:00:00.123Z\"") == true, "\(audit[1].afterJSON ?? "")")
        #expect(audit[1].afterJSON?.contains("\"acknowledgement_comment\":\"Hvala — dogovoreno, Žemaitė!\"") == true)
    }

    @Test("an acknowledgement of an unknown session, or of a session changed elsewhere, is refused")
    func acknowledgementRefusals() throws {
        let database = try HeadsetDatabase.inMemory()
        let unknown = try Fixture.session("cs-none").acknowledged(by: Fixture.agent, at: Fixture.acknowledgedAt, comment: "")
        #expect(throws: CoachingStoreError.unknownSession("cs-none")) {
            try database.write { db in try CoachingRepository.saveAcknowledgement(unknown, actor: Fixture.agent, in: db) }
        }
        try Fixture.add(try Fixture.session(), to: database)
        let edited = try Fixture.session(privateNotes: "rewritten", followUpDue: Fixture.day)
            .acknowledged(by: Fixture.agent, at: Fixture.acknowledgedAt, comment: "")
        #expect(throws: CoachingStoreError.sessionChanged(session: "cs-1", fields: ["private notes", "follow-up"])) {
            try database.write { db in try CoachingRepository.saveAcknowledgement(edited, actor: Fixture.agent, in: db) }
        }
        #expect(try Fixture.stored(in: database)?.acknowledgement == nil)
    }

    @Test("a follow-up date is stored and audited; the same date again records nothing; other changes are refused")
    func followUp() throws {
        let database = try HeadsetDatabase.inMemory()
        let session = try Fixture.session()
        try Fixture.add(session, to: database)
        let first = try session.withFollowUp(due: Fixture.day.adding(days: 14))
        try database.write { db in try CoachingRepository.saveFollowUp(first, actor: Fixture.coach, in: db) }
        #expect(try Fixture.stored(in: database)?.followUpDue == Fixture.day.adding(days: 14))
        try database.write { db in try CoachingRepository.saveFollowUp(first, actor: Fixture.coach, in: db) }
        let moved = try first.withFollowUp(due: Fixture.day)
        try database.write { db in try CoachingRepository.saveFollowUp(moved, actor: "jonas", in: db) }
        #expect(try Fixture.stored(in: database) == moved)

        let audit = try Fixture.audit(CoachingRepository.sessionEntity, in: database)
        #expect(audit.map(\.action) == [.create, .update, .update] && audit.map(\.actor) == [Fixture.coach, Fixture.coach, "jonas"])
        #expect(audit[1].beforeJSON?.contains("follow_up_due") == false)
        #expect(audit[1].afterJSON?.contains("\"follow_up_due\":\"2026-12-04\"") == true)
        #expect(audit[2].afterJSON?.contains("\"follow_up_due\":\"2026-11-20\"") == true)

        let acknowledgedElsewhere = try moved.acknowledged(by: Fixture.agent, at: Fixture.acknowledgedAt, comment: "").withFollowUp(due: Fixture.day)
        #expect(throws: CoachingStoreError.sessionChanged(session: "cs-1", fields: ["acknowledgement"])) {
            try database.write { db in try CoachingRepository.saveFollowUp(acknowledgedElsewhere, actor: Fixture.coach, in: db) }
        }
        #expect(throws: CoachingStoreError.unknownSession("cs-none")) {
            try database.write { db in try CoachingRepository.saveFollowUp(try Fixture.session("cs-none"), actor: Fixture.coach, in: db) }
        }
    }

    @Test("a session whose items are refused is not stored at all: no session, no items, no audit entries")
    func rollback() throws {
        let database = try HeadsetDatabase.inMemory()
        try Fixture.add(try Fixture.bare("cs-kept"), items: [try Fixture.item("ai-taken", session: "cs-kept", dueInDays: 1)], to: database)
        let session = try Fixture.session()
        let good = try Fixture.item("ai-1", dueInDays: 3)
        let refusals: [(CoachingStoreError, [ActionItem])] = [
            (.duplicateItem("ai-1"), [good, try Fixture.item("ai-1", dueInDays: 4)]),
            (.duplicateItem("ai-taken"), [good, try Fixture.item("ai-taken", dueInDays: 4)]),
            (.itemOfAnotherSession(item: "ai-2", session: "cs-kept", expected: "cs-1"), [good, try Fixture.item("ai-2", session: "cs-kept", dueInDays: 4)]),
            // The item was checked against an earlier day than the session's: the session decides.
            (.coaching(.dueBeforeSession(item: "ai-3", due: Fixture.day.adding(days: -1), session: Fixture.day)),
             [good, try Fixture.item("ai-3", dueInDays: 0, sessionDate: Fixture.day.adding(days: -1))]),
        ]
        for (error, items) in refusals {
            #expect(throws: error) { try Fixture.add(session, items: items, to: database) }
        }
        // A failure later in the same transaction takes the stored session back out too.
        struct Interrupted: Error {}
        #expect(throws: Interrupted.self) {
            try database.write { db in
                try CoachingRepository.addSession(session, items: [good], actor: Fixture.coach, in: db)
                throw Interrupted()
            }
        }
        #expect(try Fixture.stored(in: database) == nil)
        for (table, count) in [("coaching_session", 1), ("coaching_session_evaluation", 0), ("coaching_session_criterion", 0), ("action_item", 1),
                               ("audit_log", 2)] {
            #expect(try Fixture.count(table, in: database) == count, "\(table)")
        }
    }

    @Test("no audit entry carries the private notes, only their length; the shared notes are there")
    func auditWithoutPrivateNotes() throws {
        let database = try HeadsetDatabase.inMemory()
        let session = try Fixture.session()
        try Fixture.add(session, items: [try Fixture.item("ai-1", dueInDays: 2)], to: database)
        let acknowledged = try session.acknowledged(by: Fixture.agent, at: Fixture.acknowledgedAt, comment: "ok")
        try database.write { db in try CoachingRepository.saveAcknowledgement(acknowledged, actor: Fixture.agent, in: db) }
        try database.write { db in
            try CoachingRepository.saveFollowUp(try acknowledged.withFollowUp(due: Fixture.day.adding(days: 30)), actor: Fixture.coach, in: db)
        }
        let entries = try database.read { db in try AuditLog.entries(in: db) }
        #expect(entries.count == 4)
        let texts = entries.flatMap { [$0.beforeJSON, $0.afterJSON].compactMap { $0 } }
        for text in texts {
            for word in Fixture.privateWords { #expect(!text.contains(word), "\(word) in \(text)") }
            #expect(!text.contains("private_notes\":\""))
        }
        let sessions = entries.filter { $0.entity == CoachingRepository.sessionEntity }
        #expect(sessions.allSatisfy { $0.afterJSON?.contains("\"private_notes_length\":\(Fixture.privateNotes.count)") == true })
        #expect(sessions[0].afterJSON?.contains("Ćorić asks for the account number twice") == true)
        #expect(sessions[0].afterJSON?.contains("\"agent\":\"ivan.ćorić\"") == true)
    }
}
