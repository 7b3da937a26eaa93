public import CivilTime
import Foundation
import Interchange
public import Organization
public import Quality
public import Randomness
public import Storage

/// The demo's QA: the four shipped scorecards, and four evaluations a month for the last three
/// months of every agent in `schedules/demo-staff.csv` by their supervisor on the day, with
/// answers drawn (seeded, so every run is the same) around each agent's own level; two of them
/// disputed — one accepted, one rejected by the supervisor's manager. SYNTHETIC: the bank data
/// has no recordings; the sheets say so.
public enum DemoQuality {
    public static let scorecardFiles = ["scorecards/voice-call.yaml", "scorecards/email.yaml", "scorecards/chat.yaml",
                                 "scorecards/letter.yaml"]
    public static let perMonth = 4
    public static let months = 3
    public static let seed: UInt64 = 20_261_123

    public struct Sample {
        public let scorecards: [Scorecard]
        public let evaluations: [ScoredEvaluation]
        public let disputes: [(Dispute, DisputeDecision)]
        public let description: String
    }

    public static func sample(organization: Organization, agents: [String], today: LocalDate) throws -> Sample {
        let cards = try scorecardFiles.map { try QaFiles.scorecard(try DemoDataLocator.locate($0).path).scorecard }
        var random = SplitMix64(seed: seed)
        let thisMonth = LocalDate(year: today.year, month: today.month, day: 1)!
        var evaluations: [ScoredEvaluation] = []
        for agent in agents.sorted() {
            let level = 0.6 + Double(random.next() % 35) / 100
            for back in (1...months).reversed() {
                let first = month(thisMonth, minus: back)
                for index in 0..<perMonth {
                    let date = first.adding(days: 2 + index * 7 + Int(random.next() % 4))
                    let snapshot = OrgSnapshot(organization: organization, asOf: date)
                    guard let supervisor = snapshot.manager(of: agent)?.key else { continue }
                    let card = cards[Int(random.next() % 10) < 6 ? 0 : 1 + Int(random.next() % 3)]
                    let channel = card.channels.sorted { $0.rawValue < $1.rawValue }.first ?? .voice
                    let interaction = try InteractionReference(
                        id: "\(channel.rawValue)-\(date.year % 100)\(String(format: "%02d%02d", date.month, date.day))-\(agent.prefix(3))\(index)",
                        channel: channel, date: date, startSecondOfDay: (8 + Int(random.next() % 9)) * 3600,
                        durationSeconds: channel == .voice || channel == .chat ? Double(180 + random.next() % 600) : nil)
                    let created = Date(timeIntervalSince1970: Double((date.dayNumber + 1) * 86_400 + 10 * 3600))
                    let draft = try Evaluation(id: "QA-\(date)-\(agent)-\(index + 1)", scorecardKey: card.key, scorecardVersion: card.version,
                                               evaluatorID: supervisor, agentID: agent, interaction: interaction,
                                               answers: answers(for: card, level: level, random: &random), createdAt: created)
                    var (evaluation, score) = try draft.submitted(with: card, at: created)
                    if index % 2 == 0 { evaluation = try evaluation.transitioned(to: .acknowledged, at: created.addingTimeInterval(86_400)) }
                    evaluations.append(ScoredEvaluation(evaluation, score: score))
                }
            }
        }
        let disputes = try disputesOf(evaluations, cards: cards, organization: organization)
        let scored = evaluations.compactMap { $0.score?.score }
        let mean = scored.isEmpty ? 0 : scored.reduce(0, +) / Double(scored.count)
        let description = "\(evaluations.count) SYNTHETIC evaluations of \(Set(evaluations.map(\.evaluation.agentID)).count) agents "
            + "by their supervisors over \(months) months on \(cards.map(\.label).joined(separator: ", ")); mean score "
            + String(format: "%.1f", mean) + ", \(disputes.count) disputes (headset qa report)"
        return Sample(scorecards: cards, evaluations: evaluations, disputes: disputes, description: description)
    }

