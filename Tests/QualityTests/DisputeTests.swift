import Foundation
import Testing
@testable import Quality

private typealias Fixture = QualityFixture

@Suite("Disputes: the agent challenges, another reviewer decides, the score is recomputed, history kept")
struct DisputeTests {
    private let card = Fixture.card

    /// Ana's call, evaluated by Ruta: disclosure missed (compliance fails its section) and her
    /// name used once. Score (1·0.75 + 2·0 + 2·1) / 5 = 55 %.
    private func evaluation() throws -> Evaluation {
        try Fixture.submittedEvaluation(["disclosure": .no, "name-used": .scale(1)])
    }

    private func dispute(_ items: [DisputedCriterion] = [DisputedCriterion("disclosure", reason: "Read at 0:05, before the hold")],
                         by agent: String = "ana", minutes: Double = 30) -> Dispute {
        Dispute(id: "d-1", evaluationID: "ev-1", raisedBy: agent, items: items, raisedAt: Fixture.at(minutes: minutes))
    }

    private func decision(_ verdict: DisputeVerdict, _ revised: [Answer] = [], reviewer: String = "lina",
                          comment: String = "Checked the recording", minutes: Double = 120) -> DisputeDecision {
        DisputeDecision(reviewerID: reviewer, verdict: verdict, revisedAnswers: revised, comment: comment,
                        decidedAt: Fixture.at(minutes: minutes))
    }

    private func disputed(_ dispute: Dispute) throws -> Evaluation {
        try DisputeReview.raise(dispute, against: evaluation(), scorecard: card)
    }

    @Test("an accepted dispute revises the answer, rescores, closes the evaluation and keeps the original answers")
    func accepted() throws {
        let original = try evaluation()
        #expect(try Fixture.isClose(original.score(with: card).score, 55))
        let raised = try DisputeReview.raise(dispute(), against: original, scorecard: card)
        #expect(raised.status == .disputed)
        let outcome = try DisputeReview.decide(decision(.accepted, [Answer("disclosure", .yes, comment: "Read at 0:05")]),
                                               on: dispute(), evaluation: raised, scorecard: card)
        // After: (0.75 + 2 + 2) / 5 = 95 %.
        #expect(Fixture.isClose(outcome.score.score, 95))
        #expect(outcome.evaluation.status == .final)
        #expect(outcome.evaluation.answers.first { $0.criterionID == "disclosure" }?.value == .yes)
        #expect(outcome.evaluation.answers.map(\.criterionID) == original.answers.map(\.criterionID))
        #expect(outcome.evaluation.updatedAt == Fixture.at(minutes: 120))
        #expect(outcome.record.originalAnswers == original.answers)
        #expect(outcome.record.changedCriteria == ["disclosure"])
        #expect(Fixture.isClose(outcome.record.scoreBefore, 55))
        #expect(Fixture.isClose(outcome.record.scoreAfter, 95))
        #expect(outcome.record.outcomeBefore == .belowPassMark(score: try #require(outcome.record.scoreBefore), passMark: 80))
        #expect(outcome.record.outcomeAfter == .passed)
        #expect(outcome.evaluation.disputeHistory == [outcome.record])
    }

    @Test("a partly accepted dispute changes some disputed answers and keeps the others")
    func partlyAccepted() throws {
        let items = [DisputedCriterion("disclosure", reason: "Read at 0:05"), DisputedCriterion("name-used", reason: "Used it three times")]
        let outcome = try DisputeReview.decide(decision(.partlyAccepted, [Answer("disclosure", .yes)]),
                                               on: dispute(items), evaluation: disputed(dispute(items)), scorecard: card)
        #expect(outcome.record.changedCriteria == ["disclosure"])
        #expect(outcome.evaluation.answers.first { $0.criterionID == "name-used" }?.value == .scale(1))
        #expect(Fixture.isClose(outcome.score.score, 95))
    }

