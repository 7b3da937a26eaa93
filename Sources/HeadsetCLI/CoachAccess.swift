import CivilTime
import Coaching
import Foundation
import Organization

/// Who may see what of a coaching session: anyone above the agent on the session's day sees it
/// whole (private notes too); the agent sees the shared part of their own; nobody else anything.
enum CoachAccess: Equatable {
    case full
    case shared

    static func of(_ reader: String, session: CoachingSession, organization: Organization) throws -> CoachAccess {
        if reader == session.agent { return .shared }
        let permissions = Permissions(organization: organization, asOf: session.date)
        if case .allowed = permissions.may(actor: reader, .coach, on: session.agent) { return .full }
        throw CommandError("not allowed: \(QaStore.name(reader, in: organization)) may not read coaching session '\(session.id)' "
            + "(only \(QaStore.name(session.agent, in: organization)) and those above them on \(session.date))")
    }

    /// Whether `reader` may see `session` at all.
    static func canRead(_ reader: String, session: CoachingSession, organization: Organization) -> Bool {
        (try? of(reader, session: session, organization: organization)) != nil
    }
}
