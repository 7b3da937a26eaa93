import Testing
@testable import Quality

private typealias Fixture = QualityFixture

@Suite("Critical-error accuracy per class, kept apart from the score")
struct CriticalAccuracyTests {
    @Test("accuracy is error-free evaluations over evaluations where the class applied")
    func perClass() throws {
        let results = try [
            Fixture.score(),                                                               // both classes pass
            Fixture.score(["disclosure": .no]),                                            // compliance error
            Fixture.score(["verify-identity": .notApplicable, "disclosure": .notApplicable]), // compliance N/A
            Fixture.score(["resolved": .choice("wrong")]),                                 // customer error
        ]
        let accuracy = CriticalAccuracy(results)
        #expect(accuracy.tally(for: .compliance) == .init(applicable: 3, errorFree: 2))
        #expect(Fixture.isClose(accuracy.percent(for: .compliance), 200.0 / 3))
        #expect(accuracy.tally(for: .customer) == .init(applicable: 4, errorFree: 3))
        #expect(accuracy.percent(for: .customer) == 75)
        #expect(accuracy.tally(for: .customer).withErrors == 1)
        #expect(accuracy.percent(for: .business) == nil, "no card has business-critical criteria")
    }

    @Test("one evaluation with two errors of a class counts once for that class")
    func oneEvaluationOneCount() throws {
        let result = try Fixture.score(["verify-identity": .no, "disclosure": .no])
        #expect(result.criticalErrors[.compliance] == .failed(["verify-identity", "disclosure"]))
        #expect(CriticalAccuracy([result]).tally(for: .compliance) == .init(applicable: 1, errorFree: 0))
    }

    @Test("accuracy and score are independent: a high average score can hide a compliance error rate")
    func independentOfScore() throws {
        // Nine perfect calls and one with a missed disclosure (fail-section): the average score
        // is (9 × 100 + 60) / 10 = 96, yet compliance accuracy is 90 %.
        let results = try (0..<9).map { _ in try Fixture.score() } + [Fixture.score(["disclosure": .no])]
        let average = results.compactMap(\.score).reduce(0, +) / Double(results.count)
        #expect(Fixture.isClose(average, 96))
        #expect(CriticalAccuracy(results).percent(for: .compliance) == 90)
    }

    @Test("results of different scorecards add up per class")
    func acrossScorecards() throws {
        let billing = Fixture.singleSection([
            Criterion(id: "fee-correct", label: "Charged the right fee", kind: .yesNo,
                      critical: CriticalRule(class: .business, effect: .failSection)),
        ])
        var accuracy = CriticalAccuracy([try Fixture.score()])
        accuracy.add(try ScoringEngine.score([Answer("fee-correct", .no)], with: billing))
        #expect(accuracy.tally(for: .business) == .init(applicable: 1, errorFree: 0))
        #expect(accuracy.tally(for: .compliance) == .init(applicable: 1, errorFree: 1))
    }
}
