/// The `coaching_session` columns each reader may see, by name.
///
/// The coach's private notes sit in one column, ``privateNotes``. No loader selects `*`: every
/// query names its columns from ``shared`` (what the agent may read) and adds ``privateNotes``
/// only when it builds the coach's view. A query written for the agent's view starts from
/// ``shared`` and so cannot return the notes by accident, even after a column is added.
enum CoachingSessionColumns {
    /// Who a query is for.
    enum Reader {
        /// The coached agent: ``shared`` only.
        case agent
        /// The coach and those above them: ``shared`` and ``privateNotes``.
        case coach
    }

    /// Every column but the private notes, `id` (the row id the child tables use) first.
    static let shared = [
        "id", "key", "coach_key", "agent_key", "day", "start_minute", "minutes", "format", "channel", "strengths", "opportunities",
        "agreed_actions", "follow_up_due", "acknowledged_at", "acknowledgement_comment",
    ]

    /// For the coach's view only.
    static let privateNotes = "private_notes"

    /// The select list for `reader`, each column prefixed by `alias`: `s.id, s.key, …`.
    static func list(for reader: Reader, alias: String = "s") -> String {
        let columns = reader == .coach ? shared + [privateNotes] : shared
        return columns.map { "\(alias).\($0)" }.joined(separator: ", ")
    }
}
