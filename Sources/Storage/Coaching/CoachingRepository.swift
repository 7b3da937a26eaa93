/// Coaching in the database: sessions with their notes, evaluations and criteria, the agent's
/// acknowledgement, follow-ups and action items; and the QA answers coaching is measured on.
///
/// ```swift
/// try database.write("storing the session") { db in
///     try CoachingRepository.addSession(session, items: [item], actor: "egle", in: db)
/// }
/// let acknowledged = try session.acknowledged(by: "ieva", at: now, comment: "Ačiū")
/// try database.write("acknowledging") { db in
///     try CoachingRepository.saveAcknowledgement(acknowledged, actor: "ieva", in: db)
/// }
/// ```
///
/// Pass the `Database` of one write transaction: each operation lands whole, with its audit
/// entries (entities ``sessionEntity`` and ``itemEntity``, keyed by id), or not at all. The
/// rules are the domain's (``CoachingSession``, ``ActionItem``); the store checks what only it
/// can see (ids taken, the stored session's day, an acknowledgement already stored) and throws
/// ``CoachingStoreError``. Session snapshots in the audit log leave the private notes out
/// (``CoachingAuditState``). Tables: ``CoachingMigration``.
public enum CoachingRepository {
    /// The audit log's entity for sessions; the key is the session id.
    public static let sessionEntity = "coaching_session"
    /// The audit log's entity for action items; the key is the item id.
    public static let itemEntity = "action_item"
}
