import CivilTime
import Foundation
import GRDB
import Quality
@testable import Storage
import Testing

private typealias Fixture = QualityStorageFixture

/// The report queries against values computed by hand on a small data set.
///
/// Ana, November 2026 (voice-call v1, pass mark 80):
///
/// | id | day | evaluator | answers (full marks otherwise) | score | ignoring criticals | outcome |
/// |---|---|---|---|---|---|---|
/// | a1 | 02 | ruta | upsell N/A, bonus yes | 100 (bonus capped) | 100 | passed |
/// | a2 | 10 | lina | name-used 1, upsell no | (0.75 + 2 + 2·0.75) / 5 = 85 | 85 | passed |
/// | a3 | 18 | ruta | verify-identity no (fail evaluation) | 0 | (1 + 2·⅓ + 2) / 5 = 73.33 | failed |
/// | a4 | 30 | ruta | resolved partial (⅓) | (1 + 2 + 2·(1 + 1)/4) / 5 = 80 | 80 | passed |
/// | a5 | 15 | ruta | a draft | — | — | not counted |
///
/// Also: a6, Ana's full-marks call of 5 December (ruta); j1, Jonas's call of 20 November on
/// voice-call v2 (ruta), resolved "wrong" (customer-critical, fails its section):
/// (1 + 2 + 0) / 5 = 60, below the pass mark.
@Suite("Quality repository: report queries")
struct QualityReportQueryTests {
    static func database() throws -> HeadsetDatabase {
        let database = try Fixture.database()
        let v2 = Fixture.card(version: 2, title: "Voice call (2027)")
        try database.write { db in _ = try QualityRepository.importScorecard(v2, actor: "ruta", in: db) }
        let batch = try [
            Fixture.scored("a1", day: "2026-11-02", answers: Fixture.answers(["upsell": .notApplicable], bonus: .yes), status: .final),
            Fixture.scored("a2", evaluator: "lina", day: "2026-11-10", answers: Fixture.answers(["name-used": .scale(1), "upsell": .no]),
                           status: .acknowledged),
            Fixture.scored("a3", day: "2026-11-18", answers: Fixture.answers(["verify-identity": .no])),
            Fixture.scored("a4", day: "2026-11-30", answers: Fixture.answers(["resolved": .choice("partial")]), status: .final),
            ScoredEvaluation(Fixture.draft("a5", day: "2026-11-15"), score: nil),
            Fixture.scored("a6", day: "2026-12-05", status: .final),
            Fixture.scored("j1", agent: "jonas", day: "2026-11-20", answers: Fixture.answers(["resolved": .choice("wrong")]), card: v2),
        ]
        try database.write { db in _ = try QualityRepository.importEvaluations(batch, actor: "import", in: db) }
        return database
    }

    static func close(_ actual: Double?, _ expected: Double) -> Bool { Fixture.isClose(actual, expected, tolerance: 1e-9) }

    static func mean(_ values: Double...) -> Double { values.reduce(0, +) / Double(values.count) }

    static let third = 1.0 / 3

