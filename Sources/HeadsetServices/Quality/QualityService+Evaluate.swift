public import CivilTime
import Foundation
import Organization
import Quality
import Storage

extension QualityService {
    /// Scores an interaction and stores the evaluation by `actor` (the evaluator).
    ///
    /// The evaluator must be above the agent on the interaction's day (or hold evaluate-all, and
    /// then not over someone above them); an agent scoring themself makes a self-evaluation.
    /// The same evaluator and interaction again updates the stored draft, and submits it unless
    /// `draft`. Interactions after today are refused. Nothing is stored when anything is wrong.
    public func evaluate(_ request: EvaluationRequest, by actor: Actor) throws -> EvaluationResult {
        try translatingErrors {
            let now = centre.now
            let id = request.id ?? "\(request.interaction.id)/\(actor.person)"
            return try centre.database.write("storing the evaluation") { db -> EvaluationResult in
                // Decided on the organisation this write commits with: one read of it, inside.
                var access = try authorization(in: db)
                let agent = try mayEvaluate(request.agent, on: request.interaction.date, by: actor, access: &access)
                guard let card = try QualityRepository.scorecard(key: request.scorecardKey, version: request.scorecardVersion, in: db)
                else {
                    throw QualityStoreError.unknownScorecard(request.scorecardKey + (request.scorecardVersion.map { " v\($0)" } ?? ""))
                }
                var evaluation: Evaluation
                if let stored = try QualityRepository.evaluation(id: id, in: db) {
                    evaluation = try revising(stored, with: request, agent: agent, evaluator: actor.person, card: card, at: now)
                } else {
                    evaluation = try Evaluation(id: id, scorecardKey: card.key, scorecardVersion: card.version,
                                                evaluatorID: actor.person, agentID: agent, interaction: request.interaction,
                                                answers: request.answers, createdAt: now)
                }
                let score: ScoreResult
                if request.draft || evaluation.status != .draft {
                    score = try evaluation.score(with: card)
                } else {
                    (evaluation, score) = try evaluation.submitted(with: card, at: now)
                }
                let outcome = try QualityRepository.saveEvaluation(evaluation, score: score, actor: actor.auditName, in: db)
                return EvaluationResult(evaluation: evaluation, scorecard: card, score: score, stored: outcome)
            }
        }
    }

    /// The agent's key, if `actor` may evaluate `agent` (a key or name) for an interaction on
    /// `date`: the checks ``evaluate(_:by:)`` makes before scoring, for a door to make before it
    /// asks a person for every answer.
    @discardableResult
    public func checkMayEvaluate(_ agent: String, on date: LocalDate, by actor: Actor) throws -> String {
        try translatingErrors {
            var access = try authorization()
            return try mayEvaluate(agent, on: date, by: actor, access: &access)
        }
    }

    /// The agent's key if `actor` may evaluate them on `date` by `access`'s organisation.
    private func mayEvaluate(_ agent: String, on date: LocalDate, by actor: Actor, access: inout Authorization) throws -> String {
        let key = try personKey(agent, field: "agent", in: access.organization)
        if date > centre.today {
            throw ServiceError.invalid("date", "is after today (\(centre.today) in \(centre.timeZone.identifier)): "
                + "only interactions that happened can be evaluated", value: "\(date)")
        }
        try access.require(actor, key == actor.person ? .view : .evaluate, on: key, date: date)
        return key
    }

    /// The stored evaluation `id` with the request's answers: a draft of the same evaluator and
    /// interaction takes them; a submitted one only if they are the same answers.
    private func revising(_ stored: Evaluation, with request: EvaluationRequest, agent: String, evaluator: String,
                          card: Scorecard, at now: Date) throws -> Evaluation {
        guard stored.evaluatorID == evaluator, stored.agentID == agent, stored.interaction.id == request.interaction.id else {
            throw ServiceError.conflict("evaluation id '\(stored.id)' is taken by another evaluation; give another id")
        }
        guard stored.scorecardKey == card.key, stored.scorecardVersion == card.version else {
            throw ServiceError.conflict("evaluation '\(stored.id)' uses \(stored.scorecardLabel), not \(card.label)")
        }
        let same = Set(stored.answers) == Set(request.answers)
        if stored.status == .draft {
            // The same answers again as a draft change nothing (nor the audit log).
            return same && request.draft ? stored : try stored.withAnswers(request.answers, at: now)
        }
        if request.draft {
            throw ServiceError.conflict("evaluation '\(stored.id)' is \(stored.status); it cannot go back to a draft")
        }
        guard same else {
            throw ServiceError.conflict("evaluation '\(stored.id)' is \(stored.status); its answers change only through a dispute")
        }
        return stored
    }
}
