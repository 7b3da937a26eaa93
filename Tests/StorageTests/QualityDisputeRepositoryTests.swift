import Foundation
import GRDB
import Quality
@testable import Storage
import Testing

private typealias Fixture = QualityStorageFixture

/// Disputes in the database: raised and decided by the domain's review, the evaluation's answers
/// and score revised, and the history (original answers, scores and outcomes either side) kept.
@Suite("Quality repository: disputes")
struct QualityDisputeRepositoryTests {
    /// Ana's call, evaluated by Ruta: disclosure missed (compliance fails its section) and her
    /// name used once. Score (1·0.75 + 2·0 + 2·1) / 5 = 55 %, below the pass mark of 80.
    static func evaluation(_ id: String = "ev-1", _ overrides: [String: AnswerValue] = ["disclosure": .no, "name-used": .scale(1)],
                           in database: HeadsetDatabase) throws {
        _ = try Fixture.save(try Fixture.scored(id, answers: Fixture.answers(overrides)), in: database)
    }

    static func dispute(_ items: [DisputedCriterion] = [DisputedCriterion("disclosure", reason: "Perskaičiau 0:05, prieš laukimą")],
                        id: String = "d-1", evaluation: String = "ev-1", by agent: String = "ana") -> Dispute {
        Dispute(id: id, evaluationID: evaluation, raisedBy: agent, items: items, raisedAt: Fixture.at(minutes: 30))
    }

    static func decision(_ verdict: DisputeVerdict, _ revised: [Answer] = [], reviewer: String = "lina") -> DisputeDecision {
        DisputeDecision(reviewerID: reviewer, verdict: verdict, revisedAnswers: revised, comment: "Patikrinau įrašą — gerai",
                        decidedAt: Fixture.at(minutes: 120.5))
    }

    @Test("raising stores the dispute and the disputed evaluation; deciding revises, rescores, closes and keeps the history", arguments: StorageConfiguration.allCases)
    func raiseAndDecide(on configuration: StorageConfiguration) throws {
        let opened = try Fixture.database(configuration)
        let database = opened.database
        try Self.evaluation(in: database)
        let disputed = try database.write { db in try QualityRepository.raiseDispute(Self.dispute(), actor: "ana", in: db) }
        #expect(disputed.status == .disputed)
        #expect(try database.read { db in try QualityRepository.evaluation(id: "ev-1", in: db) } == disputed)
        #expect(try database.read { db in try QualityRepository.openDisputes(in: db) } == [Self.dispute()])
        #expect(try database.read { db in try QualityRepository.dispute(id: "d-1", in: db) }?.isOpen == true)

        let revised = Answer("disclosure", .yes, comment: "Read at 0:05", evidence: [.timestamp(seconds: 5)])
        let outcome = try database.write { db in
            try QualityRepository.decideDispute(Self.decision(.accepted, [revised]), disputeID: "d-1", actor: "lina", in: db)
        }
        let stored = try #require(try database.read { db in try QualityRepository.evaluation(id: "ev-1", in: db) })
        #expect(stored == outcome.evaluation)
        #expect(stored.status == .final && stored.answers.first { $0.criterionID == "disclosure" } == revised)
        let record = try #require(stored.disputeHistory.first)
        #expect(stored.disputeHistory.count == 1 && record == outcome.record)
        #expect(record.originalAnswers == disputed.answers && record.changedCriteria == ["disclosure"])
        #expect(Fixture.isClose(record.scoreBefore, 55) && Fixture.isClose(record.scoreAfter, 95))
        #expect(record.outcomeBefore == .belowPassMark(score: record.scoreBefore ?? -1, passMark: 80) && record.outcomeAfter == .passed)
        #expect(try database.read { db in try QualityRepository.dispute(id: "d-1", in: db) } == StoredDispute(dispute: Self.dispute(), record: record))
        #expect(try database.read { db in try QualityRepository.openDisputes(in: db) }.isEmpty)

        // (0.75 + 2 + 2) / 5 = 95 %: the score columns follow the decision.
        let row = try #require(try database.read { db in try Row.fetchOne(db, sql: "SELECT score, outcome, compliance_critical FROM evaluation") })
        #expect(Fixture.isClose(row["score"], 95) && row["outcome"] as String == "passed" && row["compliance_critical"] as String == "passed")
        #expect(try Fixture.count("dispute_answer", in: database) == 7)

        let disputes = try Fixture.audit(QualityRepository.disputeEntity, in: database)
        #expect(disputes.map(\.action) == [.create, .update] && disputes.map(\.actor) == ["ana", "lina"])
        #expect(disputes[1].afterJSON?.contains("\"verdict\":\"accepted\"") == true)
        let evaluations = try Fixture.audit(QualityRepository.evaluationEntity, in: database)
        #expect(evaluations.map(\.action) == [.create, .update, .update])
        #expect(evaluations[2].afterJSON?.contains("\"status\":\"final\"") == true)
    }

