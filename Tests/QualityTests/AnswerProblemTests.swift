import Testing
@testable import Quality

private typealias Fixture = QualityFixture

@Suite("Bad answers are refused with every problem named")
struct AnswerProblemTests {
    private func problems(_ answers: [Answer], card: Scorecard = Fixture.card) -> [AnswerProblem]? {
        let error = #expect(throws: ScoringError.self) { try ScoringEngine.score(answers, with: card) }
        guard case .invalidAnswers(let problems)? = error else { return nil }
        return problems
    }

    @Test("all problems are reported at once: answers in the order given, then missing ones in card order")
    func allProblemsAtOnce() {
        let answers = [
            Answer("hold-music", .yes),                 // unknown criterion
            Answer("greeting", .scale(1)),              // wrong kind for yes/no
            Answer("name-used", .scale(5)),             // off the scale
            Answer("resolved", .choice("maybe")),       // unknown choice
            Answer("greeting", .yes),                   // answered twice
            Answer("verify-identity", .yes),
        ]
        #expect(problems(answers) == [
            .unknownCriterion("hold-music"),
            .wrongValueType(criterionID: "greeting", value: .scale(1), expected: "yes or no"),
            .valueOffScale(criterionID: "name-used", value: 5, allowed: [0, 1, 2]),
            .unknownChoice(criterionID: "resolved", choice: "maybe", allowed: ["full", "partial", "wrong"]),
            .duplicateAnswer(criterionID: "greeting"),
            .missingAnswer(criterionID: "disclosure"),
            .missingAnswer(criterionID: "upsell"),
        ])
    }

    @Test("N/A where the criterion does not allow it is refused")
    func notApplicableNotAllowed() {
        #expect(problems(Fixture.answers(["greeting": .notApplicable, "resolved": .notApplicable])) == [
            .notApplicableNotAllowed(criterionID: "greeting"),
            .notApplicableNotAllowed(criterionID: "resolved"),
        ])
    }

    @Test("a missing answer is not N/A, but a bonus criterion may be left unanswered")
    func missingIsNotNotApplicable() throws {
        #expect(problems(Array(Fixture.answers().dropLast())) == [.missingAnswer(criterionID: "upsell")])
        #expect(try Fixture.score().score == 100)
    }

    @Test("values of the wrong kind say what was expected", arguments: [
        ("name-used", AnswerValue.yes, "a scale value, one of 0, 1, 2"),
        ("resolved", AnswerValue.scale(3), "a choice, one of full, partial, wrong"),
        ("upsell", AnswerValue.choice("yes"), "yes or no"),
    ])
    func wrongKind(criterion: String, value: AnswerValue, expected: String) {
        #expect(problems(Fixture.answers([criterion: value])) == [
            .wrongValueType(criterionID: criterion, value: value, expected: expected),
        ])
    }

    @Test("an unknown criterion answered twice is reported once")
    func unknownOnce() {
        let answers = Fixture.answers() + [Answer("hold-music", .yes), Answer("hold-music", .no)]
        #expect(problems(answers) == [.unknownCriterion("hold-music")])
    }

    @Test("problems read as sentences naming the criterion")
    func messages() {
        #expect(AnswerProblem.valueOffScale(criterionID: "name-used", value: 5, allowed: [0, 1, 2]).description
            == "criterion 'name-used': 5 is not on the scale (0, 1, 2)")
        #expect(AnswerProblem.notApplicableNotAllowed(criterionID: "greeting").description == "criterion 'greeting' does not allow N/A")
        #expect(AnswerProblem.unknownCriterion("hold-music").description == "answer for unknown criterion 'hold-music'")
        #expect(AnswerProblem.missingAnswer(criterionID: "upsell").description
            == "criterion 'upsell' is not answered (answer N/A explicitly where it does not apply)")
    }

    @Test("an invalid scorecard is refused before any answer is looked at")
    func invalidScorecard() {
        var card = Fixture.card
        card.sections[0].weight = 0
        let error = #expect(throws: ScoringError.self) { try ScoringEngine.score([], with: card) }
        guard case let .invalidScorecard(key, version, problems)? = error else {
            Issue.record("expected invalidScorecard, got \(String(describing: error))")
            return
        }
        #expect(key == "voice-call" && version == 1)
        #expect(problems.map(\.path) == ["sections[0].weight"])
    }
}
