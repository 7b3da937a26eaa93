import CivilTime
import Coaching
import Foundation
import GRDB

/// Sessions and action items as the audit log records them: JSON objects with snake_case keys.
///
/// `headset audit` is read more widely than coaching records are, so a session's snapshot never
/// carries its private notes: only `private_notes_length` (in characters), which shows that
/// notes exist, and whether a change touched them, without a word of them.
///
/// ```json
/// {"agent":"ieva","coach":"egle","criteria":["empathy"],"date":"2026-11-20","id":"cs-1","private_notes_length":31,…}
/// ```
enum CoachingAuditState {
    static func session(_ session: CoachingSession) -> String {
        var object = AuditJSONObject()
        object.add("id", session.id)
        object.add("coach", session.coach)
        object.add("agent", session.agent)
        object.add("date", session.date.description)
        if let start = session.startMinute { object.add("start_minute", start) }
        object.add("minutes", session.minutes)
        object.add("format", session.format.rawValue)
        object.add("channel", session.channel)
        object.add("evaluations", session.evaluationIDs)
        object.add("criteria", session.criterionIDs)
        object.add("strengths", session.shared.strengths)
        object.add("opportunities", session.shared.opportunities)
        object.add("agreed_actions", session.shared.agreedActions)
        object.add("private_notes_length", session.privateNotes.count)
        object.add("follow_up_due", session.followUpDue?.description)
        if let acknowledgement = session.acknowledgement {
            object.add("acknowledged_at", AuditLog.timestamp(acknowledgement.at))
            object.add("acknowledgement_comment", acknowledgement.comment)
        }
        return object.text
    }

    static func item(_ item: ActionItem) -> String {
        var object = AuditJSONObject()
        object.add("id", item.id)
        object.add("session", item.sessionID)
        object.add("owner", item.owner)
        object.add("text", item.text)
        object.add("due", item.due.description)
        object.add("status", item.status.name)
        switch item.status {
        case .open: break
        case .done(let day), .cancelled(let day): object.add("closed_on", day.description)
        }
        return object.text
    }

    /// Inserts one audit entry whose before and after are JSON text already.
    static func record(_ actor: String, entity: String, key: String, action: AuditAction, before: String?, after: String?,
                       in db: Database) throws {
        let entry = AuditEntry(id: nil, actor: actor, occurredAt: AuditLog.timestamp(), entity: entity, entityKey: key, action: action,
                               beforeJSON: before, afterJSON: after)
        try AuditRecord(entry).insert(db)
    }
}
