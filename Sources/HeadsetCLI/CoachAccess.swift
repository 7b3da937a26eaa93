import HeadsetServices
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

    /// The sessions `reader` may see at all. One permission snapshot per session day, not per
    /// session: a snapshot of a large organisation takes tens of milliseconds.
    static func readable(by reader: String, _ sessions: [CoachingSession], organization: Organization) -> [CoachingSession] {
        var byDay: [LocalDate: Permissions] = [:]
        return sessions.filter { session in
            if reader == session.agent { return true }
            let permissions = byDay[session.date] ?? Permissions(organization: organization, asOf: session.date)
            byDay[session.date] = permissions
            return permissions.may(actor: reader, .coach, on: session.agent).isAllowed
        }
    }
}
