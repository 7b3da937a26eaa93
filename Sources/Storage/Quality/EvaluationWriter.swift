import CivilTime
import Foundation
import GRDB
import Quality

/// Writes evaluations under the domain's rules, caching scorecard versions and statements so
/// an import of a million costs little more than its inserts.
struct EvaluationWriter {
    let actor: String
    let db: Database
    private var scorecards: [String: ScorecardRows.Stored] = [:]

    init(actor: String, db: Database) {
        self.actor = actor
        self.db = db
    }

    /// Inserts `evaluation`, or updates the stored one as the domain allows, with its audit entry.
    mutating func save(_ evaluation: Evaluation, score: ScoreResult?) throws -> EvaluationSaveOutcome {
        let card = try scorecard(evaluation.scorecardKey, evaluation.scorecardVersion)
        if let score, let reason = StoredScore.mismatch(score, evaluation) {
            throw QualityStoreError.scoreMismatch(evaluationID: evaluation.id, reason: reason)
        }
        let newScore = score.map { StoredScore($0, answers: evaluation.answers) }
        guard let rowID = try EvaluationRows.rowID(id: evaluation.id, in: db) else {
            try create(evaluation, score: newScore, card: card)
            return .created
        }
        guard let stored = try EvaluationRows.load(where: "e.id = ?", arguments: [rowID], in: db).first else {
            throw QualityStoreError.unknownEvaluation(evaluation.id)
        }
        return try update(stored, to: evaluation, score: newScore)
    }

    /// The stored version `key` `version`, from the cache when seen before.
    mutating func scorecard(_ key: String, _ version: Int) throws -> ScorecardRows.Stored {
        let label = "\(key) v\(version)"
        if let cached = scorecards[label] { return cached }
        guard let stored = try ScorecardRows.find(key: key, version: version, in: db) else {
            throw QualityStoreError.unknownScorecard(label)
        }
        scorecards[label] = stored
        return stored
    }