    @Test("a partly accepted dispute of a fail-evaluation error keeps the critical outcome and the unchanged item in its history", arguments: StorageConfiguration.allCases)
    func partlyAcceptedCriticalFailure(on configuration: StorageConfiguration) throws {
        let opened = try Fixture.database(configuration)
        let database = opened.database
        try Self.evaluation("ev-1", ["verify-identity": .no, "upsell": .no], in: database)
        let items = [DisputedCriterion("verify-identity", reason: "Voice biometrics at 0:12"), DisputedCriterion("upsell", reason: "Not eligible")]
        _ = try database.write { db in try QualityRepository.raiseDispute(Self.dispute(items), actor: "ana", in: db) }
        let revised = [Answer("verify-identity", .yes), Answer("upsell", .no, comment: "Eligible: offered nothing")]
        _ = try database.write { db in
            try QualityRepository.decideDispute(Self.decision(.partlyAccepted, revised), disputeID: "d-1", actor: "lina", in: db)
        }
        let record = try #require(try database.read { db in try QualityRepository.evaluation(id: "ev-1", in: db) }?.disputeHistory.first)
        #expect(record.changedCriteria == ["verify-identity"])
        #expect(record.outcomeBefore == .failedByCritical(["verify-identity"]) && record.scoreBefore == 0)
        // (1 + 2 + 2·0.75) / 5 = 90 %.
        #expect(Fixture.isClose(record.scoreAfter, 90) && record.outcomeAfter == .passed)
        #expect(record.decision.revisedAnswers == revised && record.dispute.items == items)
        let changed = try database.read { db in try Row.fetchAll(db, sql: "SELECT criterion_id, changed FROM dispute_item ORDER BY ordinal") }
        #expect(changed.map { $0["changed"] as Bool } == [true, false])
    }

    @Test("a rejected dispute closes the evaluation with its answers and score as they were", arguments: StorageConfiguration.allCases)
    func rejected(on configuration: StorageConfiguration) throws {
        let opened = try Fixture.database(configuration)
        let database = opened.database
        try Self.evaluation(in: database)
        let before = try database.read { db in try QualityRepository.evaluation(id: "ev-1", in: db) }
        _ = try database.write { db in try QualityRepository.raiseDispute(Self.dispute(), actor: "ana", in: db) }
        _ = try database.write { db in try QualityRepository.decideDispute(Self.decision(.rejected), disputeID: "d-1", actor: "lina", in: db) }
        let after = try #require(try database.read { db in try QualityRepository.evaluation(id: "ev-1", in: db) })
        #expect(after.status == .final && after.answers == before?.answers)
        #expect(after.disputeHistory.first?.changedCriteria == [] && after.disputeHistory.first?.decision.verdict == .rejected)
        #expect(Fixture.isClose(try database.read { db in try Double.fetchOne(db, sql: "SELECT score FROM evaluation") }, 55))
    }

