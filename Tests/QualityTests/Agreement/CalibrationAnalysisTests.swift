import Testing
@testable import Quality

/// A two-call session worked by hand: the expert is the benchmark; criteria on 0–5, overall 0–100.
///
///              greeting        hold          overall
///              call-1 call-2   call-1 call-2 call-1 call-2
///     expert     4      2        3      5      80     60
///     ana        5      3        –      4      90     75
///     ben        3      2        3      –      70     55
@Suite("Calibration analysis")
struct CalibrationAnalysisTests {
    static let items = [
        CalibrationItem(interactionId: "call-1", ratings: [
            CalibrationRating(raterId: "expert", scores: ["greeting": 4, "hold": 3], overall: 80),
            CalibrationRating(raterId: "ana", scores: ["greeting": 5, "hold": nil], overall: 90),
            CalibrationRating(raterId: "ben", scores: ["greeting": 3, "hold": 3], overall: 70),
        ]),
        CalibrationItem(interactionId: "call-2", ratings: [
            CalibrationRating(raterId: "ana", scores: ["greeting": 3, "hold": 4], overall: 75),
            CalibrationRating(raterId: "ben", scores: ["greeting": 2], overall: 55),
            CalibrationRating(raterId: "expert", scores: ["greeting": 2, "hold": 5], overall: 60),
        ]),
    ]

    static func near(_ value: Double?, _ expected: Double) -> Bool {
        guard let value else { return false }
        return abs(value - expected) < 1e-12
    }

    @Test("each item shows the benchmark, every rater's deviation and the panel's spread")
    func perItem() throws {
        let session = try CalibrationAnalysis(items: Self.items, benchmarkRaterId: "expert")
        #expect(session.criteria.map(\.target) == [.criterion("greeting"), .criterion("hold")])
        let greeting = session.criteria[0]
        let first = greeting.items[0]
        #expect(first.interactionId == "call-1")
        #expect(first.benchmark == 4)
        #expect(first.deviations.map(\.raterId) == ["ana", "ben"])
        #expect(first.deviations.map(\.deviation) == [1, -1])
        #expect(first.meanAbsoluteDeviation == 1)
        #expect(first.scoreCount == 3)
        #expect(Self.near(first.standardDeviation, 1))                  // 3, 4, 5
        #expect(first.range == 2)

        let second = greeting.items[1]
        #expect(second.deviations.map(\.deviation) == [1, 0])
        #expect(second.meanAbsoluteDeviation == 0.5)
        #expect(Self.near(second.standardDeviation, (1.0 / 3).squareRoot()))   // 2, 2, 3
        #expect(second.range == 1)

        // Hold on call-1: ana marked it N/A, so only ben is compared.
        let hold = session.criteria[1].items[0]
        #expect(hold.deviations.map(\.raterId) == ["ben"])
        #expect(hold.standardDeviation == 0)
    }

    @Test("per criterion and overall: pooled deviation and alpha across items")
    func perCriterion() throws {
        let session = try CalibrationAnalysis(items: Self.items, benchmarkRaterId: "expert")
        let greeting = try #require(session.criteria[0].deviation)
        #expect(greeting.comparisons == 4)                               // +1, −1, +1, 0
        #expect(Self.near(greeting.meanDeviation, 0.25))
        #expect(Self.near(greeting.meanAbsoluteDeviation, 0.75))

        let overall = try #require(session.overall.deviation)
        #expect(overall.comparisons == 4)                                // +10, −10, +15, −5
        #expect(Self.near(overall.meanDeviation, 2.5))
        #expect(Self.near(overall.meanAbsoluteDeviation, 10))

        // Interval alpha by hand. Greeting: D_o = (12/2 + 4/2)/6, D_e = 82/30 → α = 21/41.
        // Hold: D_o = 2/4, D_e = 22/12 → α = 8/11. Overall: D_o = 1250/6, D_e = 10000/30 → α = 3/8.
        #expect(Self.near(session.criteria[0].agreement?.alpha, 21.0 / 41))
        #expect(Self.near(session.criteria[1].agreement?.alpha, 8.0 / 11))
        #expect(Self.near(session.overall.agreement?.alpha, 3.0 / 8))
        #expect(session.overall.agreement?.units == 2)
        #expect(session.overall.agreement?.pairableValues == 6)
    }

