import Organization
import Quality
import Storage

extension QualityService {
    /// The evaluation `id` as `reader` may see it: the agent reads their own once it is
    /// submitted; anyone above the agent on the interaction's day reads it (a draft only if
    /// they are its evaluator or above the agent).
    public func evaluation(_ id: String, readBy reader: Actor) throws -> EvaluationResult {
        try translatingErrors {
            var access = try authorization()
            let (stored, card, open) = try centre.database.read("reading the evaluation") { db -> (Evaluation, Scorecard, [Dispute]) in
                guard let stored = try QualityRepository.evaluation(id: id, in: db) else { throw QualityStoreError.unknownEvaluation(id) }
                guard let card = try QualityRepository.scorecard(key: stored.scorecardKey, version: stored.scorecardVersion, in: db)
                else { throw QualityStoreError.unknownScorecard(stored.scorecardLabel) }
                let open = try QualityRepository.openDisputes(in: db).filter { $0.evaluationID == id }
                return (stored, card, open)
            }
            let date = stored.interaction.date
            try access.require(reader, .view, on: stored.agentID, date: date)
            if stored.status == .draft, reader.person != stored.evaluatorID,
               !access.permissions(on: date).isAbove(reader.person, stored.agentID) {
                throw ServiceError.notAllowed(Refusal(
                    actor: reader.person, action: "read a draft", subject: stored.agentID, date: date,
                    reason: "evaluation '\(id)' is a draft of \(access.name(stored.evaluatorID)); "
                        + "\(access.name(stored.agentID)) sees it once it is submitted"))
            }
            return EvaluationResult(evaluation: stored, scorecard: card, score: try stored.score(with: card), stored: nil,
                                    openDisputes: open)
        }
    }
}
