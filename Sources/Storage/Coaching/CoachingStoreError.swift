public import Coaching

/// Why a coaching session or action item was not stored. Nothing is written when one is thrown
/// (the caller's transaction rolls back).
public enum CoachingStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A session with this id is already stored.
    case duplicateSession(String)
    /// No session with this id is stored.
    case unknownSession(String)
    /// An action item with this id is already stored (or given twice).
    case duplicateItem(String)
    /// No action item with this id is stored.
    case unknownItem(String)
    /// The stored session already carries an acknowledgement: an agent acknowledges once.
    case alreadyAcknowledged(String)
    /// The session given to ``CoachingRepository/saveAcknowledgement(_:actor:in:)`` has none.
    case notAcknowledged(String)
    /// An item stored with a session names another session.
    case itemOfAnotherSession(item: String, session: String, expected: String)
    /// Fields of a stored session that this operation does not write differ from those given:
    /// they would be lost, so nothing is stored.
    case sessionChanged(session: String, fields: [String])
    /// Only an item's status changes once it is stored.
    case itemChanged(item: String, fields: [String])
    /// The domain refuses the change against the stored record (an item due before the stored
    /// session's day, a closed item closed again).
    case coaching(CoachingError)

    public var description: String {
        switch self {
        case .duplicateSession(let id): "a coaching session '\(id)' is already stored"
        case .unknownSession(let id): "no coaching session '\(id)' is stored"
        case .duplicateItem(let id): "an action item '\(id)' is already stored"
        case .unknownItem(let id): "no action item '\(id)' is stored"
        case .alreadyAcknowledged(let id): "coaching session '\(id)' is already acknowledged"
        case .notAcknowledged(let id): "coaching session '\(id)' carries no acknowledgement to store"
        case let .itemOfAnotherSession(item, session, expected):
            "action item '\(item)' belongs to session '\(session)', not '\(expected)'"
        case let .sessionChanged(session, fields):
            "coaching session '\(session)': " + fields.joined(separator: ", ") + " cannot change here"
        case let .itemChanged(item, fields):
            "action item '\(item)': " + fields.joined(separator: ", ") + " cannot change once stored; only its status can"
        case .coaching(let error): error.description
        }
    }
}
