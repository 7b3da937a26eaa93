import CivilTime
import Interchange
import Foundation
import Organization
public import Quality
import Storage

extension QualityService {
    /// The evaluated agent (`actor`, only them) acknowledges their submitted evaluation.
    public func acknowledge(_ evaluationID: String, by actor: Actor) throws -> Evaluation {
        try translatingErrors {
            return try centre.database.write("acknowledging the evaluation") { db -> Evaluation in
                let access = try authorization(in: db)
                guard let stored = try QualityRepository.evaluation(id: evaluationID, in: db) else {
                    throw QualityStoreError.unknownEvaluation(evaluationID)
                }
                try access.requireSelf(actor, "acknowledge", on: stored.agentID, role: "the evaluated agent", date: stored.interaction.date)
                return try QualityRepository.transitionEvaluation(id: evaluationID, to: .acknowledged, at: centre.now,
                                                                  actor: actor.auditName, in: db)
            }
        }
    }

    /// The evaluated agent (`actor`, only them) disputes criteria of their evaluation.
    public func raiseDispute(on evaluationID: String, items: [DisputedCriterion], id: String? = nil,
                             by actor: Actor) throws -> (dispute: Dispute, evaluation: Evaluation) {
        try translatingErrors {
            for item in items { try CoachingService.checkLength(item.reason, field: "reason") }
            let dispute = Dispute(id: id ?? "\(evaluationID)/dispute", evaluationID: evaluationID, raisedBy: actor.person,
                                  items: items, raisedAt: centre.now)
            let updated = try centre.database.write("raising the dispute") { db -> Evaluation in
                let access = try authorization(in: db)
                guard let stored = try QualityRepository.evaluation(id: evaluationID, in: db) else {
                    throw QualityStoreError.unknownEvaluation(evaluationID)
                }
                try access.requireSelf(actor, "dispute", on: stored.agentID, role: "the evaluated agent", date: stored.interaction.date)
                return try QualityRepository.raiseDispute(dispute, actor: actor.auditName, in: db)
            }
            return (dispute, updated)
        }
    }

    /// A reviewer (`actor`) decides an open dispute: someone who may evaluate the agent on the
    /// interaction's day, who is neither the evaluator nor below them, and not the agent.
    /// `revisions` are criterion ids with answer text (`yes`, `no`, `n/a`, a scale value or a choice id).
    public func decideDispute(_ disputeID: String, verdict: DisputeVerdict, revisions: [(criterion: String, value: String)],
                              comment: String, by actor: Actor) throws -> DisputeOutcome {
        try translatingErrors {
            try CoachingService.checkLength(comment, field: "comment")
            return try centre.database.write("deciding the dispute") { db -> DisputeOutcome in
                var access = try authorization(in: db)
                guard let found = try QualityRepository.dispute(id: disputeID, in: db) else {
                    throw QualityStoreError.unknownDispute(disputeID)
                }
                guard let evaluation = try QualityRepository.evaluation(id: found.dispute.evaluationID, in: db) else {
                    throw QualityStoreError.unknownEvaluation(found.dispute.evaluationID)
                }
                guard let card = try QualityRepository.scorecard(key: evaluation.scorecardKey, version: evaluation.scorecardVersion,
                                                                 in: db)
                else { throw QualityStoreError.unknownScorecard(evaluation.scorecardLabel) }
                let date = evaluation.interaction.date
                try access.require(actor, .evaluate, on: evaluation.agentID, date: date)
                if actor.person == evaluation.evaluatorID {
                    throw ServiceError.notAllowed(Refusal(
                        actor: actor.person, action: "decide a dispute", subject: evaluation.agentID, date: date,
                        reason: "\(access.name(actor.person)) made evaluation '\(evaluation.id)' and cannot review its dispute: "
                            + "someone else above the agent decides it"))
                }
                if access.permissions(on: date).isAbove(evaluation.evaluatorID, actor.person) {
                    throw ServiceError.notAllowed(Refusal(
                        actor: actor.person, action: "decide a dispute", subject: evaluation.agentID, date: date,
                        reason: "\(access.name(evaluation.evaluatorID)), who made evaluation '\(evaluation.id)', is above "
                            + "\(access.name(actor.person)) on \(date): a dispute is decided by someone not below the evaluator"))
                }
                let revised = revisions.map { Answer($0.criterion, AnswersValueText.value($0.value, for: card.criterion(id: $0.criterion))) }
                let decision = DisputeDecision(reviewerID: actor.person, verdict: verdict, revisedAnswers: revised, comment: comment,
                                               decidedAt: centre.now)
                return try QualityRepository.decideDispute(decision, disputeID: disputeID, actor: actor.auditName, in: db)
            }
        }
    }
}
