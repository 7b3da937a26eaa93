import Testing
@testable import Quality

private typealias Fixture = QualityFixture

/// Hand-computed examples for every scoring rule, on ``QualityFixture/card``:
/// opening (weight 1), compliance (2), resolution (2); see the fixture's table.
@Suite("Scoring rules, worked by hand")
struct ScoringRuleTests {
    @Test("full marks everywhere score exactly 100 and pass")
    func fullMarks() throws {
        let result = try Fixture.score()
        #expect(result.score == 100)
        #expect(result.outcome == .passed)
        #expect(result.passed)
        #expect(result.sections.map(\.score) == [100, 100, 100])
    }

    @Test("N/A removes a criterion and its weight from its section, and the section renormalises")
    func criterionNotApplicable() throws {
        // opening    = (1·1 + 1·½) / 2            = 0.75
        // compliance = 2·1 / 2 (disclosure N/A)   = 1
        // resolution = 3·⅓ / 3 (upsell N/A)       = ⅓
        // overall    = (1·0.75 + 2·1 + 2·⅓) / 5   = 0.68333…
        let result = try Fixture.score(["name-used": .scale(1), "disclosure": .notApplicable,
                                        "resolved": .choice("partial"), "upsell": .notApplicable])
        let expected: Double = 100 * (0.75 + 2 + 2.0 / 3) / 5
        #expect(Fixture.isClose(result.score, expected))
        #expect(Fixture.isClose(result.section("opening")?.score, 75))
        #expect(result.section("compliance")?.score == 100)
        #expect(result.section("compliance")?.weightUsed == 2)
        #expect(result.section("compliance")?.notApplicableCriteria == ["disclosure"])
        #expect(Fixture.isClose(result.section("resolution")?.score, 100.0 / 3))
        #expect(result.section("resolution")?.weightUsed == 3)
        #expect(result.section("resolution")?.notApplicableCriteria == ["upsell"])
        #expect(result.outcome == .belowPassMark(score: try #require(result.score), passMark: 80))
    }

    @Test("a section whose criteria are all N/A is N/A, and its weight leaves the overall")
    func sectionNotApplicable() throws {
        // opening 0.75, compliance N/A, resolution 1: overall = (1·0.75 + 2·1) / (1 + 2) = 0.91666…
        let result = try Fixture.score(["name-used": .scale(1), "verify-identity": .notApplicable,
                                        "disclosure": .notApplicable])
        #expect(result.section("compliance")?.isNotApplicable == true)
        #expect(result.section("compliance")?.weightUsed == 0)
        #expect(Fixture.isClose(result.score, 100 * 2.75 / 3))
        #expect(result.criticalErrors[.compliance] == .notApplicable)
        #expect(result.criticalErrors[.customer] == .passed)
        #expect(result.passed)
    }

    @Test("a fail-section criterion zeroes its section, which keeps its weight in the overall")
    func failSection() throws {
        // compliance before gates = (2·1 + 1·0) / 3 = ⅔; after the gate 0, weight 2 kept.
        // overall = (1·1 + 2·0 + 2·1) / 5 = 0.6; ignoring criticals = (1 + 2·⅔ + 2) / 5 = 0.8666…
        let result = try Fixture.score(["disclosure": .no])
        #expect(Fixture.isClose(result.score, 60))
        let expected: Double = 100 * (3 + 4.0 / 3) / 5
        #expect(Fixture.isClose(result.scoreIgnoringCriticals, expected))
        #expect(result.section("compliance")?.score == 0)
        #expect(Fixture.isClose(result.section("compliance")?.scoreIgnoringCriticals, 200.0 / 3))
        #expect(result.section("compliance")?.failedBy == ["disclosure"])
        #expect(result.failedEvaluationBy.isEmpty)
        #expect(result.outcome == .belowPassMark(score: 60, passMark: 80))
        #expect(result.criticalErrors[.compliance] == .failed(["disclosure"]))
    }

    @Test("fail-section beats N/A: the failed section is not renormalised away when its other criteria are N/A")
    func failSectionBeatsNotApplicable() throws {
        // verify-identity N/A, disclosure No: compliance is 0 and counts with weight 2.
        // overall = (1 + 0 + 2) / 5 = 0.6, not (1 + 2) / 3 = 1 as if the section were N/A.
        let result = try Fixture.score(["verify-identity": .notApplicable, "disclosure": .no])
        #expect(Fixture.isClose(result.score, 60))
        #expect(result.section("compliance")?.score == 0)
        #expect(result.section("compliance")?.notApplicableCriteria == ["verify-identity"])
    }

