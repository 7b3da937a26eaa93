import CivilTime
public import Coaching
import GRDB

extension CoachingRepository {
    /// Stores a new action item of a stored session; audited as `create`.
    ///
    /// - Throws: ``CoachingStoreError/unknownSession(_:)``, ``CoachingStoreError/duplicateItem(_:)``,
    ///   and ``CoachingStoreError/coaching(_:)`` when it is due before the stored session's day.
    public static func addItem(_ item: ActionItem, actor: String, in transaction: DatabaseTransaction) throws {
        let db = transaction.database
        guard let session = try Row.fetchOne(db, sql: "SELECT id, day FROM coaching_session WHERE key = ?", arguments: [item.sessionID]) else {
            throw CoachingStoreError.unknownSession(item.sessionID)
        }
        let dayText: String = session["day"]
        guard let day = LocalDate(dayText) else {
            throw StorageError.corruptValue(table: "coaching_session", key: item.sessionID, reason: "day '\(dayText)' is not a date")
        }
        try checkNew(item, sessionID: item.sessionID, sessionDate: day, in: db)
        try ActionItemRows.insert(item, sessionRowID: session["id"], in: db)
        try CoachingAuditState.record(actor, entity: itemEntity, key: item.id, action: .create, before: nil,
                                      after: CoachingAuditState.item(item), in: db)
    }

    /// Stores the new status of a stored item (``ActionItem/closed(on:cancelled:)``); audited
    /// as `update`. The status stored already writes and records nothing.
    ///
    /// - Throws: ``CoachingStoreError/unknownItem(_:)``, ``CoachingStoreError/itemChanged(item:fields:)``
    ///   when its session, owner, text or due day differ from the stored ones, and
    ///   ``CoachingStoreError/coaching(_:)`` when the stored item is no longer open.
    public static func updateItem(_ item: ActionItem, actor: String, in transaction: DatabaseTransaction) throws {
        let db = transaction.database
        guard let stored = try ActionItemRows.load(where: "i.key = ?", arguments: [item.id], in: db).first else {
            throw CoachingStoreError.unknownItem(item.id)
        }
        let changed = [("session", stored.sessionID != item.sessionID), ("owner", stored.owner != item.owner),
                       ("text", stored.text != item.text), ("due", stored.due != item.due)].filter(\.1).map(\.0)
        guard changed.isEmpty else { throw CoachingStoreError.itemChanged(item: item.id, fields: changed) }
        guard stored.status != item.status else { return }
        guard stored.status == .open else { throw CoachingStoreError.coaching(.itemNotOpen(item: item.id, status: stored.status.name)) }
        try ActionItemRows.updateStatus(item, in: db)
        try CoachingAuditState.record(actor, entity: itemEntity, key: item.id, action: .update, before: CoachingAuditState.item(stored),
                                      after: CoachingAuditState.item(item), in: db)
    }

    /// The stored action item with this id, or nil.
    public static func item(id: String, in transaction: DatabaseTransaction) throws -> ActionItem? {
        let db = transaction.database
        return try ActionItemRows.load(where: "i.key = ?", arguments: [id], in: db).first
    }

    /// The action items of the session `sessionID` (every session's when nil): open ones first,
    /// each group by due day, then by id. An unknown session has none.
    public static func items(sessionID: String? = nil, in transaction: DatabaseTransaction) throws -> [ActionItem] {
        let db = transaction.database
        guard let sessionID else { return try ActionItemRows.load(in: db) }
        return try ActionItemRows.load(where: "s.key = ?", arguments: [sessionID], in: db)
    }
}