    @Test("agent month: count, mean score, pass rate, critical-error accuracy per class, per-criterion mean fraction")
    func agentMonth() throws {
        let database = try Self.database()
        let report = try database.read { db in
            try QualityRepository.agentMonthSummary(agent: "ana", month: Fixture.month("2026-11"), in: db)
        }
        let summary = report.summary
        // The SQL counts everything but drafts: the documented set must say the same.
        #expect(QualityRepository.reportedStatuses == Set(EvaluationStatus.allCases).subtracting([.draft]))
        #expect(report.agent == "ana" && report.month == Fixture.month("2026-11"))
        #expect(summary.evaluations == 4 && summary.scored == 4 && summary.passed == 3)
        #expect(Self.close(summary.meanScore, Self.mean(100, 85, 0, 80)))
        // a3 ignoring criticals: (1 + 2·⅓ + 2) / 5.
        let failedIgnoringCriticals: Double = 100 * (3 + 2 * Self.third) / 5
        #expect(Self.close(summary.meanScoreIgnoringCriticals, Self.mean(100, 85, failedIgnoringCriticals, 80)))
        #expect(summary.passPercent == 75)
        #expect(summary.criticalAccuracy == [.compliance: .init(applicable: 4, errorFree: 3), .customer: .init(applicable: 4, errorFree: 4)])
        #expect(summary.criticalAccuracyPercent(.compliance) == 75 && summary.criticalAccuracyPercent(.business) == nil)

        let criteria = Dictionary(uniqueKeysWithValues: report.criteria.map { ($0.criterionID, $0.statistics) })
        #expect(report.criteria.map(\.criterionID) == ["greeting", "name-used", "verify-identity", "disclosure", "resolved", "upsell",
                                                       "empathy-extra"])
        #expect(report.criteria.allSatisfy { $0.scorecardKey == "voice-call" })
        #expect(criteria["greeting"] == CriterionStatistics(answers: 4, notApplicable: 0, meanFraction: 1, criticalFailures: 0))
        #expect(Self.close(criteria["name-used"]?.meanFraction, Self.mean(1, 0.5, 1, 1)))
        #expect(criteria["verify-identity"]?.criticalFailures == 1 && Self.close(criteria["verify-identity"]?.meanFraction, 0.75))
        #expect(Self.close(criteria["resolved"]?.meanFraction, Self.mean(1, 1, 1, Self.third)))
        #expect(criteria["upsell"]?.answers == 4 && criteria["upsell"]?.notApplicable == 1)
        #expect(Self.close(criteria["upsell"]?.meanFraction, 2.0 / 3))
        #expect(criteria["empathy-extra"] == CriterionStatistics(answers: 1, notApplicable: 0, meanFraction: 1, criticalFailures: 0))

        let otherCard = try database.read { db in
            try QualityRepository.agentMonthSummary(agent: "ana", month: Fixture.month("2026-11"), scorecardKey: "email", in: db)
        }
        #expect(otherCard.summary == QualitySummary() && otherCard.criteria.isEmpty && otherCard.summary.passPercent == nil)
        let sameCard = try database.read { db in
            try QualityRepository.agentMonthSummary(agent: "ana", month: Fixture.month("2026-11"), scorecardKey: "voice-call", in: db)
        }
        #expect(sameCard == report)
    }

    @Test("a team's monthly trend lists every month, empty ones with zero counts, across scorecard versions")
    func teamTrend() throws {
        let database = try Self.database()
        let trend = try database.read { db in
            try QualityRepository.monthlyTrend(.team(["ana", "jonas"]), from: Fixture.month("2026-10"), through: Fixture.month("2026-12"),
                                               in: db)
        }
        #expect(trend.map(\.month.description) == ["2026-10", "2026-11", "2026-12"])
        #expect(trend[0].summary == QualitySummary())
        let november = trend[1].summary
        #expect(november.evaluations == 5 && november.passed == 3 && november.passPercent == 60)
        #expect(Self.close(november.meanScore, Self.mean(100, 85, 0, 80, 60)))
        #expect(november.criticalAccuracy[.customer] == .init(applicable: 5, errorFree: 4))
        #expect(november.criticalAccuracy[.compliance] == .init(applicable: 5, errorFree: 4))
        #expect(trend[2].summary.evaluations == 1 && trend[2].summary.meanScore == 100)

        let jonas = try database.read { db in
            try QualityRepository.monthlyTrend(.agent("jonas"), from: Fixture.month("2026-11"), through: Fixture.month("2026-11"), in: db)
        }
        #expect(Self.close(jonas.first?.summary.meanScore, 60) && jonas.first?.summary.passed == 0)
        let nobody = try database.read { db in
            try QualityRepository.monthlyTrend(.team([]), from: Fixture.month("2026-11"), through: Fixture.month("2026-11"), in: db)
        }
        #expect(nobody.map(\.summary) == [QualitySummary()])
    }

    @Test("an evaluator's trend and everyone's count what each made, drafts left out")
    func evaluatorAndEveryone() throws {
        let database = try Self.database()
        let november = Fixture.month("2026-11")
        let ruta = try database.read { db in try QualityRepository.monthlyTrend(.evaluator("ruta"), from: november, through: november, in: db) }
        #expect(ruta.first?.summary.evaluations == 4 && Self.close(ruta.first?.summary.meanScore, Self.mean(100, 0, 80, 60)))
        let lina = try database.read { db in try QualityRepository.monthlyTrend(.evaluator("lina"), from: november, through: november, in: db) }
        #expect(lina.first?.summary.evaluations == 1 && Self.close(lina.first?.summary.meanScore, 85))
        let everyone = try database.read { db in
            try QualityRepository.monthlyTrend(.everyone, from: november, through: Fixture.month("2027-01"), scorecardKey: "voice-call", in: db)
        }
        #expect(everyone.map(\.summary.evaluations) == [5, 1, 0])
    }

    @Test("a criterion's trend follows its id across versions, for everyone or a scope, drafts left out")
    func criterionTrend() throws {
        let database = try Self.database()
        let trend = try database.read { db in
            try QualityRepository.criterionTrend(scorecardKey: "voice-call", criterionID: "resolved", from: Fixture.month("2026-11"),
                                                 through: Fixture.month("2026-12"), in: db)
        }
        #expect(trend.map(\.statistics.answers) == [5, 1])
        #expect(Self.close(trend[0].statistics.meanFraction, Self.mean(1, 1, 1, Self.third, 0)))
        #expect(trend[0].statistics.criticalFailures == 1 && trend[1].statistics.meanFraction == 1)

        let jonas = try database.read { db in
            try QualityRepository.criterionTrend(scorecardKey: "voice-call", criterionID: "resolved", scope: .team(["jonas"]),
                                                 from: Fixture.month("2026-11"), through: Fixture.month("2026-11"), in: db)
        }
        #expect(jonas.map(\.statistics) == [CriterionStatistics(answers: 1, notApplicable: 0, meanFraction: 0, criticalFailures: 1)])
        let upsell = try database.read { db in
            try QualityRepository.criterionTrend(scorecardKey: "voice-call", criterionID: "upsell", scope: .agent("ana"),
                                                 from: Fixture.month("2026-11"), through: Fixture.month("2026-11"), in: db)
        }
        #expect(upsell.first?.statistics.answers == 4 && upsell.first?.statistics.notApplicable == 1)
        #expect(Self.close(upsell.first?.statistics.meanFraction, 2.0 / 3))
    }
}