    @Test("fail-evaluation beats everything: score 0 and failed, whatever else was answered")
    func failEvaluation() throws {
        // Everything else full and the bonus earned: still 0. Ignoring criticals:
        // compliance = (2·0 + 1·1) / 3 = ⅓; overall = (1 + 2·⅓ + 2) / 5 = 0.7333…, + 2 bonus.
        let result = try Fixture.score(["verify-identity": .no], bonus: .yes)
        #expect(result.score == 0)
        #expect(result.outcome == .failedByCritical(["verify-identity"]))
        #expect(!result.passed)
        #expect(result.failedEvaluationBy == ["verify-identity"])
        #expect(result.bonusEarned == 2)
        #expect(result.bonusAdded == 0)
        let expected: Double = 100 * (3 + 2.0 / 3) / 5 + 2
        #expect(Fixture.isClose(result.scoreIgnoringCriticals, expected))
    }

    @Test("a fail-evaluation criterion also fails its own section; other sections keep their scores")
    func failEvaluationFailsItsSection() throws {
        let result = try Fixture.score(["verify-identity": .no, "name-used": .scale(1)])
        #expect(result.section("compliance")?.score == 0)
        #expect(result.section("compliance")?.failedBy == ["verify-identity"])
        #expect(Fixture.isClose(result.section("opening")?.score, 75))
        #expect(result.section("resolution")?.score == 100)
    }

    @Test("fail-evaluation gives 0, not 'no score', even when every other criterion is N/A")
    func failEvaluationBeatsAllNotApplicable() throws {
        let card = Fixture.singleSection([
            Criterion(id: "consent", label: "Asked for consent", kind: .yesNo,
                      critical: CriticalRule(class: .compliance, effect: .failEvaluation)),
            Criterion(id: "tone", label: "Friendly tone", kind: .yesNo, naAllowed: true),
        ])
        let result = try ScoringEngine.score([Answer("consent", .no), Answer("tone", .notApplicable)], with: card)
        #expect(result.score == 0)
        #expect(result.outcome == .failedByCritical(["consent"]))
    }

    @Test("two critical failures: fail-evaluation and fail-section both reported, precedence to fail-evaluation")
    func bothGates() throws {
        let result = try Fixture.score(["verify-identity": .no, "resolved": .choice("wrong")])
        #expect(result.score == 0)
        #expect(result.section("resolution")?.failedBy == ["resolved"])
        #expect(result.criticalErrors[.customer] == .failed(["resolved"]))
        #expect(result.criticalErrors[.compliance] == .failed(["verify-identity"]))
        #expect(result.outcome == .failedByCritical(["verify-identity"]))
    }

    @Test("per-criterion results ignore every gate")
    func criterionResultsIgnoreGates() throws {
        let result = try Fixture.score(["verify-identity": .no, "resolved": .choice("partial"), "name-used": .scale(1)])
        #expect(result.score == 0)
        let fractions = result.criteria.map(\.fraction)
        #expect(fractions == [1, 0.5, 0, 1, 1.0 / 3, 1, nil])
        #expect(result.criterion("verify-identity")?.failedCritical == true)
        #expect(result.criterion("disclosure")?.failedCritical == false)
        #expect(result.criterion("empathy-extra")?.isNotApplicable == true)
    }

    @Test("a bonus adds its points to the overall")
    func bonusAdds() throws {
        // opening 0.75 → overall (0.75 + 2 + 2) / 5 = 0.95 → 95 + 2 = 97.
        let result = try Fixture.score(["name-used": .scale(1)], bonus: .yes)
        #expect(Fixture.isClose(result.score, 97))
        #expect(result.bonusEarned == 2)
        #expect(result.bonusAdded == 2)
        #expect(result.criterion("empathy-extra")?.bonusPoints == 2)
    }

    @Test("bonuses are capped at 100, applied in card order")
    func bonusCap() throws {
        // Ten yes/no criteria, nine yes: 90. Bonuses of 6 and 6: the first adds 6, the second 4 of 6.
        var criteria = (1...10).map { Criterion(id: "c\($0)", label: "Criterion \($0)", kind: .yesNo) }
        criteria.append(Criterion(id: "b1", label: "Bonus one", kind: .yesNo, bonusPoints: 6))
        criteria.append(Criterion(id: "b2", label: "Bonus two", kind: .yesNo, bonusPoints: 6))
        let card = Fixture.singleSection(criteria)
        var answers = (1...9).map { Answer("c\($0)", .yes) } + [Answer("c10", .no)]
        answers += [Answer("b1", .yes), Answer("b2", .yes)]
        let result = try ScoringEngine.score(answers, with: card)
        #expect(Fixture.isClose(result.score, 100))
        #expect(result.bonusEarned == 12)
        #expect(Fixture.isClose(result.bonusAdded, 10))
        #expect(result.scoreIgnoringCriticals == 100)
        let added = result.trace.compactMap { entry -> Double? in
            if case let .bonusAdded(_, added, _) = entry.kind { return added }
            return nil
        }
        #expect(added.count == 2 && Fixture.isClose(added[0], 6) && Fixture.isClose(added[1], 4))
    }

