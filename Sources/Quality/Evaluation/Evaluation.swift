import Foundation

/// One evaluator's judgement of one interaction of one agent against one scorecard version.
///
/// ```swift
/// let evaluation = try Evaluation(id: "ev-1", scorecardKey: "voice-call", scorecardVersion: 3,
///                                 evaluatorID: "qa-ruta", agentID: "ana", interaction: call,
///                                 answers: answers, createdAt: now)
/// let (submitted, score) = try evaluation.submitted(with: card, at: later)
/// ```
///
/// The evaluation keeps the scorecard version it was made with, so a newer version never
/// rescores it. Changes return new values: answers while a draft (``withAnswers(_:at:)``), the
/// status by the table in ``EvaluationStatus`` (``transitioned(to:at:)``), and disputes by
/// ``DisputeReview``, which appends to ``disputeHistory``. People are referred to by id.
public struct Evaluation: Hashable, Sendable {
    public let id: String
    public let scorecardKey: String
    public let scorecardVersion: Int
    public let evaluatorID: String
    public let agentID: String
    public let interaction: InteractionReference
    public private(set) var answers: [Answer]
    public private(set) var status: EvaluationStatus
    public let createdAt: Date
    public private(set) var updatedAt: Date
    /// Every decided dispute, oldest first, each with the answers as they were before it.
    public private(set) var disputeHistory: [DisputeRecord]

    /// Builds an evaluation in any state (Storage rebuilds stored ones the same way).
    ///
    /// - Throws: ``EvaluationError/invalidField(field:value:requirement:)`` for empty ids, a
    ///   version below 1, or `updatedAt` before `createdAt`.
    public init(id: String, scorecardKey: String, scorecardVersion: Int, evaluatorID: String, agentID: String,
                interaction: InteractionReference, answers: [Answer] = [], status: EvaluationStatus = .draft,
                createdAt: Date, updatedAt: Date? = nil, disputeHistory: [DisputeRecord] = []) throws(EvaluationError) {
        for (field, value) in [("evaluation id", id), ("scorecard key", scorecardKey),
                               ("evaluator id", evaluatorID), ("agent id", agentID)] where value.allSatisfy(\.isWhitespace) {
            throw .invalidField(field: field, value: value, requirement: "must not be empty")
        }
        guard scorecardVersion >= 1 else {
            throw .invalidField(field: "scorecard version", value: String(scorecardVersion), requirement: "must be 1 or more")
        }
        let updated = updatedAt ?? createdAt
        guard updated >= createdAt else {
            throw .invalidField(field: "updated at", value: updated.description, requirement: "must not be before created at")
        }
        self.id = id
        self.scorecardKey = scorecardKey
        self.scorecardVersion = scorecardVersion
        self.evaluatorID = evaluatorID
        self.agentID = agentID
        self.interaction = interaction
        self.answers = answers
        self.status = status
        self.createdAt = createdAt
        self.updatedAt = updated
        self.disputeHistory = disputeHistory
    }

    /// True when agents judged themselves: such evaluations are never acknowledged or disputed.
    public var isSelfEvaluation: Bool { evaluatorID == agentID }

    /// `voice-call v3`: the scorecard version this evaluation uses.
    public var scorecardLabel: String { "\(scorecardKey) v\(scorecardVersion)" }

    /// The same evaluation with other answers; only drafts change answers.
    public func withAnswers(_ answers: [Answer], at time: Date) throws(EvaluationError) -> Evaluation {
        guard status == .draft else { throw .answersLocked(status) }
        var copy = self
        copy.answers = answers
        copy.updatedAt = max(updatedAt, time)
        return copy
    }

    /// The evaluation moved to `next` by the status table.
    ///
    /// - Throws: ``EvaluationError/illegalTransition(from:to:)`` for steps the table lacks,
    ///   ``EvaluationError/notForSelfEvaluation(_:)`` for acknowledging or disputing one's own
    ///   evaluation, ``EvaluationError/disputeStepOutsideReview(from:to:)`` for entering or
    ///   leaving `disputed` (use ``DisputeReview``). Submitting should go through
    ///   ``submitted(with:at:)``, which checks the answers first.
    public func transitioned(to next: EvaluationStatus, at time: Date) throws(EvaluationError) -> Evaluation {
        if next == .disputed || status == .disputed {
            guard status.canMove(to: next) else { throw .illegalTransition(from: status, to: next) }
            throw .disputeStepOutsideReview(from: status, to: next)
        }
        return try moved(to: next, at: time)
    }

    /// Checks the answers against `scorecard` and moves the draft to submitted.
    public func submitted(with scorecard: Scorecard, at time: Date) throws(EvaluationError) -> (evaluation: Evaluation, score: ScoreResult) {
        guard status.canMove(to: .submitted) else { throw .illegalTransition(from: status, to: .submitted) }
        let result = try score(with: scorecard)
        return (try moved(to: .submitted, at: time), result)
    }

    /// Scores the answers with `scorecard`, which must be the version the evaluation uses and
    /// cover the interaction's channel; evidence timestamps must fall within the interaction.
    public func score(with scorecard: Scorecard) throws(EvaluationError) -> ScoreResult {
        try check(answers, against: scorecard)
        do {
            return try ScoringEngine.score(answers, with: scorecard)
        } catch {
            throw .scoring(error)
        }
    }

    /// The table step without the dispute guard (``DisputeReview`` uses it).
    func moved(to next: EvaluationStatus, at time: Date) throws(EvaluationError) -> Evaluation {
        guard status.canMove(to: next) else { throw .illegalTransition(from: status, to: next) }
        if isSelfEvaluation && (next == .acknowledged || next == .disputed) { throw .notForSelfEvaluation(next) }
        var copy = self
        copy.status = next
        copy.updatedAt = max(updatedAt, time)
        return copy
    }

    /// The dispute decision's result: revised answers, final status, one more history record.
    func decided(answers revised: [Answer], record: DisputeRecord, at time: Date) throws(EvaluationError) -> Evaluation {
        var copy = try moved(to: .final, at: time)
        copy.answers = revised
        copy.disputeHistory.append(record)
        return copy
    }

    /// Scorecard identity, channel and evidence checks shared by scoring and disputes.
    func check(_ answers: [Answer], against scorecard: Scorecard) throws(EvaluationError) {
        guard scorecard.key == scorecardKey, scorecard.version == scorecardVersion else {
            throw .scorecardMismatch(evaluationUses: scorecardLabel, given: scorecard.label)
        }
        guard scorecard.channels.contains(interaction.channel) else {
            throw .channelNotOnScorecard(channel: interaction.channel, scorecard: scorecard.label)
        }
        for answer in answers {
            for case let .timestamp(seconds) in answer.evidence {
                let limit = interaction.durationSeconds ?? .infinity
                guard seconds.isFinite, seconds >= 0, seconds <= limit else {
                    throw .evidenceOutsideInteraction(criterionID: answer.criterionID, seconds: seconds,
                                                      durationSeconds: interaction.durationSeconds)
                }
            }
        }
    }
}