    @Test("a rejected dispute changes nothing but still closes the evaluation with the history kept")
    func rejected() throws {
        let outcome = try DisputeReview.decide(decision(.rejected, comment: "The disclosure was not read"),
                                               on: dispute(), evaluation: disputed(dispute()), scorecard: card)
        #expect(outcome.evaluation.answers == (try evaluation()).answers)
        #expect(Fixture.isClose(outcome.score.score, 55))
        #expect(outcome.record.changedCriteria.isEmpty)
        #expect(outcome.evaluation.status == .final)
        #expect(outcome.evaluation.disputeHistory.count == 1)
    }

    @Test("only the evaluated agent may dispute")
    func onlyTheAgent() throws {
        #expect(throws: DisputeError.notRaisedByAgent(raisedBy: "team-lead", agentID: "ana")) {
            try DisputeReview.raise(dispute(by: "team-lead"), against: evaluation(), scorecard: card)
        }
    }

    @Test("a self-evaluation cannot be disputed")
    func notSelfEvaluation() throws {
        let own = try Fixture.submittedEvaluation(agent: "ana", evaluator: "ana")
        #expect(throws: DisputeError.selfEvaluation) { try DisputeReview.raise(dispute(), against: own, scorecard: card) }
    }

    @Test("only submitted or acknowledged evaluations can be disputed")
    func openStates() throws {
        let acknowledged = try evaluation().transitioned(to: .acknowledged, at: Fixture.at(minutes: 20))
        #expect(try DisputeReview.raise(dispute(), against: acknowledged, scorecard: card).status == .disputed)
        let closed = try evaluation().transitioned(to: .final, at: Fixture.at(minutes: 20))
        #expect(throws: DisputeError.notOpenToDispute(.final)) { try DisputeReview.raise(dispute(), against: closed, scorecard: card) }
    }

    @Test("a decided dispute cannot be raised again: the evaluation is final")
    func oneDisputePerEvaluation() throws {
        let outcome = try DisputeReview.decide(decision(.rejected), on: dispute(), evaluation: disputed(dispute()), scorecard: card)
        #expect(throws: DisputeError.notOpenToDispute(.final)) {
            try DisputeReview.raise(dispute(), against: outcome.evaluation, scorecard: card)
        }
    }

    @Test("only criteria on the scorecard, each once, each with a reason")
    func disputeContent() throws {
        #expect(throws: DisputeError.criteriaNotOnScorecard(["hold-music", "tone"])) {
            try disputed(dispute([DisputedCriterion("hold-music", reason: "x"), DisputedCriterion("greeting", reason: "y"),
                                  DisputedCriterion("tone", reason: "z")]))
        }
        #expect(throws: DisputeError.criterionDisputedTwice("greeting")) {
            try disputed(dispute([DisputedCriterion("greeting", reason: "x"), DisputedCriterion("greeting", reason: "y")]))
        }
        #expect(throws: DisputeError.missingReason(criterionID: "greeting")) {
            try disputed(dispute([DisputedCriterion("greeting", reason: "  ")]))
        }
        #expect(throws: DisputeError.noCriteria) { try disputed(dispute([])) }
    }

    @Test("the reviewer is neither the original evaluator nor the agent")
    func reviewer() throws {
        let raised = try disputed(dispute())
        let revised = [Answer("disclosure", .yes)]
        #expect(throws: DisputeError.reviewerIsEvaluator("ruta")) {
            try DisputeReview.decide(decision(.accepted, revised, reviewer: "ruta"), on: dispute(), evaluation: raised, scorecard: card)
        }
        #expect(throws: DisputeError.reviewerIsAgent("ana")) {
            try DisputeReview.decide(decision(.accepted, revised, reviewer: "ana"), on: dispute(), evaluation: raised, scorecard: card)
        }
    }

    @Test("revised answers are only for disputed criteria")
    func onlyDisputedRevised() throws {
        #expect(throws: DisputeError.revisesUndisputedCriteria(["greeting"])) {
            try DisputeReview.decide(decision(.accepted, [Answer("disclosure", .yes), Answer("greeting", .no)]),
                                     on: dispute(), evaluation: disputed(dispute()), scorecard: card)
        }
    }

    @Test("verdicts must match the revisions: accepted changes every disputed answer, partly at least one, rejected none")
    func verdictsMatchRevisions() throws {
        let items = [DisputedCriterion("disclosure", reason: "Read it"), DisputedCriterion("name-used", reason: "Used it")]
        let raised = try disputed(dispute(items))
        #expect(throws: DisputeError.acceptedLeavesUnchanged(["name-used"])) {
            try DisputeReview.decide(decision(.accepted, [Answer("disclosure", .yes)]), on: dispute(items), evaluation: raised, scorecard: card)
        }
        #expect(throws: DisputeError.acceptedWithoutChange(.partlyAccepted)) {
            try DisputeReview.decide(decision(.partlyAccepted, [Answer("disclosure", .no, comment: "same value")]),
                                     on: dispute(items), evaluation: raised, scorecard: card)
        }
        #expect(throws: DisputeError.rejectedWithRevisions(["disclosure"])) {
            try DisputeReview.decide(decision(.rejected, [Answer("disclosure", .no)]), on: dispute(items), evaluation: raised, scorecard: card)
        }
    }

    @Test("revised answers must fit the scorecard")
    func revisedAnswersChecked() throws {
        let items = [DisputedCriterion("resolved", reason: "Fully resolved")]
        let raised = try disputed(dispute(items))
        #expect(throws: DisputeError.evaluation(.scoring(.invalidAnswers([.notApplicableNotAllowed(criterionID: "resolved")])))) {
            try DisputeReview.decide(decision(.accepted, [Answer("resolved", .notApplicable)]), on: dispute(items),
                                     evaluation: raised, scorecard: card)
        }
    }

    @Test("a decision needs a comment, a date after the dispute, and a disputed evaluation")
    func decisionBasics() throws {
        let raised = try disputed(dispute())
        let revised = [Answer("disclosure", .yes)]
        #expect(throws: DisputeError.missingComment) {
            try DisputeReview.decide(decision(.accepted, revised, comment: ""), on: dispute(), evaluation: raised, scorecard: card)
        }
        #expect(throws: DisputeError.decidedBeforeRaised) {
            try DisputeReview.decide(decision(.accepted, revised, minutes: 10), on: dispute(), evaluation: raised, scorecard: card)
        }
        #expect(throws: DisputeError.notDisputed(.submitted)) {
            try DisputeReview.decide(decision(.accepted, revised), on: dispute(), evaluation: evaluation(), scorecard: card)
        }
    }

    @Test("a dispute about another evaluation, or with another scorecard version, is refused")
    func wrongTargets() throws {
        var other = dispute()
        other.evaluationID = "ev-2"
        #expect(throws: DisputeError.wrongEvaluation(disputeNames: "ev-2", evaluation: "ev-1")) {
            try DisputeReview.raise(other, against: evaluation(), scorecard: card)
        }
        var version2 = card
        version2.version = 2
        #expect(throws: DisputeError.evaluation(.scorecardMismatch(evaluationUses: "voice-call v1", given: "voice-call v2"))) {
            try DisputeReview.raise(dispute(), against: evaluation(), scorecard: version2)
        }
    }

    @Test("a dispute can award a bonus the evaluator left unanswered")
    func awardBonus() throws {
        let items = [DisputedCriterion("empathy-extra", reason: "I stayed on to rebook her flight")]
        let outcome = try DisputeReview.decide(decision(.accepted, [Answer("empathy-extra", .yes)]), on: dispute(items),
                                               evaluation: disputed(dispute(items)), scorecard: card)
        #expect(Fixture.isClose(outcome.score.score, 57))
        #expect(outcome.evaluation.answers.last == Answer("empathy-extra", .yes))
    }

    @Test("dispute errors read as sentences")
    func messages() {
        #expect(DisputeError.notRaisedByAgent(raisedBy: "team-lead", agentID: "ana").description
            == "only the evaluated agent ('ana') may dispute the evaluation, not 'team-lead'")
        #expect(DisputeError.acceptedLeavesUnchanged(["name-used"]).description
            == "an accepted dispute changes every disputed answer; 'name-used' stays the same (use partly accepted)")
    }
}
