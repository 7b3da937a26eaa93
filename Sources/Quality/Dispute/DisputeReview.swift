/// Raising and deciding disputes: pure functions that check who may do what, recompute the
/// score and keep the history.
///
/// ```swift
/// let disputed = try DisputeReview.raise(dispute, against: evaluation, scorecard: card)
/// let outcome = try DisputeReview.decide(decision, on: dispute, evaluation: disputed, scorecard: card)
/// outcome.evaluation.status            // .final
/// outcome.record.originalAnswers       // the answers before the decision
/// ```
///
/// One dispute per evaluation: the decision makes it final. Checks, in order, stop at the first
/// that fails: the evaluation matches, who acts, the evaluation's state, the scorecard, then the
/// dispute's or decision's content.
public enum DisputeReview {
    /// Checks `dispute` and moves the evaluation to disputed.
    ///
    /// - Throws: ``DisputeError`` when the dispute names another evaluation, the evaluation is a
    ///   self-evaluation, someone other than the evaluated agent raises it, the evaluation is
    ///   not submitted or acknowledged, `scorecard` is not the evaluation's version, no
    ///   criterion is named, a criterion is named twice or lacks a reason, or criteria are not
    ///   on the scorecard (all listed).
    public static func raise(_ dispute: Dispute, against evaluation: Evaluation, scorecard: Scorecard) throws(DisputeError) -> Evaluation {
        try checkParties(dispute, evaluation)
        guard evaluation.status == .submitted || evaluation.status == .acknowledged else {
            throw .notOpenToDispute(evaluation.status)
        }
        try checkContent(dispute, evaluation, scorecard)
        do {
            return try evaluation.moved(to: .disputed, at: dispute.raisedAt)
        } catch {
            throw .evaluation(error)
        }
    }

    /// Checks `decision`, applies its revised answers, rescores, and closes the evaluation.
    ///
    /// - Throws: ``DisputeError`` when the evaluation is not disputed or the dispute does not
    ///   check out (as in ``raise(_:against:scorecard:)``), the reviewer is the evaluator or the
    ///   agent, the comment is empty, the decision predates the dispute, answers of undisputed
    ///   criteria are revised, an accepted dispute leaves a disputed answer unchanged, an
    ///   accepted or partly accepted one changes nothing, a rejected one revises anything, or
    ///   the revised answers do not fit the scorecard.
    public static func decide(_ decision: DisputeDecision, on dispute: Dispute, evaluation: Evaluation,
                              scorecard: Scorecard) throws(DisputeError) -> DisputeOutcome {
        try checkParties(dispute, evaluation)
        guard evaluation.status == .disputed else { throw .notDisputed(evaluation.status) }
        try checkContent(dispute, evaluation, scorecard)
        guard decision.reviewerID != evaluation.evaluatorID else { throw .reviewerIsEvaluator(decision.reviewerID) }
        guard decision.reviewerID != evaluation.agentID else { throw .reviewerIsAgent(decision.reviewerID) }
        guard !decision.comment.allSatisfy(\.isWhitespace) else { throw .missingComment }
        guard decision.decidedAt >= dispute.raisedAt else { throw .decidedBeforeRaised }

        let disputed = Set(dispute.criterionIDs)
        let undisputed = unique(decision.revisedAnswers.map(\.criterionID).filter { !disputed.contains($0) })
        guard undisputed.isEmpty else { throw .revisesUndisputedCriteria(undisputed) }

        let original = Dictionary(evaluation.answers.map { ($0.criterionID, $0.value) }, uniquingKeysWith: { first, _ in first })
        let revised = Dictionary(decision.revisedAnswers.map { ($0.criterionID, $0.value) }, uniquingKeysWith: { first, _ in first })
        let changed = dispute.criterionIDs.filter { id in revised[id].map { $0 != original[id] } ?? false }
        switch decision.verdict {
        case .rejected:
            guard decision.revisedAnswers.isEmpty else {
                throw .rejectedWithRevisions(unique(decision.revisedAnswers.map(\.criterionID)))
            }
        case .accepted, .partlyAccepted:
            guard !changed.isEmpty else { throw .acceptedWithoutChange(decision.verdict) }
            let unchanged = dispute.criterionIDs.filter { !changed.contains($0) }
            if decision.verdict == .accepted && !unchanged.isEmpty { throw .acceptedLeavesUnchanged(unchanged) }
        }

        do {
            return try close(evaluation, with: decision, on: dispute, changed: changed, scorecard: scorecard)
        } catch {
            throw .evaluation(error)
        }
    }

    /// Rescores before and after the revision and builds the closed evaluation and its record.
    private static func close(_ evaluation: Evaluation, with decision: DisputeDecision, on dispute: Dispute,
                              changed: [String], scorecard: Scorecard) throws(EvaluationError) -> DisputeOutcome {
        let answers = applying(decision.revisedAnswers, to: evaluation.answers)
        let before = try evaluation.score(with: scorecard)
        try evaluation.check(answers, against: scorecard)
        let after: ScoreResult
        do {
            after = try ScoringEngine.score(answers, with: scorecard)
        } catch {
            throw .scoring(error)
        }
        let record = DisputeRecord(
            dispute: dispute, decision: decision, originalAnswers: evaluation.answers, changedCriteria: changed,
            scoreBefore: before.score, scoreAfter: after.score, outcomeBefore: before.outcome, outcomeAfter: after.outcome)
        let closed = try evaluation.decided(answers: answers, record: record, at: decision.decidedAt)
        return DisputeOutcome(evaluation: closed, score: after, record: record)
    }

    /// The dispute is about this evaluation, which is not a self-evaluation, and the agent raised it.
    private static func checkParties(_ dispute: Dispute, _ evaluation: Evaluation) throws(DisputeError) {
        guard dispute.evaluationID == evaluation.id else {
            throw .wrongEvaluation(disputeNames: dispute.evaluationID, evaluation: evaluation.id)
        }
        guard !evaluation.isSelfEvaluation else { throw .selfEvaluation }
        guard dispute.raisedBy == evaluation.agentID else {
            throw .notRaisedByAgent(raisedBy: dispute.raisedBy, agentID: evaluation.agentID)
        }
    }

    /// The scorecard is the evaluation's, and the dispute names its criteria once each, with reasons.
    private static func checkContent(_ dispute: Dispute, _ evaluation: Evaluation, _ scorecard: Scorecard) throws(DisputeError) {
        do {
            try evaluation.check([], against: scorecard)
        } catch {
            throw .evaluation(error)
        }
        guard !dispute.items.isEmpty else { throw .noCriteria }
        var seen: Set<String> = []
        for item in dispute.items where !seen.insert(item.criterionID).inserted {
            throw .criterionDisputedTwice(item.criterionID)
        }
        let unknown = dispute.criterionIDs.filter { scorecard.criterion(id: $0) == nil }
        guard unknown.isEmpty else { throw .criteriaNotOnScorecard(unknown) }
        for item in dispute.items where item.reason.allSatisfy(\.isWhitespace) {
            throw .missingReason(criterionID: item.criterionID)
        }
    }

    /// `answers` with each revised criterion's answer replaced in place (or added when it was
    /// unanswered, as a bonus criterion may be); repeated revisions stay, for the engine to refuse.
    private static func applying(_ revisions: [Answer], to answers: [Answer]) -> [Answer] {
        var pending = revisions
        var result: [Answer] = answers.map { answer in
            guard let index = pending.firstIndex(where: { $0.criterionID == answer.criterionID }) else { return answer }
            return pending.remove(at: index)
        }
        result.append(contentsOf: pending)
        return result
    }

    private static func unique(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }
}
