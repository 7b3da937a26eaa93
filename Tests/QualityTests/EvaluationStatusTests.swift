import Testing
@testable import Quality

private typealias Fixture = QualityFixture

@Suite("Evaluation status: an explicit transition table")
struct EvaluationStatusTests {
    @Test("the table allows exactly these steps")
    func table() {
        let allowed = Dictionary(uniqueKeysWithValues: EvaluationStatus.allCases.map { ($0, $0.allowedNext) })
        #expect(allowed == [
            .draft: [.submitted],
            .submitted: [.draft, .acknowledged, .disputed, .final],
            .acknowledged: [.disputed, .final],
            .disputed: [.final],
            .final: [],
        ])
    }

    @Test("every step outside the table is refused with the allowed steps named", arguments: EvaluationStatus.allCases)
    func illegalSteps(from: EvaluationStatus) throws {
        let evaluation = try Evaluation(id: "ev-1", scorecardKey: "voice-call", scorecardVersion: 1, evaluatorID: "ruta",
                                        agentID: "ana", interaction: Fixture.call(), status: from, createdAt: Fixture.created)
        for to in EvaluationStatus.allCases where !from.canMove(to: to) {
            #expect(throws: EvaluationError.illegalTransition(from: from, to: to)) {
                try evaluation.transitioned(to: to, at: Fixture.at(minutes: 5))
            }
        }
    }

    @Test("the normal path: draft → submitted → acknowledged → final, stamping the update time")
    func normalPath() throws {
        let draft = try Evaluation(id: "ev-1", scorecardKey: "voice-call", scorecardVersion: 1, evaluatorID: "ruta",
                                   agentID: "ana", interaction: Fixture.call(), answers: Fixture.answers(), createdAt: Fixture.created)
        let (submitted, score) = try draft.submitted(with: Fixture.card, at: Fixture.at(minutes: 10))
        #expect(score.score == 100)
        let acknowledged = try submitted.transitioned(to: .acknowledged, at: Fixture.at(minutes: 60))
        let closed = try acknowledged.transitioned(to: .final, at: Fixture.at(minutes: 90))
        #expect(closed.status == .final)
        #expect(closed.updatedAt == Fixture.at(minutes: 90))
        #expect(closed.createdAt == Fixture.created)
    }

    @Test("a submitted evaluation may be recalled to draft before the agent acts")
    func recall() throws {
        let recalled = try Fixture.submittedEvaluation().transitioned(to: .draft, at: Fixture.at(minutes: 20))
        #expect(recalled.status == .draft)
        #expect(try recalled.withAnswers(Fixture.answers(["greeting": .no]), at: Fixture.at(minutes: 21)).answers[0].value == .no)
    }

    @Test("disputes are entered and left only through DisputeReview")
    func disputeStepsGuarded() throws {
        let submitted = try Fixture.submittedEvaluation()
        #expect(throws: EvaluationError.disputeStepOutsideReview(from: .submitted, to: .disputed)) {
            try submitted.transitioned(to: .disputed, at: Fixture.at(minutes: 20))
        }
        let disputed = try Evaluation(id: "ev-1", scorecardKey: "voice-call", scorecardVersion: 1, evaluatorID: "ruta",
                                      agentID: "ana", interaction: Fixture.call(), status: .disputed, createdAt: Fixture.created)
        #expect(throws: EvaluationError.disputeStepOutsideReview(from: .disputed, to: .final)) {
            try disputed.transitioned(to: .final, at: Fixture.at(minutes: 20))
        }
    }

    @Test("a self-evaluation goes from submitted straight to final and is never acknowledged")
    func selfEvaluation() throws {
        let own = try Fixture.submittedEvaluation(agent: "ana", evaluator: "ana")
        #expect(own.isSelfEvaluation)
        #expect(throws: EvaluationError.notForSelfEvaluation(.acknowledged)) {
            try own.transitioned(to: .acknowledged, at: Fixture.at(minutes: 20))
        }
        #expect(try own.transitioned(to: .final, at: Fixture.at(minutes: 20)).status == .final)
    }

    @Test("answers are locked once submitted")
    func answersLocked() throws {
        let submitted = try Fixture.submittedEvaluation()
        #expect(throws: EvaluationError.answersLocked(.submitted)) {
            try submitted.withAnswers([], at: Fixture.at(minutes: 20))
        }
    }

    @Test("illegal-transition messages list the allowed steps")
    func message() {
        #expect(EvaluationError.illegalTransition(from: .acknowledged, to: .draft).description
            == "an evaluation cannot go from acknowledged to draft (from acknowledged: disputed, final)")
        #expect(EvaluationError.illegalTransition(from: .final, to: .draft).description
            == "an evaluation cannot go from final to draft (final is final)")
    }
}