    @Test("each evaluator's leniency and mean absolute deviation, criteria and overall apart")
    func perEvaluator() throws {
        let session = try CalibrationAnalysis(items: Self.items, benchmarkRaterId: "expert")
        #expect(session.evaluators.map(\.raterId) == ["ana", "ben"])
        let ana = session.evaluators[0], ben = session.evaluators[1]

        #expect(ana.overall == DeviationSummary(comparisons: 2, meanDeviation: 12.5, meanAbsoluteDeviation: 12.5))
        #expect(ben.overall == DeviationSummary(comparisons: 2, meanDeviation: -7.5, meanAbsoluteDeviation: 7.5))

        let anaCriteria = try #require(ana.criteria)                      // +1, +1, −1
        #expect(anaCriteria.comparisons == 3)
        #expect(Self.near(anaCriteria.meanDeviation, 1.0 / 3))
        #expect(Self.near(anaCriteria.meanAbsoluteDeviation, 1))
        let benCriteria = try #require(ben.criteria)                      // −1, 0, 0
        #expect(benCriteria.comparisons == 3)
        #expect(Self.near(benCriteria.meanDeviation, -1.0 / 3))
        #expect(Self.near(benCriteria.meanAbsoluteDeviation, 1.0 / 3))

        #expect(ana.byCriterion["greeting"] == DeviationSummary(comparisons: 2, meanDeviation: 1, meanAbsoluteDeviation: 1))
        #expect(ana.byCriterion["hold"] == DeviationSummary(comparisons: 1, meanDeviation: -1, meanAbsoluteDeviation: 1))
        #expect(ben.byCriterion["hold"] == DeviationSummary(comparisons: 1, meanDeviation: 0, meanAbsoluteDeviation: 0))
    }

    @Test("criteria come in the order asked; one nobody scored has no deviation and no alpha")
    func criterionOrderAndUnscored() throws {
        let session = try CalibrationAnalysis(items: Self.items, benchmarkRaterId: "expert",
                                              criteria: ["hold", "empathy", "greeting"], level: .ordinal)
        #expect(session.criteria.map(\.target) == [.criterion("hold"), .criterion("empathy"), .criterion("greeting")])
        let empathy = session.criteria[1]
        #expect(empathy.deviation == nil)
        #expect(empathy.agreement == nil)
        #expect(empathy.items.allSatisfy { $0.benchmark == nil && $0.scoreCount == 0 && $0.range == nil })
        #expect(session.criteria[2].agreement?.level == .ordinal)
        #expect(session.evaluators[0].byCriterion["empathy"] == nil)
    }

    @Test("a benchmark N/A leaves that item without deviations but keeps its spread")
    func benchmarkNotApplicable() throws {
        let items = [CalibrationItem(interactionId: "chat-9", ratings: [
            CalibrationRating(raterId: "lead", scores: ["tone": nil], overall: 70),
            CalibrationRating(raterId: "kim", scores: ["tone": 2], overall: 72),
            CalibrationRating(raterId: "lou", scores: ["tone": 4], overall: 66),
        ])]
        let session = try CalibrationAnalysis(items: items, benchmarkRaterId: "lead")
        let tone = session.criteria[0].items[0]
        #expect(tone.benchmark == nil)
        #expect(tone.deviations.isEmpty)
        #expect(tone.meanAbsoluteDeviation == nil)
        #expect(tone.range == 2)
        #expect(session.evaluators.allSatisfy { $0.criteria == nil && $0.overall != nil })
    }

    @Test("duplicates, a missing benchmark and non-numbers are named")
    func errors() {
        let expert = CalibrationRating(raterId: "expert", scores: [:], overall: 80)
        let ana = CalibrationRating(raterId: "ana", scores: [:], overall: 70)
        #expect(throws: AgreementError.noSubjects) {
            try CalibrationAnalysis(items: [], benchmarkRaterId: "expert")
        }
        #expect(throws: AgreementError.duplicateItem(interactionId: "c1")) {
            try CalibrationAnalysis(items: [CalibrationItem(interactionId: "c1", ratings: [expert]),
                                            CalibrationItem(interactionId: "c1", ratings: [expert])],
                                    benchmarkRaterId: "expert")
        }
        #expect(throws: AgreementError.duplicateRating(interactionId: "c1", raterId: "ana")) {
            try CalibrationAnalysis(items: [CalibrationItem(interactionId: "c1", ratings: [expert, ana, ana])],
                                    benchmarkRaterId: "expert")
        }
        #expect(throws: AgreementError.benchmarkNotRated(interactionId: "c2", benchmarkRaterId: "expert")) {
            try CalibrationAnalysis(items: [CalibrationItem(interactionId: "c1", ratings: [expert, ana]),
                                            CalibrationItem(interactionId: "c2", ratings: [ana])],
                                    benchmarkRaterId: "expert")
        }
        let broken = CalibrationRating(raterId: "ana", scores: ["hold": .infinity], overall: 70)
        #expect(throws: AgreementError.nonFiniteScore(interactionId: "c1", raterId: "ana", criterion: "criterion 'hold'")) {
            try CalibrationAnalysis(items: [CalibrationItem(interactionId: "c1", ratings: [expert, broken])],
                                    benchmarkRaterId: "expert")
        }
    }
}
