import Testing
@testable import Quality

private typealias Fixture = QualityFixture

/// Properties that hold for any valid card and answers, drawn from a seeded generator.
@Suite("Scoring properties over random scorecards")
struct ScoringPropertyTests {
    /// 300 random cards, each with one random answer set.
    static let cases: [(card: Scorecard, answers: [Answer])] = {
        var random = RandomScorecards(seed: 20_261_123)
        return (0..<300).map { index in
            let card = random.scorecard(index: index)
            return (card, random.answers(for: card))
        }
    }()

    @Test("generated cards are valid")
    func generatedCardsValid() {
        for (card, _) in Self.cases { #expect(card.validate().isEmpty, "\(card.key): \(card.validate())") }
    }

    @Test("every score is nil or within 0…100, sections and criteria too")
    func scoreInRange() throws {
        for (card, answers) in Self.cases {
            let result = try ScoringEngine.score(answers, with: card)
            for score in [result.score, result.scoreIgnoringCriticals] + result.sections.flatMap({ [$0.score, $0.scoreIgnoringCriticals] }) {
                if let score { #expect((0...100).contains(score), "\(card.key): \(score)") }
            }
            for criterion in result.criteria {
                if let fraction = criterion.fraction { #expect((0...1).contains(fraction)) }
            }
            #expect(result.bonusAdded <= result.bonusEarned)
        }
    }

    @Test("best answers everywhere score exactly 100 and pass")
    func fullAnswersScoreHundred() throws {
        for (card, _) in Self.cases {
            let result = try ScoringEngine.score(RandomScorecards.fullAnswers(for: card), with: card)
            #expect(result.score == 100, "\(card.key)")
            #expect(result.passed, "\(card.key): \(result.outcome)")
        }
    }

    @Test("a failed fail-evaluation criterion always gives 0 and a fail")
    func failAllGivesZero() throws {
        var seen = 0
        for (card, answers) in Self.cases {
            let result = try ScoringEngine.score(answers, with: card)
            guard !result.failedEvaluationBy.isEmpty else { continue }
            seen += 1
            #expect(result.score == 0)
            #expect(!result.passed)
            #expect(result.bonusAdded == 0)
        }
        #expect(seen > 20, "the generator should produce fail-evaluation errors")
    }

    @Test("without a critical failure the gated score equals the score ignoring criticals")
    func noFailureNoGate() throws {
        for (card, answers) in Self.cases {
            let result = try ScoringEngine.score(answers, with: card)
            if result.criteria.allSatisfy({ !$0.failedCritical }) {
                #expect(result.score == result.scoreIgnoringCriticals, "\(card.key)")
            }
        }
    }

    @Test("renaming every id (sections, criteria, choices) changes no number")
    func renamingIsInvisible() throws {
        for (card, answers) in Self.cases.prefix(120) {
            let (renamedCard, renamedAnswers) = Self.renamed(card, answers)
            let original = try ScoringEngine.score(answers, with: card)
            let renamed = try ScoringEngine.score(renamedAnswers, with: renamedCard)
            #expect(renamed.score == original.score, "\(card.key)")
            #expect(renamed.scoreIgnoringCriticals == original.scoreIgnoringCriticals)
            #expect(renamed.sections.map(\.score) == original.sections.map(\.score))
            #expect(renamed.criteria.map(\.fraction) == original.criteria.map(\.fraction))
            #expect(renamed.passed == original.passed)
            #expect(renamed.criticalErrors.mapValues(Self.shape) == original.criticalErrors.mapValues(Self.shape))
        }
    }

    @Test("the order answers are given in changes nothing")
    func answerOrderIsInvisible() throws {
        var random = RandomScorecards(seed: 7)
        for (card, answers) in Self.cases.prefix(120) {
            let original = try ScoringEngine.score(answers, with: card)
            let shuffled = try ScoringEngine.score(answers.shuffled(using: &random), with: card)
            #expect(shuffled == original, "\(card.key)")
        }
    }

    @Test("turning one more answer to N/A never moves a score outside 0…100 and never errs where N/A is allowed")
    func moreNotApplicable() throws {
        var random = RandomScorecards(seed: 99)
        for (card, _) in Self.cases.prefix(100) {
            let answers = random.answers(for: card, notApplicable: 0.8)
            let result = try ScoringEngine.score(answers, with: card)
            if let score = result.score { #expect((0...100).contains(score)) }
            if result.failedEvaluationBy.isEmpty && result.sections.allSatisfy({ $0.isNotApplicable }) {
                #expect(result.score == nil)
            }
        }
    }

    /// A critical outcome without ids, which renaming changes.
    private static func shape(_ outcome: CriticalOutcome) -> String {
        switch outcome {
        case .passed: return "passed"
        case .failed(let ids): return "failed \(ids.count)"
        case .notApplicable: return "n/a"
        }
    }

    /// The card and answers with every id replaced by an unrelated one.
    private static func renamed(_ card: Scorecard, _ answers: [Answer]) -> (Scorecard, [Answer]) {
        func rename(_ id: String) -> String { "zz-" + String(id.reversed()) + "-\(id.count)" }
        var copy = card
        copy.sections = card.sections.map { section in
            var section = section
            section.id = rename(section.id)
            section.criteria = section.criteria.map { criterion in
                var criterion = criterion
                criterion.id = rename(criterion.id)
                if case .multipleChoice(let choices) = criterion.kind {
                    criterion.kind = .multipleChoice(choices.map { choice in
                        var choice = choice
                        choice.id = rename(choice.id)
                        return choice
                    })
                }
                return criterion
            }
            return section
        }
        let renamedAnswers = answers.map { answer in
            var answer = answer
            answer.criterionID = rename(answer.criterionID)
            if case .choice(let id) = answer.value { answer.value = .choice(rename(id)) }
            return answer
        }
        return (copy, renamedAnswers)
    }
}
