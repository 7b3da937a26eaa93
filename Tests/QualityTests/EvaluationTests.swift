import CivilTime
import Testing
@testable import Quality

private typealias Fixture = QualityFixture

@Suite("Evaluations: the version they keep, the interaction they judge")
struct EvaluationTests {
    private func draft(_ answers: [Answer] = Fixture.answers(), channel: InteractionChannel = .voice,
                       version: Int = 1, duration: Double? = 412) throws -> Evaluation {
        let call = try InteractionReference(id: "c-1", channel: channel, date: Fixture.monday, durationSeconds: duration)
        return try Evaluation(id: "ev-1", scorecardKey: "voice-call", scorecardVersion: version, evaluatorID: "ruta",
                              agentID: "ana", interaction: call, answers: answers, createdAt: Fixture.created)
    }

    @Test("submitting checks the answers and reports every problem")
    func submitChecksAnswers() throws {
        let evaluation = try draft([Answer("greeting", .notApplicable)])
        let error = #expect(throws: EvaluationError.self) { try evaluation.submitted(with: Fixture.card, at: Fixture.at(minutes: 5)) }
        guard case .scoring(.invalidAnswers(let problems))? = error else {
            Issue.record("expected answer problems, got \(String(describing: error))")
            return
        }
        #expect(problems.first == .notApplicableNotAllowed(criterionID: "greeting"))
        #expect(problems.count == 6, "N/A refused and five criteria unanswered")
    }

    @Test("an evaluation keeps its scorecard version: scoring with another version is refused")
    func keepsVersion() throws {
        var version2 = Fixture.card
        version2.version = 2
        #expect(throws: EvaluationError.scorecardMismatch(evaluationUses: "voice-call v1", given: "voice-call v2")) {
            try draft().score(with: version2)
        }
    }

    @Test("a card written for voice does not score a chat")
    func channel() throws {
        #expect(throws: EvaluationError.channelNotOnScorecard(channel: .chat, scorecard: "voice-call v1")) {
            try draft(channel: .chat).score(with: Fixture.card)
        }
    }

    @Test("evidence timestamps must fall within the interaction; quotes are free")
    func evidence() throws {
        var answers = Fixture.answers()
        answers[2].evidence = [.quote("Can you confirm your date of birth?"), .timestamp(seconds: 500)]
        #expect(throws: EvaluationError.evidenceOutsideInteraction(criterionID: "verify-identity", seconds: 500, durationSeconds: 412)) {
            try draft(answers).score(with: Fixture.card)
        }
        answers[2].evidence = [.timestamp(seconds: 42.5)]
        #expect(try draft(answers).score(with: Fixture.card).score == 100)
        answers[2].evidence = [.timestamp(seconds: 5000)]
        #expect(try draft(answers, duration: nil).score(with: Fixture.card).score == 100, "no duration, no upper bound")
    }

    @Test("self-evaluation is evaluator == agent")
    func selfEvaluation() throws {
        #expect(try Fixture.submittedEvaluation(agent: "ana", evaluator: "ana").isSelfEvaluation)
        #expect(try !Fixture.submittedEvaluation().isSelfEvaluation)
    }

    @Test("bad fields are refused with the field named", arguments: [
        ("", "ana", 1, "evaluation id"), ("ev-1", " ", 1, "agent id"), ("ev-1", "ana", 0, "scorecard version"),
    ])
    func badFields(id: String, agent: String, version: Int, field: String) throws {
        let call = try Fixture.call()
        let error = #expect(throws: EvaluationError.self) {
            try Evaluation(id: id, scorecardKey: "voice-call", scorecardVersion: version, evaluatorID: "ruta",
                           agentID: agent, interaction: call, createdAt: Fixture.created)
        }
        guard case let .invalidField(named, _, _)? = error else { return }
        #expect(named == field)
    }

    @Test("an update time before the creation time is refused")
    func updateBeforeCreate() throws {
        let call = try Fixture.call()
        #expect(throws: EvaluationError.self) {
            try Evaluation(id: "ev-1", scorecardKey: "voice-call", scorecardVersion: 1, evaluatorID: "ruta", agentID: "ana",
                           interaction: call, createdAt: Fixture.created, updatedAt: Fixture.at(minutes: -1))
        }
    }

    @Test("interaction references refuse empty ids, times past midnight and negative durations")
    func interactionFields() {
        #expect(throws: EvaluationError.self) { try InteractionReference(id: "", channel: .voice, date: Fixture.monday) }
        #expect(throws: EvaluationError.self) {
            try InteractionReference(id: "c", channel: .voice, date: Fixture.monday, startSecondOfDay: 86_400)
        }
        #expect(throws: EvaluationError.self) {
            try InteractionReference(id: "c", channel: .email, date: Fixture.monday, durationSeconds: -1)
        }
    }

    @Test("evidence reads as a clock position or a quote")
    func evidenceText() {
        #expect(Evidence.timestamp(seconds: 83.4).description == "at 1:23")
        #expect(Evidence.quote("I'll just update it").description == "\"I'll just update it\"")
    }
}
