public import CivilTime
public import Coaching

/// One line of `coach list --format json`: people are keys, absent values null.
public struct CoachingListLine: Encodable {
    public let session: String
    public let date: String
    public let agent: String
    public let coach: String
    public let format: String
    public let criteria: [String]
    public let acknowledged: Bool
    public let acknowledgementDue: String
    public let acknowledgementOverdue: Bool
    public let openItems: Int
    public let followUpDue: String?

    enum CodingKeys: String, CodingKey {
        case session, date, agent, coach, format, criteria, acknowledged, acknowledgementDue, acknowledgementOverdue, openItems,
             followUpDue
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(session, forKey: .session)
        try container.encode(date, forKey: .date)
        try container.encode(agent, forKey: .agent)
        try container.encode(coach, forKey: .coach)
        try container.encode(format, forKey: .format)
        try container.encode(criteria, forKey: .criteria)
        try container.encode(acknowledged, forKey: .acknowledged)
        try container.encode(acknowledgementDue, forKey: .acknowledgementDue)
        try container.encode(acknowledgementOverdue, forKey: .acknowledgementOverdue)
        try container.encode(openItems, forKey: .openItems)
        try container.encode(followUpDue, forKey: .followUpDue)
    }

    /// The sessions as list lines: acknowledgement against `policy` on `today`, open items
    /// counted; only those past their acknowledgement deadline when `unacknowledgedOnly`.
    public static func lines(_ sessions: [SharedCoachingSession], items: [ActionItem], policy: CoachingPolicy, today: LocalDate,
                             unacknowledgedOnly: Bool) -> [CoachingListLine] {
        let openByItem = Dictionary(grouping: items.filter { $0.status == .open }, by: \.sessionID)
        return sessions.filter { !unacknowledgedOnly || $0.isAcknowledgementOverdue(on: today, policy: policy) }.map { session in
            CoachingListLine(session: session.id, date: session.date.description, agent: session.agent, coach: session.coach,
                             format: session.format.rawValue, criteria: session.criterionIDs,
                             acknowledged: session.acknowledgement != nil,
                             acknowledgementDue: session.acknowledgementDue(policy).description,
                             acknowledgementOverdue: session.isAcknowledgementOverdue(on: today, policy: policy),
                             openItems: openByItem[session.id]?.count ?? 0, followUpDue: session.followUpDue?.description)
        }
    }
}