    /// Stores the cards, the evaluations and the disputes (raised, then decided), audited.
    public static func store(_ sample: Sample, actor: String, in db: DatabaseTransaction) throws {
        for card in sample.scorecards { try QualityRepository.importScorecard(card, actor: actor, in: db) }
        try QualityRepository.importEvaluations(sample.evaluations, actor: actor, in: db)
        for (dispute, decision) in sample.disputes {
            _ = try QualityRepository.raiseDispute(dispute, actor: actor, in: db)
            _ = try QualityRepository.decideDispute(decision, disputeID: dispute.id, actor: actor, in: db)
        }
    }

    /// Answers around `level` (the chance of the best answer); N/A where allowed a third of the time.
    public static func answers(for card: Scorecard, level: Double, random: inout SplitMix64) -> [Answer] {
        func chance(_ probability: Double) -> Bool { Double(random.next() % 10_000) / 10_000 < probability }
        var answers: [Answer] = []
        for (_, criterion) in card.criteria {
            if criterion.naAllowed, chance(0.3) {
                answers.append(Answer(criterion.id, .notApplicable))
                continue
            }
            if criterion.isBonus, !chance(0.2) { continue }
            // Critical criteria fail rarely: they are the ones agents are drilled on.
            let best = chance(criterion.isCritical ? 0.9 + level / 10 : level)
            switch criterion.kind {
            case .yesNo:
                answers.append(Answer(criterion.id, best ? .yes : .no))
            case .scale(let points):
                let values = points.map(\.value).sorted()
                let pick = best ? values.last! : values[Int(random.next() % UInt64(max(1, values.count - 1))) + (values.count > 2 ? 1 : 0)]
                answers.append(Answer(criterion.id, .scale(criterion.isCritical && !best ? values.first! : pick)))
            case .multipleChoice(let choices):
                let ordered = choices.sorted { $0.points > $1.points }
                let pick = best ? ordered[0] : ordered[min(ordered.count - 1, 1 + Int(random.next() % UInt64(max(1, ordered.count - 1))))]
                answers.append(Answer(criterion.id, .choice(pick.id)))
            }
        }
        return answers
    }

    /// The first evaluation below 80 % that is not acknowledged is disputed and accepted; the
    /// next one disputed and rejected; both decided by the supervisor's manager.
    public static func disputesOf(_ evaluations: [ScoredEvaluation], cards: [Scorecard], organization: Organization) throws
        -> [(Dispute, DisputeDecision)] {
        var result: [(Dispute, DisputeDecision)] = []
        for item in evaluations where result.count < 2 {
            let evaluation = item.evaluation
            guard evaluation.status == .submitted, let score = item.score?.score, score < 80,
                  let card = cards.first(where: { $0.key == evaluation.scorecardKey }) else { continue }
            let snapshot = OrgSnapshot(organization: organization, asOf: evaluation.interaction.date)
            guard let reviewer = snapshot.manager(of: evaluation.evaluatorID)?.key else { continue }
            guard let worst = evaluation.answers.first(where: { answer in
                guard let criterion = card.criterion(id: answer.criterionID), !criterion.isBonus else { return false }
                if case .scale(let value) = answer.value, case .scale(let points) = criterion.kind { return value < points.map(\.value).max()! }
                return false
            }), case .scale = worst.value, case .scale(let points)? = card.criterion(id: worst.criterionID)?.kind else { continue }
            let raised = evaluation.updatedAt.addingTimeInterval(2 * 86_400)
            let dispute = Dispute(id: "\(evaluation.id)/dispute", evaluationID: evaluation.id, raisedBy: evaluation.agentID,
                                  items: [DisputedCriterion(worst.criterionID, reason: "The recording shows I did this; please listen again.")],
                                  raisedAt: raised)
            let accepted = result.isEmpty
            let decision = DisputeDecision(
                reviewerID: reviewer, verdict: accepted ? .accepted : .rejected,
                revisedAnswers: accepted ? [Answer(worst.criterionID, .scale(points.map(\.value).max()!))] : [],
                comment: accepted ? "Listened again: agreed, full marks." : "Listened again: the score stands.",
                decidedAt: raised.addingTimeInterval(86_400))
            result.append((dispute, decision))
        }
        return result
    }

    public static func month(_ first: LocalDate, minus months: Int) -> LocalDate {
        let index = first.year * 12 + (first.month - 1) - months
        return LocalDate(year: index / 12, month: index % 12 + 1, day: 1)!
    }
}
