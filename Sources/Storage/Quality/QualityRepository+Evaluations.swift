public import CivilTime
public import Foundation
import GRDB
public import Quality

extension QualityRepository {
    /// Stores `evaluation` with the score of its answers: inserted when new, updated as the
    /// domain allows when stored, left alone when identical.
    ///
    /// ```swift
    /// let (submitted, score) = try draft.submitted(with: card, at: now)
    /// try QualityRepository.saveEvaluation(submitted, score: score, actor: "ruta", in: db)   // .updated
    /// ```
    ///
    /// A new evaluation needs a published scorecard version that covers its channel. A stored one
    /// keeps its scorecard, people, interaction and creation time; its answers change only while
    /// it is a draft; its status moves only by the ``EvaluationStatus`` table, and never into or
    /// out of `disputed` (see ``raiseDispute(_:actor:in:)``). `score` may be nil for a draft not
    /// yet scored, or when the answers are those stored (the stored score holds); otherwise it
    /// must be the score of these answers on the evaluation's version. Audited as `create` or
    /// `update`.
    ///
    /// - Throws: ``QualityStoreError`` (``QualityStoreError/evaluation(_:)`` wraps the domain's
    ///   refusals); nothing is written.
    @discardableResult
    public static func saveEvaluation(_ evaluation: Evaluation, score: ScoreResult?, actor: String,
                                      in transaction: DatabaseTransaction) throws -> EvaluationSaveOutcome {
        let db = transaction.database
        var writer = EvaluationWriter(actor: actor, db: db)
        return try writer.save(evaluation, score: score)
    }

    /// Saves many evaluations as ``saveEvaluation(_:score:actor:in:)`` would, one audit entry
    /// each, caching scorecards and statements: for file imports and migrations. Call it with
    /// batches inside one write transaction to import more than fits in memory.
    @discardableResult
    public static func importEvaluations(_ batch: [ScoredEvaluation], actor: String, in transaction: DatabaseTransaction) throws -> EvaluationImportSummary {
        let db = transaction.database
        var writer = EvaluationWriter(actor: actor, db: db)
        var summary = EvaluationImportSummary()
        for item in batch { summary.count(try writer.save(item.evaluation, score: item.score)) }
        return summary
    }

    /// Moves the stored evaluation `id` to `status` by the domain's rules and stores it.
    ///
    /// Submitting scores the answers with the stored scorecard version first
    /// (``Evaluation/submitted(with:at:)``); other steps keep the stored score. Disputes are
    /// raised and decided with ``raiseDispute(_:actor:in:)`` and ``decideDispute(_:disputeID:actor:in:)``.
    @discardableResult
    public static func transitionEvaluation(id: String, to status: EvaluationStatus, at time: Date, actor: String,
                                            in transaction: DatabaseTransaction) throws -> Evaluation {
        let db = transaction.database
        guard let stored = try EvaluationRows.load(id: id, in: db)?.evaluation else { throw QualityStoreError.unknownEvaluation(id) }
        var writer = EvaluationWriter(actor: actor, db: db)
        do {
            if status == .submitted {
                let card = try writer.scorecard(stored.scorecardKey, stored.scorecardVersion).scorecard
                let (submitted, score) = try stored.submitted(with: card, at: time)
                _ = try writer.save(submitted, score: score)
                return submitted
            }
            let moved = try stored.transitioned(to: status, at: time)
            _ = try writer.save(moved, score: nil)
            return moved
        } catch let error as EvaluationError {
            throw QualityStoreError.evaluation(error)
        }
    }

    /// The stored evaluation with this id, exactly as saved (answers in order, dispute history),
    /// or nil.
    public static func evaluation(id: String, in transaction: DatabaseTransaction) throws -> Evaluation? {
        let db = transaction.database
        return try EvaluationRows.load(id: id, in: db)?.evaluation
    }

    /// The evaluations of `agent` (the organisation's person key) whose interaction falls on
    /// `from` through `to` (both included; either may be left open), by interaction date and time.
    public static func evaluations(agent: String, from: LocalDate? = nil, to: LocalDate? = nil, in transaction: DatabaseTransaction) throws -> [Evaluation] {
        let db = transaction.database
        return try evaluations(person: "e.agent_key", key: agent, from: from, to: to, in: db)
    }

    /// The evaluations `evaluator` made of interactions on `from` through `to` (both included;
    /// either may be left open), by interaction date and time.
    public static func evaluations(evaluator: String, from: LocalDate? = nil, to: LocalDate? = nil,
                                   in transaction: DatabaseTransaction) throws -> [Evaluation] {
        let db = transaction.database
        return try evaluations(person: "e.evaluator_key", key: evaluator, from: from, to: to, in: db)
    }

    private static func evaluations(person column: String, key: String, from: LocalDate?, to: LocalDate?,
                                    in db: Database) throws -> [Evaluation] {
        var condition = "\(column) = ?"
        var arguments: StatementArguments = [key]
        if let from {
            condition += " AND e.interaction_date >= ?"
            arguments += [from.description]
        }
        if let to {
            condition += " AND e.interaction_date <= ?"
            arguments += [to.description]
        }
        return try EvaluationRows.load(where: condition, arguments: arguments, in: db).map(\.evaluation)
    }
}