    @Test("a bonus on a scale earns its share of the bonus points")
    func bonusOnScale() throws {
        let card = Fixture.singleSection([
            Criterion(id: "accuracy", label: "Accurate", kind: .yesNo),
            Criterion(id: "wow", label: "Delighted the customer",
                      kind: .scale([ScalePoint(value: 0, label: "No"), ScalePoint(value: 1, label: "Some"),
                                    ScalePoint(value: 4, label: "Yes")]),
                      bonusPoints: 8),
        ])
        // accuracy No → 0; wow 1 of 4 → 8 × ¼ = 2 bonus points → 2.
        let result = try ScoringEngine.score([Answer("accuracy", .no), Answer("wow", .scale(1))], with: card)
        #expect(result.score == 2)
        #expect(result.bonusAdded == 2)
    }

    @Test("everything N/A gives no score, not a pass, and withholds bonuses")
    func everythingNotApplicable() throws {
        let card = Fixture.singleSection([
            Criterion(id: "hold", label: "Asked before holding", kind: .yesNo, naAllowed: true),
            Criterion(id: "transfer", label: "Warm transfer", kind: .yesNo, naAllowed: true),
            Criterion(id: "extra", label: "Extra", kind: .yesNo, bonusPoints: 5),
        ])
        let result = try ScoringEngine.score(
            [Answer("hold", .notApplicable), Answer("transfer", .notApplicable), Answer("extra", .yes)], with: card)
        #expect(result.score == nil)
        #expect(result.scoreIgnoringCriticals == nil)
        #expect(result.outcome == .notScored)
        #expect(!result.passed)
        #expect(result.bonusEarned == 5)
        #expect(result.bonusAdded == 0)
        #expect(result.trace.contains { $0.kind == .bonusWithheld(criterionID: "extra", earned: 5, reason: .nothingScored) })
    }

    @Test("a scale earns value ÷ top value, so a 1–5 scale earns 20 % for a 1")
    func scaleFraction() throws {
        let scale = (1...5).map { ScalePoint(value: $0, label: TranslatedText(String($0))) }
        let card = Fixture.singleSection([Criterion(id: "tone", label: "Tone", kind: .scale(scale))])
        let fractions = try (1...5).map { try ScoringEngine.score([Answer("tone", .scale($0))], with: card).score }
        #expect(fractions == [20, 40, 60, 80, 100])
    }

    @Test("a critical scale fails on its lowest point only")
    func criticalScaleLowestPoint() throws {
        let scale = (1...5).map { ScalePoint(value: $0, label: TranslatedText(String($0))) }
        let card = Fixture.singleSection([
            Criterion(id: "accuracy", label: "Information accuracy", kind: .scale(scale),
                      critical: CriticalRule(class: .customer, effect: .failEvaluation)),
        ])
        let lowest = try ScoringEngine.score([Answer("accuracy", .scale(1))], with: card)
        let next = try ScoringEngine.score([Answer("accuracy", .scale(2))], with: card)
        #expect(lowest.outcome == .failedByCritical(["accuracy"]))
        #expect(next.score == 40)
        #expect(next.criticalErrors[.customer] == .passed)
    }

    @Test("a multiple-choice criterion earns the chosen points ÷ the best choice's points")
    func choiceFraction() throws {
        let result = try Fixture.score(["resolved": .choice("partial")])
        // resolution = (3·⅓ + 1·1) / 4 = ½; overall = (1 + 2 + 2·½) / 5 = 0.8
        #expect(Fixture.isClose(result.section("resolution")?.score, 50))
        #expect(Fixture.isClose(result.score, 80))
        #expect(result.passed, "80 meets a pass mark of 80")
    }

    @Test("a fail-section choice fails the customer class and zeroes the resolution section")
    func failingChoice() throws {
        let result = try Fixture.score(["resolved": .choice("wrong")])
        // overall = (1 + 2 + 0) / 5 = 0.6
        #expect(Fixture.isClose(result.score, 60))
        #expect(result.criticalErrors[.customer] == .failed(["resolved"]))
        #expect(result.criticalErrors[.compliance] == .passed)
    }

    @Test("without a pass mark any scored evaluation free of fail-evaluation errors passes")
    func noPassMark() throws {
        let card = Fixture.singleSection([Criterion(id: "a", label: "A", kind: .yesNo), Criterion(id: "b", label: "B", kind: .yesNo)])
        let result = try ScoringEngine.score([Answer("a", .no), Answer("b", .no)], with: card)
        #expect(result.score == 0)
        #expect(result.passed)
    }

    @Test("a pass mark is met despite floating-point dust just below it")
    func passMarkTolerance() throws {
        // Weights 0.1 (No) and 0.3 (Yes): 0.3 / 0.4 is 74.99999999999999 % in floating point.
        let card = Fixture.singleSection([
            Criterion(id: "a", label: "A", kind: .yesNo, weight: 0.1),
            Criterion(id: "b", label: "B", kind: .yesNo, weight: 0.3),
        ], passMark: 75)
        let result = try ScoringEngine.score([Answer("a", .no), Answer("b", .yes)], with: card)
        #expect(try #require(result.score) < 75)
        #expect(Fixture.isClose(result.score, 75))
        #expect(result.passed)
    }
}
