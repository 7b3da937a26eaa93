public import CivilTime
public import Coaching
import Organization
import Foundation
import Quality
import Storage

/// The coaching use cases. Anyone above the agent on the session's day writes and reads a
/// session whole; the agent reads its shared part and acknowledges it; an action item's owner
/// sees and closes their item; nobody else anything.
public struct CoachingService: Sendable {
    public let centre: Centre
    /// Longest text a note or an item may hold: what one spreadsheet cell holds (Excel's limit),
    /// so every export can carry it whole.
    public static let longestText = 32_767

    public init(centre: Centre) { self.centre = centre }

    /// Records `session` (whose coach is `actor`) with its action items.
    ///
    /// Refused: a coach not above the agent on the day, a day after today, a linked evaluation
    /// of someone else, an unknown criterion, text longer than ``longestText`` (naming the field).
    public func addSession(_ session: CoachingSession, items: [ActionItem], by actor: Actor) throws {
        try translatingErrors {
            guard session.coach == actor.person else {
                throw ServiceError.invalid("coach", "a session is recorded by its coach", value: session.coach)
            }
            var access = Authorization(organization: try centre.organization())
            try access.require(actor, .coach, on: session.agent, date: session.date)
            if session.date > centre.today {
                throw ServiceError.invalid("date", "is after today (\(centre.today) in \(centre.timeZone.identifier)): "
                    + "record a session once it has happened", value: "\(session.date)")
            }
            try Self.checkLength(session.shared.strengths, field: "notes.strengths")
            try Self.checkLength(session.shared.opportunities, field: "notes.opportunities")
            try Self.checkLength(session.shared.agreedActions, field: "notes.agreed")
            try Self.checkLength(session.privateNotes, field: "notes.private")
            for item in items {
                try Self.checkLength(item.text, field: "item")
                try Self.checkOwner(item.owner, of: session, access: &access)
            }
            try centre.database.write("recording the coaching session") { db in
                for id in session.evaluationIDs {
                    guard let found = try QualityRepository.evaluation(id: id, in: db) else {
                        throw ServiceError.invalid("evaluation", "no such evaluation", value: id)
                    }
                    guard found.agentID == session.agent else {
                        throw ServiceError.invalid("evaluation", "is of '\(found.agentID)', not of '\(session.agent)'", value: id)
                    }
                }
                let known = Set(try QualityRepository.scorecards(in: db).flatMap { $0.criteria.map(\.criterion.id) })
                for criterion in session.criterionIDs where !known.contains(criterion) {
                    throw CoachingError.unknownCriterion(criterion)
                }
                try CoachingRepository.addSession(session, items: items, actor: actor.auditName, in: db)
            }
        }
    }

    /// An action item is owned by someone in the organisation on the session's day: the agent,
    /// the coach, or a colleague (a buddy to shadow), who then sees only the item, not the notes.
    static func checkOwner(_ owner: String, of session: CoachingSession, access: inout Authorization) throws(ServiceError) {
        guard access.permissions(on: session.date).snapshot.member(owner) == nil else { return }
        throw .invalid("owner", "is not in the organisation on \(session.date)", value: owner)
    }

    /// Throws when `text` does not fit in a spreadsheet cell.
    static func checkLength(_ text: String, field: String) throws(ServiceError) {
        let length = text.utf16.count
        guard length <= longestText else {
            throw .invalid(field, "is \(length) characters long; at most \(longestText) fit (one spreadsheet cell)")
        }
    }

    /// The session `id` as `reader` may see it: whole for those above the agent on its day,
    /// the shared part for the agent.
    public func session(_ id: String, readBy reader: Actor) throws -> CoachingSessionView {
        try translatingErrors {
            let organization = try centre.organization()
            guard let found = try centre.database.read("reading the session", { db in try CoachingRepository.session(id: id, in: db) })
            else { throw CoachingStoreError.unknownSession(id) }
            let policy = CoachingPolicy.standard
            let (items, observations) = try centre.database.read("reading items and scores") { db in
                (try CoachingRepository.items(sessionID: found.id, in: db),
                 try CoachingRepository.observations(agents: [found.agent], criteria: Set(found.criterionIDs),
                                                     from: found.date.adding(days: -policy.effectWindowDays),
                                                     to: found.date.adding(days: policy.effectWindowDays), in: db))
            }
            var view = try Self.view(of: found, items: items, for: reader, organization: organization)
            if !view.isHeaderOnly {
                view.effects = CoachingEffect.measure([found], observations: observations, policy: policy)
            }
            return view
        }
    }