    private func create(_ evaluation: Evaluation, score: StoredScore?, card: ScorecardRows.Stored) throws {
        guard card.scorecard.status == .published else {
            throw QualityStoreError.scorecardNotInUse(scorecard: card.scorecard.label, status: card.scorecard.status)
        }
        guard evaluation.status != .disputed, evaluation.disputeHistory.isEmpty else {
            throw QualityStoreError.disputesOnlyThroughReview(evaluationID: evaluation.id)
        }
        guard card.scorecard.channels.contains(evaluation.interaction.channel) else {
            throw QualityStoreError.evaluation(.channelNotOnScorecard(channel: evaluation.interaction.channel, scorecard: card.scorecard.label))
        }
        if evaluation.isSelfEvaluation && evaluation.status == .acknowledged {
            throw QualityStoreError.evaluation(.notForSelfEvaluation(.acknowledged))
        }
        guard score != nil || evaluation.status == .draft else { throw QualityStoreError.scoreRequired(evaluationID: evaluation.id) }

        let interaction = evaluation.interaction
        try db.cachedStatement(sql: """
            INSERT INTO evaluation (key, scorecard_id, evaluator_key, agent_key, is_self_evaluation, interaction_id, channel,
                                    interaction_date, start_second, duration_seconds, status, created_at, updated_at, score,
                                    score_ignoring_criticals, bonus_earned, bonus_added, passed, outcome, failed_by,
                                    customer_critical, business_critical, compliance_critical)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: StatementArguments([
                evaluation.id, card.rowID, evaluation.evaluatorID, evaluation.agentID, evaluation.isSelfEvaluation, interaction.id,
                interaction.channel.rawValue, interaction.date.description, interaction.startSecondOfDay, interaction.durationSeconds,
                evaluation.status.rawValue, evaluation.createdAt.timeIntervalSince1970, evaluation.updatedAt.timeIntervalSince1970,
            ] as [(any DatabaseValueConvertible)?]) + Self.scoreArguments(score))
        let rowID = db.lastInsertedRowID
        let answers = try insertAnswers(of: evaluation, score: score, rowID: rowID, scorecardRowID: card.rowID)
        try QualityAuditState.record(actor, entity: QualityRepository.evaluationEntity, key: evaluation.id, action: .create, before: nil,
                                     after: QualityAuditState.evaluation(evaluation, answers: answers, score: score), in: db)
    }

    private func update(_ stored: EvaluationRows.Loaded, to evaluation: Evaluation, score: StoredScore?) throws -> EvaluationSaveOutcome {
        let old = stored.evaluation
        var fixed: [String] = []
        if old.scorecardKey != evaluation.scorecardKey || old.scorecardVersion != evaluation.scorecardVersion { fixed.append("scorecard") }
        if old.agentID != evaluation.agentID { fixed.append("agent") }
        if old.evaluatorID != evaluation.evaluatorID { fixed.append("evaluator") }
        if old.interaction != evaluation.interaction { fixed.append("interaction") }
        if old.createdAt != evaluation.createdAt { fixed.append("created at") }
        guard fixed.isEmpty else { throw QualityStoreError.fixedFieldsChanged(evaluationID: evaluation.id, fields: fixed) }
        guard old.disputeHistory == evaluation.disputeHistory else {
            throw QualityStoreError.disputesOnlyThroughReview(evaluationID: evaluation.id)
        }
        let answersChanged = old.answers != evaluation.answers
        if answersChanged && old.status != .draft { throw QualityStoreError.evaluation(.answersLocked(old.status)) }
        if old.status != evaluation.status {
            do {
                _ = try old.transitioned(to: evaluation.status, at: evaluation.updatedAt)
            } catch {
                throw QualityStoreError.evaluation(error)
            }
        }
        // No score given: the stored one still holds while the answers are the same.
        let resolved = score ?? (answersChanged ? nil : stored.score)
        guard resolved != nil || evaluation.status == .draft else { throw QualityStoreError.scoreRequired(evaluationID: evaluation.id) }
        if old == evaluation && resolved == stored.score { return .unchanged }

        try write(evaluation, score: resolved, over: stored, rewriteAnswers: answersChanged || resolved != stored.score)
        return .updated
    }

    /// Updates the stored row to `evaluation` and `score` (answers too when asked), with an
    /// `update` audit entry. The dispute review calls it after the domain has decided.
    func write(_ evaluation: Evaluation, score: StoredScore?, over stored: EvaluationRows.Loaded, rewriteAnswers: Bool) throws {
        try db.cachedStatement(sql: """
            UPDATE evaluation SET status = ?, updated_at = ?, score = ?, score_ignoring_criticals = ?, bonus_earned = ?,
                                  bonus_added = ?, passed = ?, outcome = ?, failed_by = ?, customer_critical = ?,
                                  business_critical = ?, compliance_critical = ?
            WHERE id = ?
            """).execute(arguments: StatementArguments([evaluation.status.rawValue, evaluation.updatedAt.timeIntervalSince1970]
                                                       as [(any DatabaseValueConvertible)?])
                + Self.scoreArguments(score) + [stored.rowID])
        var answers = stored.answers
        if rewriteAnswers {
            try db.cachedStatement(sql: "DELETE FROM evaluation_answer WHERE evaluation_id = ?").execute(arguments: [stored.rowID])
            answers = try insertAnswers(of: evaluation, score: score, rowID: stored.rowID, scorecardRowID: stored.scorecardRowID)
        }
        try QualityAuditState.record(actor, entity: QualityRepository.evaluationEntity, key: evaluation.id, action: .update,
                                     before: QualityAuditState.evaluation(stored.evaluation, answers: stored.answers, score: stored.score),
                                     after: QualityAuditState.evaluation(evaluation, answers: answers, score: score), in: db)
    }

    private func insertAnswers(of evaluation: Evaluation, score: StoredScore?, rowID: Int64, scorecardRowID: Int64) throws -> [StoredAnswer] {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO evaluation_answer (evaluation_id, ordinal, criterion_id, scorecard_id, interaction_date, value_kind, value,
                                           comment, evidence_json, fraction, failed_critical)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let date = evaluation.interaction.date.description
        return try evaluation.answers.enumerated().map { ordinal, answer in
            let stored = try StoredAnswer(answer)
            let scored = score?.criteria[answer.criterionID]
            try statement.execute(arguments: [rowID, ordinal, stored.criterionID, scorecardRowID, date, stored.valueKind, stored.value,
                                              stored.comment, stored.evidenceJSON, scored?.fraction, scored?.failedCritical])
            return stored
        }
    }

    /// The score columns, in the order both statements list them.
    private static func scoreArguments(_ score: StoredScore?) -> StatementArguments {
        var values: [(any DatabaseValueConvertible)?] = [score?.score, score?.scoreIgnoringCriticals, score?.bonusEarned,
                                                         score?.bonusAdded, score?.outcome.passed, score?.outcome.kind,
                                                         score?.outcome.failedBy]
        for criticalClass in [CriticalClass.customer, .business, .compliance] {
            values.append(score?.critical[criticalClass])
        }
        return StatementArguments(values)
    }
}
