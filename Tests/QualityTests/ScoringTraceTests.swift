import Testing
@testable import Quality

private typealias Fixture = QualityFixture

@Suite("Scoring trace: what N/A removed, which critical failed what, which bonus added what")
struct ScoringTraceTests {
    @Test("N/A removals name the criterion, its weight and the section title")
    func notApplicableMessage() throws {
        let result = try Fixture.score(["upsell": .notApplicable])
        #expect(result.explanation.contains("N/A removed upsell (weight 1) from section 'Resolution'"))
        #expect(result.trace.contains { $0.kind == .notApplicableRemoved(criterionID: "upsell", sectionID: "resolution", weight: 1) })
    }

    @Test("a failed section names the critical criterion and its class")
    func failedSectionMessage() throws {
        let result = try Fixture.score(["disclosure": .no])
        #expect(result.explanation.contains("Section 'Compliance' failed by critical criterion disclosure (compliance-critical)"))
    }

    @Test("a failed evaluation says the score was set to 0 and what it would have been")
    func failedEvaluationMessages() throws {
        let result = try Fixture.score(["verify-identity": .no])
        #expect(result.explanation.contains(
            "Section 'Compliance' failed by critical criterion verify-identity (compliance-critical; fails the evaluation)"))
        #expect(result.explanation.contains("Evaluation failed by critical criterion verify-identity (compliance-critical): score set to 0%"))
        #expect(result.explanation.contains("Overall score 0%: a fail-evaluation criterion failed (ignoring critical criteria it would be 73.33%)"))
        #expect(result.explanation.last == "Failed by critical criterion verify-identity")
    }

    @Test("bonus entries say what was added, and when the cap cut it")
    func bonusMessages() throws {
        let added = try Fixture.score(["name-used": .scale(1)], bonus: .yes)
        #expect(added.explanation.contains("Bonus empathy-extra added 2 points"))
        let capped = try Fixture.score(bonus: .yes)
        #expect(capped.explanation.contains("Bonus empathy-extra added 0 of 2 points (capped at 100)"))
        let withheld = try Fixture.score(["verify-identity": .no], bonus: .yes)
        #expect(withheld.explanation.contains("Bonus empathy-extra (2 points) not added: the evaluation failed on a critical criterion"))
    }

    @Test("the trace runs section by section, then fail-evaluation, bonus, overall and outcome")
    func order() throws {
        let result = try Fixture.score(["upsell": .notApplicable, "verify-identity": .notApplicable,
                                        "disclosure": .notApplicable, "name-used": .scale(1)], bonus: .yes)
        #expect(result.explanation == [
            "Section 'Opening' scored 75% (weight 1)",
            "N/A removed verify-identity (weight 2) from section 'Compliance'",
            "N/A removed disclosure (weight 1) from section 'Compliance'",
            "Section 'Compliance' is N/A: all its criteria were N/A, so its weight 2 leaves the overall",
            "N/A removed upsell (weight 1) from section 'Resolution'",
            "Section 'Resolution' scored 100% (weight 2)",
            "Bonus empathy-extra added 2 points",
            "Overall score 93.67% over 2 of 3 sections",
            "Passed: 93.67% reaches the pass mark 80%",
        ])
    }

    @Test("an outcome below the pass mark says by how much")
    func belowPassMarkMessage() throws {
        let result = try Fixture.score(["disclosure": .no])
        #expect(result.explanation.last == "Failed: 60% is below the pass mark 80%")
    }
}
