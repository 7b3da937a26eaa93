public import CivilTime
public import Coaching
import Foundation
public import Organization
import Quality
public import Scheduling
public import Storage

/// The demo's coaching, following from its evaluations: each agent whose evaluations in the month
/// before last include one below 90 % is coached by that evaluation's evaluator three days later on
/// its weakest criterion (a call review, linked to the evaluation), with shared notes, an action
/// item or two, a follow-up, and usually an acknowledgement — some late, some missing, some items
/// overdue, so the surfacing shows. Plus coaching booked in the first roster week, 10:00–10:30 for
/// agents on an early shift that day: the roster counts it off the phones. SYNTHETIC, like the
/// evaluations: the before/after effect shows noise, not a real coaching effect.
public enum DemoCoaching {
    public struct Sample {
        public let sessions: [(CoachingSession, [ActionItem])]
        public let activities: [RosterActivity]
        public let description: String
    }

    public static func sample(quality: DemoQuality.Sample, roster: RosterDocument, organization: Organization, today: LocalDate) throws -> Sample {
        let cards = Dictionary(quality.scorecards.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let month = DemoQuality.month(LocalDate(year: today.year, month: today.month, day: 1)!, minus: 2)
        let monthEnd = DemoQuality.month(LocalDate(year: today.year, month: today.month, day: 1)!, minus: 1)
        var sessions: [(CoachingSession, [ActionItem])] = []
        var byAgent: [String: [ScoredEvaluation]] = [:]
        for item in quality.evaluations where item.evaluation.interaction.date >= month && item.evaluation.interaction.date < monthEnd {
            byAgent[item.evaluation.agentID, default: []].append(item)
        }
        for agent in byAgent.keys.sorted() {
            guard let weakest = byAgent[agent]?.filter({ ($0.score?.score ?? 100) < 90 })
                .min(by: { ($0.score?.score ?? 0) < ($1.score?.score ?? 0) }),
                  let score = weakest.score, let card = cards[weakest.evaluation.scorecardKey] else { continue }
            let evaluation = weakest.evaluation
            guard let criterion = score.criteria.filter({ !$0.isBonus && $0.fraction != nil })
                .min(by: { ($0.fraction ?? 1) < ($1.fraction ?? 1) }), let label = card.criterion(id: criterion.criterionID)?.label.text
            else { continue }
            let day = evaluation.interaction.date.adding(days: 3)
            let number = sessions.count
            var session = try CoachingSession(
                id: "\(agent)/\(day)/\(evaluation.evaluatorID)", coach: evaluation.evaluatorID, agent: agent, date: day,
                startMinute: 14 * 60, minutes: 30, format: .callReview, channel: evaluation.interaction.channel.rawValue,
                evaluationIDs: [evaluation.id], criterionIDs: [criterion.criterionID],
                shared: CoachingNotes(strengths: "Polite throughout and kept to the process.",
                                      opportunities: "\(label): listened to the \(evaluation.interaction.channel.rawValue) together and found the moment it slipped.",
                                      agreedActions: "Practise \(label.lowercased()) on the next five contacts and note one example."),
                privateNotes: number % 3 == 0 ? "Check in again before the next review; workload was high that week." : "",
                followUpDue: day.adding(days: 14))
            // Most agents acknowledge within two days; every fifth has not yet.
            if number % 5 != 4 {
                session = try session.acknowledged(by: agent, at: Date(timeIntervalSince1970: Double((day.dayNumber + 2) * 86_400 + 9 * 3600)),
                                                   comment: number % 2 == 0 ? "Agreed, I'll try it." : "Thanks — the example helped.")
            }
            var items = [try ActionItem(id: "\(session.id)/1", sessionID: session.id, owner: agent,
                                        text: "Listen to two model \(evaluation.interaction.channel.rawValue) contacts on \(label.lowercased())",
                                        due: day.adding(days: 7), sessionDate: day)]
            if number % 4 != 3 { items[0] = try items[0].closed(on: day.adding(days: 5)) }
            if number % 2 == 0 {
                items.append(try ActionItem(id: "\(session.id)/2", sessionID: session.id, owner: evaluation.evaluatorID,
                                            text: "Share the updated guidance with the team", due: day.adding(days: 10), sessionDate: day))
            }
            sessions.append((session, items))
        }

        // Upcoming coaching in the first roster week, booked on the roster.
        var activities: [RosterActivity] = []
        let tuesday = roster.firstDay.adding(days: 1)
        let early = roster.assignedShifts.filter {
            $0.date == tuesday && $0.variant.start.minutes <= 9 * 60 && $0.variant.start.minutes + $0.variant.lengthMinutes >= 11 * 60
        }
        for shift in early.prefix(3) {
            guard let agent = shift.person,
                  let coach = OrgSnapshot(organization: organization, asOf: tuesday).manager(of: agent)?.key else { continue }
            let session = try CoachingSession(
                id: "\(agent)/\(tuesday)/\(coach)", coach: coach, agent: agent, date: tuesday, startMinute: 10 * 60, minutes: 30,
                format: .oneToOne, shared: CoachingNotes(agreedActions: "Monthly one-to-one: review the month's evaluations together."))
            sessions.append((session, []))
            activities.append(RosterActivity(person: agent, date: tuesday, start: TimeOfDay(hour: 10, minute: 0), minutes: 30,
                                             name: "coaching"))
        }
        let description = "\(sessions.count) SYNTHETIC coaching sessions following the demo evaluations (call reviews on each agent's "
            + "weakest criterion, action items, follow-ups, acknowledgements — some missing), \(activities.count) booked on the roster "
            + "(headset coach list / export)"
        return Sample(sessions: sessions, activities: activities, description: description)
    }

    public static func store(_ sample: Sample, actor: String, in db: DatabaseTransaction) throws {
        for (session, items) in sample.sessions { try CoachingRepository.addSession(session, items: items, actor: actor, in: db) }
    }
}
