public import CivilTime
import Organization
public import Coaching
import Storage

extension CoachingService {
    /// Adds an action item to session `sessionID`, owned by `owner` (a key; the agent when nil):
    /// only those above the agent on the session's day add items.
    public func addItem(to sessionID: String, text: String, due: LocalDate, owner: String?, by actor: Actor) throws -> ActionItem {
        try translatingErrors {
            try Self.checkLength(text, field: "text")
            return try centre.database.write("adding the action item") { db -> ActionItem in
                // The organisation this write commits with decides.
                let organization = try OrganizationRepository.load(in: db)
                guard let found = try CoachingRepository.session(id: sessionID, in: db) else {
                    throw CoachingStoreError.unknownSession(sessionID)
                }
                try Self.requireAbove(actor, "add action items", session: found, organization: organization)
                var access = Authorization(organization: organization)
                try Self.checkOwner(owner ?? found.agent, of: found, access: &access)
                let number = try CoachingRepository.items(sessionID: found.id, in: db).count + 1
                let item = try ActionItem(id: "\(found.id)/\(number)", sessionID: found.id, owner: owner ?? found.agent, text: text,
                                          due: due, sessionDate: found.date)
                try CoachingRepository.addItem(item, actor: actor.auditName, in: db)
                return item
            }
        }
    }

    /// Schedules a follow-up evaluation of session `sessionID` due on `due`: only those above the agent.
    public func scheduleFollowUp(of sessionID: String, due: LocalDate, by actor: Actor) throws -> SharedCoachingSession {
        try translatingErrors {
            return try centre.database.write("scheduling the follow-up") { db -> SharedCoachingSession in
                // The organisation this write commits with decides.
                let organization = try OrganizationRepository.load(in: db)
                guard let found = try CoachingRepository.session(id: sessionID, in: db) else {
                    throw CoachingStoreError.unknownSession(sessionID)
                }
                try Self.requireAbove(actor, "schedule follow-ups", session: found, organization: organization)
                let updated = try found.withFollowUp(due: due)
                try CoachingRepository.saveFollowUp(updated, actor: actor.auditName, in: db)
                return updated.sharedView
            }
        }
    }

    /// Throws unless `actor` is above the session's agent on its day.
    static func requireAbove(_ actor: Actor, _ what: String, session: CoachingSession, organization: Organization) throws {
        var access = Authorization(organization: organization)
        guard access.allows(actor.person, .coach, on: session.agent, date: session.date) else {
            throw ServiceError.notAllowed(Refusal(
                actor: actor.person, action: what, subject: session.agent, date: session.date,
                reason: "only those above \(access.name(session.agent)) on \(session.date) \(what)"))
        }
    }
}
