import CivilTime

/// Why a coaching record cannot be made or changed as asked.
public enum CoachingError: Error, Hashable, Sendable, CustomStringConvertible {
    case invalidField(field: String, value: String, requirement: String)
    /// A coach cannot coach themself.
    case selfCoaching(person: String)
    case dueBeforeSession(item: String, due: LocalDate, session: LocalDate)
    case followUpBeforeSession(due: LocalDate, session: LocalDate)
    case alreadyAcknowledged(session: String)
    /// Only the coached agent acknowledges their session.
    case notTheAgent(session: String, person: String, agent: String)
    case itemNotOpen(item: String, status: String)
    case unknownCriterion(String)

    public var description: String {
        switch self {
        case let .invalidField(field, value, requirement): "\(field) '\(value)' \(requirement)"
        case .selfCoaching(let person): "'\(person)' cannot coach themself"
        case let .dueBeforeSession(item, due, session): "action item '\(item)' is due on \(due), before the session on \(session)"
        case let .followUpBeforeSession(due, session): "the follow-up on \(due) is before the session on \(session)"
        case .alreadyAcknowledged(let session): "session '\(session)' is already acknowledged"
        case let .notTheAgent(session, person, agent):
            "only the coached agent ('\(agent)') may acknowledge session '\(session)', not '\(person)'"
        case let .itemNotOpen(item, status): "action item '\(item)' is \(status), not open"
        case .unknownCriterion(let id): "criterion '\(id)' is on no stored scorecard"
        }
    }
}
