public import CivilTime
public import Coaching
public import Organization
public import Quality
public import Reports
import Storage

extension CoachingService {
    /// What a coaching export carries: the workbook's report and the sessions' booked time.
    public struct Export {
        public let report: CoachingReport
        /// Sessions with a start time, as roster activities (no notes at all).
        public let activities: [CoachingActivity]
        public let sessionCount: Int
    }

    /// The coaching workbook and activities for `audience`, over sessions in `range`: a person
    /// gets the sessions they may see (shared notes only, as every export); the operator everything.
    public func export(for audience: ReportAudience, range: DateRange, policy: CoachingPolicy, today: LocalDate?) throws -> Export {
        try translatingErrors {
            let organization = try centre.organization()
            let (all, items, cards) = try centre.database.read("reading coaching") { db in
                (try CoachingRepository.sessions(from: range.from, to: range.to, in: db),
                 try CoachingRepository.items(in: db), try QualityRepository.scorecards(in: db))
            }
            var sessions = all
            var heading = "Coaching"
            if let reader = audience.person {
                var access = Authorization(organization: organization)
                sessions = all.filter { $0.agent == reader || access.allows(reader, .coach, on: $0.agent, date: $0.date) }
                heading += " as seen by \(access.name(reader))"
            }
            let report = try report(sessions: sessions, items: items, cards: cards, organization: organization, policy: policy,
                                    today: today ?? centre.today, heading: heading)
            return Export(report: report, activities: sessions.filter { $0.startMinute != nil }.map(CoachingActivity.init),
                          sessionCount: sessions.count)
        }
    }

    /// The workbook's input: sessions (shared notes only), their items, and the effect on their
    /// criteria from the stored evaluations within `policy.effectWindowDays`.
    public func report(sessions: [CoachingSession], items: [ActionItem], cards: [Scorecard], organization: Organization,
                       policy: CoachingPolicy, today day: LocalDate, heading: String) throws -> CoachingReport {
        let window = policy.effectWindowDays
        let observations = try centre.database.read("reading scores") { db -> [CriterionObservation] in
            guard let first = sessions.map(\.date).min(), let last = sessions.map(\.date).max() else { return [] }
            return try CoachingRepository.observations(agents: Set(sessions.map(\.agent)), criteria: Set(sessions.flatMap(\.criterionIDs)),
                                                       from: first.adding(days: -window), to: last.adding(days: window), in: db)
        }
        let labels = Dictionary(cards.flatMap { card in card.criteria.map { ($0.criterion.id, $0.criterion.label.text) } },
                                uniquingKeysWith: { first, _ in first })
        let ids = Set(sessions.map(\.id))
        let agentOf = Dictionary(uniqueKeysWithValues: sessions.map { ($0.id, $0.agent) })
        func name(_ key: String) -> String { organization.person(key)?.displayName ?? key }
        let zone = centre.timeZone
        return CoachingReport(
            sessions: sessions.map { session in
                CoachingLogRow(id: session.id, date: session.date, agent: session.agent, agentName: name(session.agent),
                               coachName: name(session.coach), format: session.format.rawValue,
                               channel: session.channel, criteria: session.criterionIDs, linkedEvaluations: session.evaluationIDs.count,
                               strengths: session.shared.strengths, opportunities: session.shared.opportunities,
                               agreedActions: session.shared.agreedActions,
                               acknowledgedOn: session.acknowledgement.map { LocalDate($0.at, in: zone) },
                               acknowledgementComment: session.acknowledgement?.comment,
                               acknowledgementDue: session.acknowledgementDue(policy), minutes: session.minutes)
            },
            actionItems: items.filter { ids.contains($0.sessionID) }.map { item in
                let closed: LocalDate? = switch item.status {
                case .open: nil
                case .done(let on), .cancelled(let on): on
                }
                return CoachingItemRow(sessionId: item.sessionID, agentName: name(agentOf[item.sessionID] ?? ""),
                                       ownerName: name(item.owner), text: item.text, due: item.due,
                                       status: item.status.name, doneOn: closed)
            },
            effects: CoachingEffect.measure(sessions, observations: observations, policy: policy).map { effect in
                CoachingEffectRow(criterion: effect.criterionID, label: labels[effect.criterionID] ?? effect.criterionID,
                                  beforeMean: effect.beforeMean, beforeCount: effect.beforeCount, afterMean: effect.afterMean,
                                  afterCount: effect.afterCount)
            },
            today: day,
            notes: ["\(heading): \(sessions.count) sessions; notes shared with agents only (private notes are never exported). "
                + "Effect: each coached agent's answers on the session's criteria in the \(window) days before the session day "
                + "against the \(window) days after it (the day itself in neither), pooled over sessions; drafts and "
                + "self-evaluations left out. A before/after comparison shows whether scores moved, not that coaching moved them: a "
                + "criterion chosen because it scored low tends to rise anyway (regression to the mean)."])
    }
}
