import Testing
@testable import Quality

private typealias Fixture = QualityFixture

/// Worked examples after QA vendors' public documentation. Vendors differ on several points;
/// each test says which convention Headset follows and why.
@Suite("Vendor documentation examples")
struct VendorExampleTests {
    /// Zendesk QA (formerly Klaus), "Understanding Zendesk QA Reviews dashboard calculations":
    /// https://support.zendesk.com/hc/en-us/articles/7043701093786
    /// Category score = (selected − scale minimum) ÷ (scale maximum − scale minimum): binary
    /// 0/100, 3-point 0/50/100, 4-point 0/33.3/66.6/100, 5-point 0/25/50/75/100.
    ///
    /// Headset's scale values are points earned (value ÷ top value), so a card reproduces the
    /// Zendesk table by numbering its points from 0; a 1–5 scale here earns 20 % for a 1
    /// (see ``ScoringRuleTests/scaleFraction()``), where Zendesk would give 0 %.
    @Test("Zendesk QA's rating-scale table is reproduced by scales numbered from 0", arguments: [
        (2, [0, 100]), (3, [0, 50, 100]), (4, [0, 100.0 / 3, 200.0 / 3, 100]), (5, [0, 25, 50, 75, 100]),
    ] as [(Int, [Double])])
    func zendeskRatingScales(points: Int, expected: [Double]) throws {
        let scale = (0..<points).map { ScalePoint(value: $0, label: TranslatedText("\($0 + 1)")) }
        let card = Fixture.singleSection([Criterion(id: "solution", label: "Solution", kind: .scale(scale))])
        let scores = try (0..<points).map { try ScoringEngine.score([Answer("solution", .scale($0))], with: card).score }
        for (score, want) in zip(scores, expected) { #expect(Fixture.isClose(score, want)) }
    }

    /// The category weights of the Klaus example team ("Team Meow"): critical GDPR and
    /// Language at 0.05 ("because they are either fail or pass"), Politeness 1, Explanation 2,
    /// Empathy 0.5, Solution 2, Upsell 1, Ticket data 1, Self-help 1, Summary note 1.
    /// https://support.klausapp.com/en/articles/3708118-dashboard-calculations-breakdown and
    /// https://support.zendesk.com/hc/en-us/articles/7043701093786
    /// Review score = Σ(category score × weight) ÷ Σ(weight) over the rated categories only
    /// ("not the skipped N/A ones"); a critical category rated below 50 % sets the review
    /// score to 0; the "Scores by category" card is computed "independent of fail categories".
    private static var klausCard: Scorecard {
        let fivePoint = (0..<5).map { ScalePoint(value: $0, label: TranslatedText("\($0 + 1)")) }
        let critical = CriticalRule(class: .compliance, effect: .failEvaluation)
        func binary(_ id: String, _ weight: Double, critical: CriticalRule? = nil) -> Criterion {
            Criterion(id: id, label: TranslatedText(id), kind: .yesNo, weight: weight, naAllowed: critical == nil, critical: critical)
        }
        func rated(_ id: String, _ weight: Double) -> Criterion {
            Criterion(id: id, label: TranslatedText(id), kind: .scale(fivePoint), weight: weight, naAllowed: true)
        }
        return Fixture.singleSection([
            binary("gdpr", 0.05, critical: critical), binary("language", 0.05, critical: critical),
            rated("politeness", 1), rated("explanation", 2), rated("empathy", 0.5), rated("solution", 2),
            binary("upsell", 1), binary("ticket-data", 1), binary("self-help", 1), binary("summary-note", 1),
        ])
    }

    private static func klausAnswers(gdpr: AnswerValue) -> [Answer] {
        [Answer("gdpr", gdpr), Answer("language", .yes), Answer("politeness", .scale(4)), Answer("explanation", .scale(3)),
         Answer("empathy", .scale(2)), Answer("solution", .scale(4)), Answer("upsell", .notApplicable),
         Answer("ticket-data", .yes), Answer("self-help", .no), Answer("summary-note", .notApplicable)]
    }

    @Test("Zendesk QA / Klaus: the weighted review score skips N/A categories")
    func klausWeightedReview() throws {
        // Rated: gdpr 1·0.05, language 1·0.05, politeness 1·1, explanation 0.75·2, empathy 0.5·0.5,
        // solution 1·2, ticket data 1·1, self-help 0·1 → 5.85 over weights 7.6 (upsell and
        // summary note skipped) = 76.97 %.
        let result = try ScoringEngine.score(Self.klausAnswers(gdpr: .yes), with: Self.klausCard)
        #expect(Fixture.isClose(result.score, 100 * 5.85 / 7.6))
        #expect(result.section("main")?.notApplicableCriteria == ["upsell", "summary-note"])
    }

    @Test("Zendesk QA / Klaus: a failed critical category zeroes the review; category results stay")
    func klausCriticalZeroes() throws {
        let result = try ScoringEngine.score(Self.klausAnswers(gdpr: .no), with: Self.klausCard)
        #expect(result.score == 0)
        #expect(!result.passed)
        // "Scores by category … independent of fail categories": per-criterion results keep their values.
        #expect(result.criterion("politeness")?.fraction == 1)
        #expect(result.criterion("explanation")?.fraction == 0.75)
        #expect(Fixture.isClose(result.scoreIgnoringCriticals, 100 * 5.8 / 7.6))
    }

    @Test("Zendesk QA fails a critical 5-point category below 50 %; Headset fails only the lowest point")
    func criticalThresholdDiffers() throws {
        // A rating of 2 of 5 is 25 %: a Zendesk critical category fails on it. Headset's rule is
        // the lowest point only, so a card that wants Zendesk's behaviour uses a yes/no or a
        // multiple choice with both low answers marked fails-critical.
        let fivePoint = (0..<5).map { ScalePoint(value: $0, label: TranslatedText("\($0 + 1)")) }
        let card = Fixture.singleSection([
            Criterion(id: "gdpr", label: "GDPR", kind: .scale(fivePoint), critical: CriticalRule(class: .compliance, effect: .failEvaluation)),
        ])
        let two = try ScoringEngine.score([Answer("gdpr", .scale(1))], with: card)
        #expect(two.score == 25)
        #expect(two.criticalErrors[.compliance] == .passed)
        let one = try ScoringEngine.score([Answer("gdpr", .scale(0))], with: card)
        #expect(one.outcome == .failedByCritical(["gdpr"]))
    }

    /// Evaluagent, "How do I configure how the system treats line items scored as Not
    /// Applicable or Auto-fail":
    /// http://support.evaluagent.com/en/articles/13284840-how-do-i-configure-how-the-system-treats-line-items-questions-scored-as-not-applicable-or-auto-fail
    /// N/A is either "converted to a score of 1 (treated as pass)" or "removed from
    /// calculations … as if they were not on the scorecard at all". Headset removes N/A.
    @Test("Evaluagent's 'removed from calculations': N/A scores as if the criterion were not on the card")
    func evaluagentNotApplicableRemoved() throws {
        var withoutUpsell = Fixture.card
        withoutUpsell.sections[2].criteria.remove(at: 1)
        let answers = Fixture.answers(["resolved": .choice("partial"), "upsell": .notApplicable])
        let removed = try ScoringEngine.score(answers, with: Fixture.card)
        let absent = try ScoringEngine.score(answers.filter { $0.criterionID != "upsell" }, with: withoutUpsell)
        #expect(removed.score == absent.score)
        // The other convention, N/A as a pass, would give resolution (3·⅓ + 1) / 4 = ½ and 80 %;
        // removal gives resolution ⅓ and (1 + 2 + 2·⅓) / 5 = 73.33 %.
        let expected: Double = 100 * (3 + 2.0 / 3) / 5
        #expect(Fixture.isClose(removed.score, expected))
        #expect(Fixture.isClose(try Fixture.score(["resolved": .choice("partial"), "upsell": .yes]).score, 80))
    }

    /// Same Evaluagent page: an auto-fail item makes the outcome Fail "regardless of whether the
    /// overall evaluation quality score exceeds the scorecard pass rate", and the score is either
    /// "set … to 0%" or the "calculated result" is shown. Headset sets `score` to 0 and keeps
    /// the calculated result apart as `scoreIgnoringCriticals`.
    @Test("Evaluagent's auto-fail: outcome Fail above the pass rate; score 0 with the calculated result kept")
    func evaluagentAutoFail() throws {
        // Ignoring criticals: compliance (2·0 + 1) / 3 = ⅓; overall (1 + ⅔ + 2) / 5 = 73.33 %.
        let result = try Fixture.score(["verify-identity": .no])
        #expect(result.score == 0)
        let expected: Double = 100 * (3 + 2.0 / 3) / 5
        #expect(Fixture.isClose(result.scoreIgnoringCriticals, expected))
        #expect(!result.passed)
        // And above the pass mark the auto-fail still decides: a card with pass mark 50.
        var lenient = Fixture.card
        lenient.passMark = 50
        let lenientResult = try ScoringEngine.score(Fixture.answers(["verify-identity": .no]), with: lenient)
        #expect(try #require(lenientResult.scoreIgnoringCriticals) > 50)
        #expect(lenientResult.outcome == .failedByCritical(["verify-identity"]))
    }

    /// Playvox, "Scorecard bonus sections": https://help.playvox.com/en/articles/5517906-scorecard-bonus-sections
    /// "with the addition of Bonus sections, you can allow evaluators to assign additional
    /// points over and above 100 … (for a maximum score of 120 points)". Other tools cap: the
    /// SassieShop "Cap bonuses" setting keeps scores from going over 100 %
    /// (https://help.sassieshop.com/support/solutions/articles/9000185203-survey-settings-related-to-scoring).
    /// Headset caps at 100 so scores stay percentages comparable across cards.
    @Test("Playvox lets a 20-point bonus reach 120; Headset caps the same evaluation at 100")
    func playvoxBonusCapped() throws {
        let card = Fixture.singleSection([
            Criterion(id: "accuracy", label: "Accurate", kind: .yesNo),
            Criterion(id: "delight", label: "Delighted the customer", kind: .yesNo, bonusPoints: 20),
        ])
        let result = try ScoringEngine.score([Answer("accuracy", .yes), Answer("delight", .yes)], with: card)
        #expect(result.bonusEarned == 20, "Playvox would show 100 + 20 = 120")
        #expect(result.score == 100)
        #expect(result.bonusAdded == 0)
    }

    /// Playvox, "Scorecard groups": https://help.playvox.com/en/articles/3698625-scorecard-groups
    /// "By default Customer-critical, business critical and compliance critical groups are
    /// created as COPC suggests", and a group-fail answer gives "a zero for the whole group".
    /// Headset's critical classes are the same three COPC groups; a failure zeroes the
    /// criterion's section (or the evaluation) and is counted per class in ``CriticalAccuracy``.
    @Test("the critical classes are COPC's customer-, business- and compliance-critical groups")
    func copcGroups() {
        #expect(CriticalClass.allCases.map(\.description) == ["customer-critical", "business-critical", "compliance-critical"])
    }

    /// Radar Software, "Audit scoring explained":
    /// https://help.radarsoftware.co.uk/support/solutions/articles/17000091639-audit-scoring-explained
    /// "a Yes answer will score 1, a No will score 0 and an N/A will be discounted from all
    /// calculations … the first answer is a Yes (1 mark), the second is a No (0 marks). Out of
    /// 2 possible marks, this audit scored 1 … 50%".
    @Test("Radar Software's audit example: Yes, No and an N/A score 50 %")
    func radarAudit() throws {
        let card = Fixture.singleSection([
            Criterion(id: "q1", label: "First", kind: .yesNo, naAllowed: true),
            Criterion(id: "q2", label: "Second", kind: .yesNo, naAllowed: true),
            Criterion(id: "q3", label: "Third", kind: .yesNo, naAllowed: true),
        ])
        let result = try ScoringEngine.score([Answer("q1", .yes), Answer("q2", .no), Answer("q3", .notApplicable)], with: card)
        #expect(result.score == 50)
    }

    /// Quinto, "N/A rating option": https://help.quinto.work/hc/n-a-rating-option
    /// "if one question was rated N/A in an assessment with 10 questions, we treat the
    /// assessment as if there were only 9 questions. However, if a question is left unrated, we
    /// treat that as a below-target rating." Headset agrees that missing is not N/A but refuses
    /// a missing answer instead of scoring it low, so a forgotten question never silently costs
    /// the agent points.
    @Test("Quinto's nine-of-ten N/A example, and a missing answer refused rather than scored low")
    func quintoNotApplicableVersusMissing() throws {
        let criteria = (1...10).map { Criterion(id: "q\($0)", label: TranslatedText("Question \($0)"), kind: .yesNo, naAllowed: true) }
        let card = Fixture.singleSection(criteria)
        // Eight yes, one no, one N/A: 8 of 9 questions = 88.89 %.
        var answers = (1...8).map { Answer("q\($0)", .yes) } + [Answer("q9", .no), Answer("q10", .notApplicable)]
        #expect(Fixture.isClose(try ScoringEngine.score(answers, with: card).score, 800.0 / 9))
        answers.removeLast()
        #expect(throws: ScoringError.invalidAnswers([.missingAnswer(criterionID: "q10")])) {
            try ScoringEngine.score(answers, with: card)
        }
    }
}
