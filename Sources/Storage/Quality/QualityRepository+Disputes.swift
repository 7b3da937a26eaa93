import GRDB
public import Quality

extension QualityRepository {
    /// Raises `dispute` against its stored evaluation by ``DisputeReview/raise(_:against:scorecard:)``
    /// and stores both: the dispute (audited `create`) and the evaluation, now disputed
    /// (audited `update`). Returns the disputed evaluation.
    ///
    /// - Throws: ``QualityStoreError/dispute(_:)`` when the review refuses it (not the agent, a
    ///   self-evaluation, not open to dispute, unknown criteria, …), and the store's own
    ///   refusals (unknown evaluation, a dispute id already used). Nothing is written.
    @discardableResult
    public static func raiseDispute(_ dispute: Dispute, actor: String, in transaction: DatabaseTransaction) throws -> Evaluation {
        let db = transaction.database
        guard try DisputeRows.find(id: dispute.id, in: db) == nil else { throw QualityStoreError.duplicateDispute(dispute.id) }
        guard let stored = try EvaluationRows.load(id: dispute.evaluationID, in: db) else {
            throw QualityStoreError.unknownEvaluation(dispute.evaluationID)
        }
        var writer = EvaluationWriter(actor: actor, db: db)
        let card = try writer.scorecard(stored.evaluation.scorecardKey, stored.evaluation.scorecardVersion).scorecard
        let disputed: Evaluation
        do {
            disputed = try DisputeReview.raise(dispute, against: stored.evaluation, scorecard: card)
        } catch {
            throw QualityStoreError.dispute(error)
        }
        try DisputeRows.insert(dispute, evaluationRowID: stored.rowID, in: db)
        try QualityAuditState.record(actor, entity: disputeEntity, key: dispute.id, action: .create, before: nil,
                                     after: QualityAuditState.dispute(dispute), in: db)
        try writer.write(disputed, score: stored.score, over: stored, rewriteAnswers: false)
        return disputed
    }

    /// Decides the open dispute `disputeID` by ``DisputeReview/decide(_:on:evaluation:scorecard:)``
    /// and stores the outcome: the decision with the answers before it and the scores either
    /// side (the history), the revised answers, the new score, and the evaluation made final.
    /// Audited as `update` of the dispute and of the evaluation.
    ///
    /// - Throws: ``QualityStoreError/dispute(_:)`` when the review refuses the decision (the
    ///   reviewer is the evaluator or the agent, no comment, an accepted dispute that changes
    ///   nothing, …), ``QualityStoreError/unknownDispute(_:)`` and
    ///   ``QualityStoreError/disputeAlreadyDecided(_:)``. Nothing is written.
    @discardableResult
    public static func decideDispute(_ decision: DisputeDecision, disputeID: String, actor: String,
                                     in transaction: DatabaseTransaction) throws -> DisputeOutcome {
        let db = transaction.database
        guard let found = try DisputeRows.find(id: disputeID, in: db) else { throw QualityStoreError.unknownDispute(disputeID) }
        guard found.record == nil else { throw QualityStoreError.disputeAlreadyDecided(disputeID) }
        guard let stored = try EvaluationRows.load(where: "e.id = ?", arguments: [found.evaluationRowID], in: db).first else {
            throw QualityStoreError.unknownEvaluation(found.dispute.evaluationID)
        }
        var writer = EvaluationWriter(actor: actor, db: db)
        let card = try writer.scorecard(stored.evaluation.scorecardKey, stored.evaluation.scorecardVersion).scorecard
        let outcome: DisputeOutcome
        do {
            outcome = try DisputeReview.decide(decision, on: found.dispute, evaluation: stored.evaluation, scorecard: card)
        } catch {
            throw QualityStoreError.dispute(error)
        }
        try DisputeRows.decide(rowID: found.rowID, record: outcome.record, in: db)
        try QualityAuditState.record(actor, entity: disputeEntity, key: disputeID, action: .update,
                                     before: QualityAuditState.dispute(found.dispute),
                                     after: QualityAuditState.dispute(found.dispute, record: outcome.record), in: db)
        try writer.write(outcome.evaluation, score: StoredScore(outcome.score, answers: outcome.evaluation.answers), over: stored, rewriteAnswers: true)
        return outcome
    }

    /// The dispute with this id and, once decided, its history record; nil when not stored.
    public static func dispute(id: String, in transaction: DatabaseTransaction) throws -> StoredDispute? {
        let db = transaction.database
        return try DisputeRows.find(id: id, in: db).map { StoredDispute(dispute: $0.dispute, record: $0.record) }
    }

    /// Disputes awaiting a decision, oldest first: the reviewers' queue.
    public static func openDisputes(in transaction: DatabaseTransaction) throws -> [Dispute] {
        let db = transaction.database
        return try DisputeRows.open(in: db)
    }
}