    /// How much of `session` `reader` may see; refuses someone who may see none of it.
    static func view(of session: CoachingSession, items: [ActionItem], for reader: Actor,
                     organization: Organization) throws -> CoachingSessionView {
        if reader.person != session.agent {
            var access = Authorization(organization: organization)
            if access.allows(reader.person, .coach, on: session.agent, date: session.date) {
                return CoachingSessionView(session.sharedView, privateNotes: session.privateNotes, startMinute: session.startMinute,
                                           items: items)
            }
            if items.contains(where: { $0.owner == reader.person }) {
                // An item's owner who is not above the agent sees the session's header and their own
                // items: no notes, no scores.
                var view = CoachingSessionView(session.withoutNotes, privateNotes: nil, startMinute: session.startMinute,
                                               items: items.filter { $0.owner == reader.person })
                view.isHeaderOnly = true
                return view
            }
            throw ServiceError.notAllowed(Refusal(
                actor: reader.person, action: "read coaching", subject: session.agent, date: session.date,
                reason: "\(access.name(reader.person)) may not read coaching session '\(session.id)' "
                    + "(only \(access.name(session.agent)) and those above them on \(session.date))"))
        }
        return CoachingSessionView(session.sharedView, privateNotes: nil, startMinute: session.startMinute, items: items)
    }

    /// The agent (`actor`, only them) acknowledges their session.
    public func acknowledge(_ id: String, comment: String, by actor: Actor) throws {
        try translatingErrors {
            try Self.checkLength(comment, field: "comment")
            let access = Authorization(organization: try centre.organization())
            try centre.database.write("acknowledging the session") { db in
                guard let found = try CoachingRepository.session(id: id, in: db) else { throw CoachingStoreError.unknownSession(id) }
                try access.requireSelf(actor, "acknowledge", on: found.agent, role: "the coached agent", date: found.date)
                let acknowledged = try found.acknowledged(by: actor.person, at: centre.now, comment: comment)
                try CoachingRepository.saveAcknowledgement(acknowledged, actor: actor.auditName, in: db)
            }
        }
    }

    /// Closes (or cancels) action item `id` on `day` (today when nil): its owner, or someone
    /// above the agent on the session's day.
    public func closeItem(_ id: String, cancelled: Bool, on day: LocalDate?, by actor: Actor) throws -> ActionItem {
        try translatingErrors {
            let day = day ?? centre.today
            return try centre.database.write("closing the action item") { db -> ActionItem in
                // The organisation this write commits with decides.
                let organization = try OrganizationRepository.load(in: db)
                guard let found = try CoachingRepository.item(id: id, in: db) else { throw CoachingStoreError.unknownItem(id) }
                guard let session = try CoachingRepository.session(id: found.sessionID, in: db) else {
                    throw CoachingStoreError.unknownSession(found.sessionID)
                }
                var access = Authorization(organization: organization)
                let isAbove = access.allows(actor.person, .coach, on: session.agent, date: session.date)
                guard isAbove || actor.person == found.owner else {
                    throw ServiceError.notAllowed(Refusal(
                        actor: actor.person, action: "close an action item", subject: session.agent, date: session.date,
                        reason: "only the item's owner (\(access.name(found.owner))) or those above "
                            + "\(access.name(session.agent)) close item '\(id)'"))
                }
                if day > centre.today || day < session.date {
                    throw ServiceError.invalid("on", "must be from the session's day (\(session.date)) to today (\(centre.today))",
                                               value: "\(day)")
                }
                let closed = try found.closed(on: day, cancelled: cancelled)
                try CoachingRepository.updateItem(closed, actor: actor.auditName, in: db)
                return closed
            }
        }
    }

    /// Sessions `reader` may see (of `agent` when given), shared part only (a list shows no
    /// private notes to anyone), and the action items they may see: every item of a session
    /// they see, and every item they own.
    public func readable(by reader: Actor, agent: String? = nil) throws -> (sessions: [SharedCoachingSession], items: [ActionItem]) {
        try translatingErrors {
            let organization = try centre.organization()
            let (sessions, items) = try centre.database.read("reading coaching sessions") { db in
                (try CoachingRepository.sessions(agent: agent, in: db), try CoachingRepository.items(in: db))
            }
            var access = Authorization(organization: organization)
            let visible = sessions.filter { session in
                session.agent == reader.person || access.allows(reader.person, .coach, on: session.agent, date: session.date)
            }
            let seen = Set(visible.map(\.id)), known = Set(sessions.map(\.id))
            let visibleItems = items.filter { seen.contains($0.sessionID) || ($0.owner == reader.person && known.contains($0.sessionID)) }
            return (visible.map(\.sharedView), visibleItems)
        }
    }
}
