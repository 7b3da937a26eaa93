import Coaching
import Foundation
import GRDB
@testable import Storage
import Testing

private typealias Fixture = CoachingStorageFixture

/// The agent's view of a session is read from the shared columns only: the private notes
/// column is never named in its query, and every other column is in the shared list.
@Suite("Coaching storage: the agent's columns")
struct CoachingSharedColumnsTests {
    @Test("the shared list holds every session column except the private notes")
    func sharedList() throws {
        let database = try HeadsetDatabase.inMemory()
        let columns = try database.read { db in try db.columns(in: "coaching_session").map(\.name) }
        #expect(!CoachingSessionColumns.shared.contains(CoachingSessionColumns.privateNotes))
        #expect(Set(columns).subtracting(CoachingSessionColumns.shared) == [CoachingSessionColumns.privateNotes, "created_at"])
        #expect(CoachingSessionColumns.list(for: .agent).contains("private_notes") == false)
        #expect(CoachingSessionColumns.list(for: .coach).hasSuffix(", s.private_notes"))
    }

    @Test("the agent's loader never selects the private notes and returns the session's shared view")
    func sharedLoader() throws {
        let database = try HeadsetDatabase.inMemory()
        let session = try Fixture.session()
        try Fixture.add(session, to: database)
        final class Statements { var sql: [String] = [] }
        let traced = Statements()
        let shared = try database.writer.writeWithoutTransaction { db in
            db.trace { event in if case .statement(let statement) = event { traced.sql.append(statement.sql) } }
            defer { db.trace(nil) }
            return try CoachingSessionRows.loadShared(where: "s.agent_key = ?", arguments: [Fixture.agent], in: db)
        }
        #expect(shared == [session.sharedView])
        #expect(!traced.sql.isEmpty && traced.sql.allSatisfy { !$0.contains("private_notes") && !$0.contains("*") }, "\(traced.sql)")
    }
}
