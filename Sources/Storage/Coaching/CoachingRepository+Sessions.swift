public import CivilTime
public import Coaching
import Foundation
import GRDB

extension CoachingRepository {
    /// Stores a new session with its action items, each audited as `create`.
    ///
    /// - Throws: ``CoachingStoreError/duplicateSession(_:)`` when the id is taken;
    ///   ``CoachingStoreError/duplicateItem(_:)``, ``CoachingStoreError/itemOfAnotherSession(item:session:expected:)``
    ///   or ``CoachingStoreError/coaching(_:)`` (due before the session) for an item. Everything
    ///   is checked before anything is written.
    public static func addSession(_ session: CoachingSession, items: [ActionItem], actor: String, in transaction: DatabaseTransaction) throws {
        let db = transaction.database
        guard try CoachingSessionRows.rowID(key: session.id, in: db) == nil else {
            throw CoachingStoreError.duplicateSession(session.id)
        }
        var itemIDs: Set<String> = []
        for item in items {
            try checkNew(item, sessionID: session.id, sessionDate: session.date, in: db)
            guard itemIDs.insert(item.id).inserted else { throw CoachingStoreError.duplicateItem(item.id) }
        }
        let rowID = try CoachingSessionRows.insert(session, in: db)
        try CoachingAuditState.record(actor, entity: sessionEntity, key: session.id, action: .create, before: nil,
                                      after: CoachingAuditState.session(session), in: db)
        for item in items {
            try ActionItemRows.insert(item, sessionRowID: rowID, in: db)
            try CoachingAuditState.record(actor, entity: itemEntity, key: item.id, action: .create, before: nil,
                                          after: CoachingAuditState.item(item), in: db)
        }
    }

    /// The stored session with this id, private notes included (the coach's view: show an
    /// agent ``CoachingSession/sharedView``), or nil.
    public static func session(id: String, in transaction: DatabaseTransaction) throws -> CoachingSession? {
        let db = transaction.database
        return try CoachingSessionRows.load(key: id, in: db)?.session
    }

    /// Sessions of `agent` (everyone's when nil), of coaches in `coaches` (any coach when nil),
    /// on `from` through `to` (both included; either may be left open), by date then id.
    public static func sessions(agent: String? = nil, coaches: Set<String>? = nil, from: LocalDate? = nil, to: LocalDate? = nil,
                                in transaction: DatabaseTransaction) throws -> [CoachingSession] {
        let db = transaction.database
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let agent {
            conditions.append("s.agent_key = ?")
            arguments += [agent]
        }
        if let coaches {
            // No coaches match nothing (`IN ()` is not portable SQL).
            conditions.append(coaches.isEmpty ? "0 = 1" : "s.coach_key IN (" + coaches.map { _ in "?" }.joined(separator: ", ") + ")")
            arguments += StatementArguments(coaches.sorted())
        }
        if let from {
            conditions.append("s.day >= ?")
            arguments += [from.description]
        }
        if let to {
            conditions.append("s.day <= ?")
            arguments += [to.description]
        }
        let condition = conditions.isEmpty ? "1 = 1" : conditions.joined(separator: " AND ")
        return try CoachingSessionRows.load(where: condition, arguments: arguments, in: db).map(\.session)
    }

    /// Stores the acknowledgement `session` carries (the domain has checked that the agent
    /// gave it, by ``CoachingSession/acknowledged(by:at:comment:)``); audited as `update`.
    ///
    /// - Throws: ``CoachingStoreError/alreadyAcknowledged(_:)`` when the stored session is
    ///   acknowledged, ``CoachingStoreError/notAcknowledged(_:)``, ``CoachingStoreError/unknownSession(_:)``,
    ///   and ``CoachingStoreError/sessionChanged(session:fields:)`` when anything else differs
    ///   from the stored session.
    public static func saveAcknowledgement(_ session: CoachingSession, actor: String, in transaction: DatabaseTransaction) throws {
        let db = transaction.database
        guard let acknowledgement = session.acknowledgement else { throw CoachingStoreError.notAcknowledged(session.id) }
        guard let stored = try CoachingSessionRows.load(key: session.id, in: db) else { throw CoachingStoreError.unknownSession(session.id) }
        guard stored.session.acknowledgement == nil else { throw CoachingStoreError.alreadyAcknowledged(session.id) }
        try refuseOtherChanges(stored.session, session, except: "acknowledgement")
        // `acknowledged_at IS NULL` again in the statement: the check above and the write are one.
        try db.execute(sql: """
            UPDATE coaching_session SET acknowledged_at = ?, acknowledgement_comment = ? WHERE id = ? AND acknowledged_at IS NULL
            """, arguments: [acknowledgement.at.timeIntervalSince1970, acknowledgement.comment, stored.rowID])
        guard db.changesCount == 1 else { throw CoachingStoreError.alreadyAcknowledged(session.id) }
        try CoachingAuditState.record(actor, entity: sessionEntity, key: session.id, action: .update,
                                      before: CoachingAuditState.session(stored.session), after: CoachingAuditState.session(session), in: db)
    }

    /// Stores the follow-up due date `session` carries (``CoachingSession/withFollowUp(due:)``);
    /// audited as `update`. The same date as stored writes and records nothing.
    ///
    /// - Throws: ``CoachingStoreError/unknownSession(_:)``, and
    ///   ``CoachingStoreError/sessionChanged(session:fields:)`` when anything else differs from
    ///   the stored session.
    public static func saveFollowUp(_ session: CoachingSession, actor: String, in transaction: DatabaseTransaction) throws {
        let db = transaction.database
        guard let stored = try CoachingSessionRows.load(key: session.id, in: db) else { throw CoachingStoreError.unknownSession(session.id) }
        try refuseOtherChanges(stored.session, session, except: "follow-up")
        guard stored.session.followUpDue != session.followUpDue else { return }
        try db.execute(sql: "UPDATE coaching_session SET follow_up_due = ? WHERE id = ?",
                       arguments: [session.followUpDue?.description, stored.rowID])
        try CoachingAuditState.record(actor, entity: sessionEntity, key: session.id, action: .update,
                                      before: CoachingAuditState.session(stored.session), after: CoachingAuditState.session(session), in: db)
    }

    private static func refuseOtherChanges(_ stored: CoachingSession, _ given: CoachingSession, except field: String) throws {
        let changed = CoachingSessionDifference.fields(from: stored, to: given).filter { $0 != field }
        guard changed.isEmpty else { throw CoachingStoreError.sessionChanged(session: given.id, fields: changed) }
    }

    /// Refuses `item` as a new item of the session `sessionID` held on `sessionDate`.
    static func checkNew(_ item: ActionItem, sessionID: String, sessionDate: LocalDate, in db: Database) throws {
        guard item.sessionID == sessionID else {
            throw CoachingStoreError.itemOfAnotherSession(item: item.id, session: item.sessionID, expected: sessionID)
        }
        // The domain checked against the date its caller gave; the stored session's day decides.
        guard item.due >= sessionDate else {
            throw CoachingStoreError.coaching(.dueBeforeSession(item: item.id, due: item.due, session: sessionDate))
        }
        guard try !ActionItemRows.exists(key: item.id, in: db) else { throw CoachingStoreError.duplicateItem(item.id) }
    }
}
