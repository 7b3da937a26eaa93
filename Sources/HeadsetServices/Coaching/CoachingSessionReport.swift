import CivilTime
import Coaching
import Foundation

/// `coach show --format json`: one session as its reader may see it. People are keys; absent
/// values are null (`private_notes` is null for anyone who may not read them).
public struct CoachingSessionReport: Encodable {
    let session: String
    let date: String
    let start: String?
    let agent: String
    let coach: String
    let format: String
    let channel: String?
    let minutes: Int
    let evaluations: [String]
    let criteria: [String]
    /// Null when withheld from the reader (an item's owner sees no notes).
    let strengths: String?
    let opportunities: String?
    let agreedActions: String?
    let privateNotes: String?
    let acknowledgedAt: String?
    let acknowledgementComment: String?
    let followUpDue: String?
    let actionItems: [Item]
    let effect: [Effect]

    struct Item: Encodable {
        let item: String
        let owner: String
        let text: String
        let due: String
        let status: String
    }

    struct Effect: Encodable {
        let criterion: String
        let beforeMean: Double?
        let beforeCount: Int
        let afterMean: Double?
        let afterCount: Int
        let change: Double?

        enum CodingKeys: String, CodingKey { case criterion, beforeMean, beforeCount, afterMean, afterCount, change }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(criterion, forKey: .criterion)
            try container.encode(beforeMean, forKey: .beforeMean)
            try container.encode(beforeCount, forKey: .beforeCount)
            try container.encode(afterMean, forKey: .afterMean)
            try container.encode(afterCount, forKey: .afterCount)
            try container.encode(change, forKey: .change)
        }
    }

    public init(_ view: CoachingSessionView) {
        let found = view.session
        session = found.id
        date = found.date.description
        start = view.startMinute.map { String(format: "%02d:%02d", $0 / 60, $0 % 60) }
        agent = found.agent
        coach = found.coach
        format = found.format.rawValue
        channel = found.channel
        minutes = found.minutes
        evaluations = found.evaluationIDs
        criteria = found.criterionIDs
        strengths = view.isHeaderOnly ? nil : found.notes.strengths
        opportunities = view.isHeaderOnly ? nil : found.notes.opportunities
        agreedActions = view.isHeaderOnly ? nil : found.notes.agreedActions
        privateNotes = view.privateNotes
        acknowledgedAt = found.acknowledgement.map { $0.at.ISO8601Format() }
        acknowledgementComment = found.acknowledgement?.comment
        followUpDue = found.followUpDue?.description
        actionItems = view.items.map { Item(item: $0.id, owner: $0.owner, text: $0.text, due: $0.due.description, status: $0.status.name) }
        effect = view.effects.map { Effect(criterion: $0.criterionID, beforeMean: $0.beforeMean, beforeCount: $0.beforeCount,
                                           afterMean: $0.afterMean, afterCount: $0.afterCount, change: $0.change) }
    }

    enum CodingKeys: String, CodingKey {
        case session, date, start, agent, coach, format, channel, minutes, evaluations, criteria, strengths, opportunities,
             agreedActions, privateNotes, acknowledgedAt, acknowledgementComment, followUpDue, actionItems, effect
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(session, forKey: .session)
        try container.encode(date, forKey: .date)
        try container.encode(start, forKey: .start)
        try container.encode(agent, forKey: .agent)
        try container.encode(coach, forKey: .coach)
        try container.encode(format, forKey: .format)
        try container.encode(channel, forKey: .channel)
        try container.encode(minutes, forKey: .minutes)
        try container.encode(evaluations, forKey: .evaluations)
        try container.encode(criteria, forKey: .criteria)
        try container.encode(strengths, forKey: .strengths)
        try container.encode(opportunities, forKey: .opportunities)
        try container.encode(agreedActions, forKey: .agreedActions)
        try container.encode(privateNotes, forKey: .privateNotes)
        try container.encode(acknowledgedAt, forKey: .acknowledgedAt)
        try container.encode(acknowledgementComment, forKey: .acknowledgementComment)
        try container.encode(followUpDue, forKey: .followUpDue)
        try container.encode(actionItems, forKey: .actionItems)
        try container.encode(effect, forKey: .effect)
    }

    /// The session as `field,value` CSV rows (action items as `item` rows).
    public var csvRows: [[String]] {
        var rows: [[String]] = [
            ["session", session], ["date", date], ["start", start ?? ""], ["agent", agent], ["coach", coach], ["format", format],
            ["channel", channel ?? ""], ["minutes", String(minutes)], ["evaluations", evaluations.joined(separator: ";")],
            ["criteria", criteria.joined(separator: ";")], ["strengths", strengths ?? ""], ["opportunities", opportunities ?? ""],
            ["agreed_actions", agreedActions ?? ""],
        ]
        if let privateNotes { rows.append(["private_notes", privateNotes]) }
        rows.append(["acknowledged_at", acknowledgedAt ?? ""])
        rows.append(["acknowledgement_comment", acknowledgementComment ?? ""])
        rows.append(["follow_up_due", followUpDue ?? ""])
        for item in actionItems {
            rows.append(["item", "\(item.item);\(item.owner);\(item.due);\(item.status);\(item.text)"])
        }
        return rows
    }
}
