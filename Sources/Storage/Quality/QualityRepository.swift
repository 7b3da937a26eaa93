import GRDB
public import Quality

/// QA in the database: scorecard versions, evaluations with their scores, disputes with their
/// history, and the report queries over them.
///
/// ```swift
/// try database.write("importing the scorecard") { db in
///     try QualityRepository.importScorecard(card, actor: "ruta", in: db)        // .firstVersion
/// }
/// let (submitted, score) = try draft.submitted(with: card, at: now)
/// try database.write("saving the evaluation") { db in
///     try QualityRepository.saveEvaluation(submitted, score: score, actor: "ruta", in: db)
/// }
/// let month = try database.read { db in
///     try QualityRepository.agentMonthSummary(agent: "ana", month: november, in: db)
/// }
/// ```
///
/// Pass the `Database` of one write transaction: each operation lands whole, with its audit
/// entries (entities `scorecard`, `evaluation`, `dispute`), or not at all. The rules are the
/// domain's (``Scorecard/importDecision(storedVersions:)``, ``EvaluationStatus``,
/// ``DisputeReview``); refusals are ``QualityStoreError``s. Tables: ``QualityMigration``.
public enum QualityRepository {
    /// The audit log's entity for scorecard versions; the key is `key@version` (`voice-call@3`).
    public static let scorecardEntity = "scorecard"
    /// The audit log's entity for evaluations; the key is the evaluation id.
    public static let evaluationEntity = "evaluation"
    /// The audit log's entity for disputes; the key is the dispute id.
    public static let disputeEntity = "dispute"

    /// The statuses reports count: every evaluation past draft. A draft is unfinished work; a
    /// submitted score stands until a dispute decision changes it. Self-evaluations are never
    /// counted: they are the agent's own view, compared with the supervisor's in coaching.
    public static let reportedStatuses: Set<EvaluationStatus> = [.submitted, .acknowledged, .disputed, .final]
}