    @Test("refused raises and decisions write nothing: the review's rules, unknown ids, duplicates, decided twice", arguments: StorageConfiguration.allCases)
    func refusals(on configuration: StorageConfiguration) throws {
        let opened = try Fixture.database(configuration)
        let database = opened.database
        try Self.evaluation(in: database)
        #expect(throws: QualityStoreError.dispute(.notRaisedByAgent(raisedBy: "jonas", agentID: "ana"))) {
            try database.write { db in try QualityRepository.raiseDispute(Self.dispute(by: "jonas"), actor: "jonas", in: db) }
        }
        #expect(throws: QualityStoreError.unknownEvaluation("ev-9")) {
            try database.write { db in try QualityRepository.raiseDispute(Self.dispute(evaluation: "ev-9"), actor: "ana", in: db) }
        }
        _ = try database.write { db in try QualityRepository.raiseDispute(Self.dispute(), actor: "ana", in: db) }
        #expect(throws: QualityStoreError.duplicateDispute("d-1")) {
            try database.write { db in try QualityRepository.raiseDispute(Self.dispute(), actor: "ana", in: db) }
        }
        let auditBefore = try database.read { db in try AuditLog.entries(in: db) }
        #expect(throws: QualityStoreError.dispute(.reviewerIsEvaluator("ruta"))) {
            try database.write { db in
                try QualityRepository.decideDispute(Self.decision(.accepted, [Answer("disclosure", .yes)], reviewer: "ruta"),
                                                    disputeID: "d-1", actor: "ruta", in: db)
            }
        }
        #expect(throws: QualityStoreError.unknownDispute("d-9")) {
            try database.write { db in try QualityRepository.decideDispute(Self.decision(.rejected), disputeID: "d-9", actor: "lina", in: db) }
        }
        #expect(try database.read { db in try AuditLog.entries(in: db) } == auditBefore)
        #expect(try database.read { db in try QualityRepository.dispute(id: "d-1", in: db) }?.isOpen == true)
        #expect(try database.read { db in try QualityRepository.evaluation(id: "ev-1", in: db) }?.status == .disputed)

        _ = try database.write { db in try QualityRepository.decideDispute(Self.decision(.rejected), disputeID: "d-1", actor: "lina", in: db) }
        #expect(throws: QualityStoreError.disputeAlreadyDecided("d-1")) {
            try database.write { db in try QualityRepository.decideDispute(Self.decision(.rejected), disputeID: "d-1", actor: "lina", in: db) }
        }
        // Disputes change only through the review: saving the evaluation without its history is refused.
        let closed = try #require(try database.read { db in try QualityRepository.evaluation(id: "ev-1", in: db) })
        let withoutHistory = try Evaluation(id: closed.id, scorecardKey: closed.scorecardKey, scorecardVersion: 1, evaluatorID: "ruta",
                                            agentID: "ana", interaction: closed.interaction, answers: closed.answers, status: .final,
                                            createdAt: closed.createdAt, updatedAt: closed.updatedAt)
        #expect(throws: QualityStoreError.disputesOnlyThroughReview(evaluationID: "ev-1")) {
            try database.write { db in try QualityRepository.saveEvaluation(withoutHistory, score: nil, actor: "ruta", in: db) }
        }
    }

    @Test("a failure inside the transaction leaves no dispute, no history and the evaluation as it was", arguments: StorageConfiguration.allCases)
    func rollback(on configuration: StorageConfiguration) throws {
        let opened = try Fixture.database(configuration)
        let database = opened.database
        try Self.evaluation(in: database)
        let before = try database.read { db in try QualityRepository.evaluation(id: "ev-1", in: db) }
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try database.write { db in
                _ = try QualityRepository.raiseDispute(Self.dispute(), actor: "ana", in: db)
                _ = try QualityRepository.decideDispute(Self.decision(.accepted, [Answer("disclosure", .yes)]), disputeID: "d-1",
                                                        actor: "lina", in: db)
                throw Boom()
            }
        }
        for table in ["dispute", "dispute_item", "dispute_answer"] {
            #expect(try Fixture.count(table, in: database) == 0, "\(table)")
        }
        #expect(try database.read { db in try QualityRepository.evaluation(id: "ev-1", in: db) } == before)
        #expect(try Fixture.audit(QualityRepository.disputeEntity, in: database).isEmpty)
    }
}
