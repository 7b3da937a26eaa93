import CivilTime
import Foundation
import GRDB
import Quality
@testable import Storage
import Testing

private typealias Fixture = QualityStorageFixture

/// Evaluations in the database: rebuilt exactly, scored columns kept, status steps by the
/// domain's table, every change audited, failures leaving nothing behind.
@Suite("Quality repository: evaluations")
struct QualityEvaluationRepositoryTests {
    /// Every answer kind, N/A and a bonus, with Unicode comments and both kinds of evidence.
    static let richAnswers = [
        Answer("greeting", .yes, comment: "„Labas rytas“ — šiltai 👋", evidence: [.timestamp(seconds: 1.25)]),
        Answer("name-used", .scale(1), comment: "Sagt «Kari» én gang", evidence: [.quote("Kari, jeg forstår"), .timestamp(seconds: 12.345_678_901)]),
        Answer("verify-identity", .yes, evidence: [.quote("date of birth and post code\nconfirmed")]),
        Answer("disclosure", .notApplicable, comment: ""),
        Answer("resolved", .choice("partial"), comment: "Žemaitė's card reissued; PIN \"later\""),
        Answer("upsell", .no),
        Answer("empathy-extra", .yes, evidence: [.timestamp(seconds: 400)]),
    ]

    @Test("an evaluation comes back exactly: every answer kind, comments, evidence, times to the microsecond, Unicode ids", arguments: StorageConfiguration.allCases)
    func roundTrip(on configuration: StorageConfiguration) throws {
        let opened = try Fixture.database(configuration)
        let database = opened.database
        let draft = try Evaluation(
            id: "ev-ąčę-1", scorecardKey: "voice-call", scorecardVersion: 1, evaluatorID: "rūta.žemaitė", agentID: "kari.bærum",
            interaction: InteractionReference(id: "chat/2026/ž-7", channel: .chat, date: Fixture.date("2026-11-24")),
            answers: Self.richAnswers, createdAt: Fixture.created)
        let (submitted, score) = try draft.submitted(with: Fixture.card(), at: Fixture.created.addingTimeInterval(0.000_123))
        #expect(try Fixture.save(ScoredEvaluation(submitted, score: score), in: database) == .created)
        let loaded = try database.read { db in try QualityRepository.evaluation(id: "ev-ąčę-1", in: db) }
        #expect(loaded == submitted)
        #expect(loaded?.updatedAt == submitted.updatedAt && loaded?.interaction.startSecondOfDay == nil)
        #expect(try database.read { db in try QualityRepository.evaluation(id: "ev-none", in: db) } == nil)

        let timed = try Fixture.scored("ev-2", answers: Fixture.answers(bonus: .notApplicable))
        _ = try Fixture.save(timed, in: database)
        let reloaded = try database.read { db in try QualityRepository.evaluation(id: "ev-2", in: db) }
        #expect(reloaded == timed.evaluation && reloaded?.interaction.durationSeconds == 412.5)
    }

    @Test("the score, outcome, critical results and per-criterion fractions are stored beside the answers", arguments: StorageConfiguration.allCases)
    func scoreColumns(on configuration: StorageConfiguration) throws {
        let opened = try Fixture.database(configuration)
        let database = opened.database
        // verify-identity "No": fail-evaluation, score 0; ignoring criticals
        // (1·1 + 2·(0·2 + 1·1)/3 + 2·1) / 5 = 73.33 %.
        let failed = try Fixture.scored("ev-1", answers: Fixture.answers(["verify-identity": .no, "upsell": .notApplicable]))
        _ = try Fixture.save(failed, in: database)
        let row = try #require(try database.read { db in try Row.fetchOne(db, sql: "SELECT * FROM evaluation WHERE key = 'ev-1'") })
        #expect(row["score"] as Double == 0)
        let ignoringCriticals: Double = 100 * (1 + 2 * (1.0 / 3) + 2) / 5
        #expect(Fixture.isClose(row["score_ignoring_criticals"], ignoringCriticals))
        #expect(row["passed"] as Bool == false && row["outcome"] as String == "failed-by-critical")
        #expect(row["failed_by"] as String == "[\"verify-identity\"]")
        #expect(row["compliance_critical"] as String == "failed" && row["customer_critical"] as String == "passed")
        #expect((row["business_critical"] as String?) == nil)
        #expect(row["is_self_evaluation"] as Bool == false && row["status"] as String == "submitted")
        let answers = try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.criterion_id, a.fraction, a.failed_critical, a.value_kind, a.interaction_date FROM evaluation_answer a
                JOIN evaluation e ON e.id = a.evaluation_id WHERE e.key = 'ev-1' ORDER BY a.ordinal
                """)
        }
        #expect(answers.map { $0["fraction"] as Double? } == [1, 1, 0, 1, 1, nil])
        #expect(answers.map { $0["failed_critical"] as Bool } == [false, false, true, false, false, false])
        #expect(answers[5]["value_kind"] as String == "not-applicable" && answers[0]["interaction_date"] as String == "2026-11-23")
    }

    @Test("a draft is saved unscored, edited, submitted (scored from the stored card), acknowledged and closed; each step audited", arguments: StorageConfiguration.allCases)
    func lifecycle(on configuration: StorageConfiguration) throws {
        let opened = try Fixture.database(configuration)
        let database = opened.database
        let empty = try Fixture.draft(answers: [Answer("greeting", .yes)])
        #expect(try database.write { db in try QualityRepository.saveEvaluation(empty, score: nil, actor: "ruta", in: db) } == .created)
        let stored = try database.read { db in try Row.fetchOne(db, sql: "SELECT score, outcome FROM evaluation") }
        #expect((stored?["outcome"] as String?) == nil)

        let filled = try empty.withAnswers(Fixture.answers(["upsell": .no]), at: Fixture.at(minutes: 5))
        #expect(try database.write { db in try QualityRepository.saveEvaluation(filled, score: nil, actor: "ruta", in: db) } == .updated)
        #expect(try Fixture.count("evaluation_answer", in: database) == 6)

        let submitted = try database.write { db in
            try QualityRepository.transitionEvaluation(id: "ev-1", to: .submitted, at: Fixture.at(minutes: 10), actor: "ruta", in: db)
        }
        #expect(submitted.status == .submitted)
        // Resolution (3·1 + 1·0) / 4 = 75 %; overall (1 + 2 + 2·0.75) / 5 = 90 %.
        let score = try database.read { db in try Double.fetchOne(db, sql: "SELECT score FROM evaluation WHERE key = 'ev-1'") }
        #expect(Fixture.isClose(score, 90))
        for status in [EvaluationStatus.acknowledged, .final] {
            _ = try database.write { db in
                try QualityRepository.transitionEvaluation(id: "ev-1", to: status, at: Fixture.at(minutes: 30), actor: "ana", in: db)
            }
        }
        let closed = try database.read { db in try QualityRepository.evaluation(id: "ev-1", in: db) }
        #expect(closed?.status == .final && closed?.updatedAt == Fixture.at(minutes: 30) && closed?.answers == filled.answers)
        #expect(Fixture.isClose(try database.read { db in try Double.fetchOne(db, sql: "SELECT score FROM evaluation") }, 90))

        #expect(throws: QualityStoreError.evaluation(.illegalTransition(from: .final, to: .draft))) {
            try database.write { db in
                try QualityRepository.transitionEvaluation(id: "ev-1", to: .draft, at: Fixture.at(minutes: 40), actor: "ruta", in: db)
            }
        }
        let audit = try Fixture.audit(QualityRepository.evaluationEntity, in: database)
        #expect(audit.map(\.action) == [.create, .update, .update, .update, .update])
        #expect(audit.map(\.actor) == ["ruta", "ruta", "ruta", "ana", "ana"])
        #expect(audit[2].beforeJSON?.contains("\"status\":\"draft\"") == true)
        #expect(audit[2].afterJSON?.contains("\"status\":\"submitted\"") == true)
        #expect(audit[2].afterJSON?.contains("\"upsell\":\"no\"") == true)
    }

    @Test("saving the same evaluation again writes nothing and records nothing", arguments: StorageConfiguration.allCases)
    func unchangedSave(on configuration: StorageConfiguration) throws {
        let opened = try Fixture.database(configuration)
        let database = opened.database
        let scored = try Fixture.scored()
        #expect(try Fixture.save(scored, in: database) == .created)
        #expect(try Fixture.save(scored, in: database) == .unchanged)
        #expect(try database.write { db in
            try QualityRepository.saveEvaluation(scored.evaluation, score: nil, actor: "ruta", in: db)
        } == .unchanged)
        #expect(try Fixture.audit(QualityRepository.evaluationEntity, in: database).count == 1)
    }

    @Test("stored evaluations keep their people, scorecard and interaction; answers lock after submission; a stale score is refused", arguments: StorageConfiguration.allCases)
    func refusals(on configuration: StorageConfiguration) throws {
        let opened = try Fixture.database(configuration)
        let database = opened.database
        let scored = try Fixture.scored()
        _ = try Fixture.save(scored, in: database)

        let otherAgent = try Evaluation(id: "ev-1", scorecardKey: "voice-call", scorecardVersion: 1, evaluatorID: "lina", agentID: "jonas",
                                        interaction: Fixture.call("call-ev-1"), answers: scored.evaluation.answers,
                                        status: .submitted, createdAt: Fixture.created, updatedAt: Fixture.at(minutes: 10))
        #expect(throws: QualityStoreError.fixedFieldsChanged(evaluationID: "ev-1", fields: ["agent", "evaluator"])) {
            try database.write { db in try QualityRepository.saveEvaluation(otherAgent, score: scored.score, actor: "ruta", in: db) }
        }
        let changedAnswers = try Evaluation(id: "ev-1", scorecardKey: "voice-call", scorecardVersion: 1, evaluatorID: "ruta",
                                            agentID: "ana", interaction: Fixture.call("call-ev-1"),
                                            answers: Fixture.answers(["upsell": .no]), status: .submitted,
                                            createdAt: Fixture.created, updatedAt: Fixture.at(minutes: 10))
        let rescored = try changedAnswers.score(with: Fixture.card())
        #expect(throws: QualityStoreError.evaluation(.answersLocked(.submitted))) {
            try database.write { db in try QualityRepository.saveEvaluation(changedAnswers, score: rescored, actor: "ruta", in: db) }
        }
        let fresh = try Fixture.scored("ev-2", answers: Fixture.answers(["upsell": .no]))
        #expect(throws: QualityStoreError.scoreMismatch(evaluationID: "ev-2", reason: "criterion 'upsell' was scored as yes, answered no")) {
            try database.write { db in try QualityRepository.saveEvaluation(fresh.evaluation, score: scored.score, actor: "ruta", in: db) }
        }
        #expect(throws: QualityStoreError.scoreRequired(evaluationID: "ev-2")) {
            try database.write { db in try QualityRepository.saveEvaluation(fresh.evaluation, score: nil, actor: "ruta", in: db) }
        }
        let disputed = try Evaluation(id: "ev-3", scorecardKey: "voice-call", scorecardVersion: 1, evaluatorID: "ruta", agentID: "ana",
                                      interaction: Fixture.call(), answers: Fixture.answers(), status: .disputed,
                                      createdAt: Fixture.created)
        #expect(throws: QualityStoreError.disputesOnlyThroughReview(evaluationID: "ev-3")) {
            try database.write { db in
                try QualityRepository.saveEvaluation(disputed, score: try disputed.score(with: Fixture.card()), actor: "ruta", in: db)
            }
        }
        let email = try Evaluation(id: "ev-4", scorecardKey: "voice-call", scorecardVersion: 1, evaluatorID: "ruta", agentID: "ana",
                                   interaction: Fixture.call(channel: .email), createdAt: Fixture.created)
        #expect(throws: QualityStoreError.evaluation(.channelNotOnScorecard(channel: .email, scorecard: "voice-call v1"))) {
            try database.write { db in try QualityRepository.saveEvaluation(email, score: nil, actor: "ruta", in: db) }
        }
        #expect(try database.read { db in try QualityRepository.evaluation(id: "ev-1", in: db) } == scored.evaluation)
        #expect(try Fixture.count("evaluation", in: database) == 1)
        #expect(try Fixture.audit(QualityRepository.evaluationEntity, in: database).count == 1)
    }

    @Test("self-evaluations are flagged and never acknowledged", arguments: StorageConfiguration.allCases)
    func selfEvaluation(on configuration: StorageConfiguration) throws {
        let opened = try Fixture.database(configuration)
        let database = opened.database
        _ = try Fixture.save(try Fixture.scored(agent: "ana", evaluator: "ana"), in: database)
        #expect(try database.read { db in try Bool.fetchOne(db, sql: "SELECT is_self_evaluation FROM evaluation") } == true)
        #expect(throws: QualityStoreError.evaluation(.notForSelfEvaluation(.acknowledged))) {
            try database.write { db in
                try QualityRepository.transitionEvaluation(id: "ev-1", to: .acknowledged, at: Fixture.at(minutes: 30), actor: "ana", in: db)
            }
        }
    }

    @Test("an agent's and an evaluator's evaluations, filtered by interaction date (both ends included) and ordered by it", arguments: StorageConfiguration.allCases)
    func listings(on configuration: StorageConfiguration) throws {
        let opened = try Fixture.database(configuration)
        let database = opened.database
        let batch = try [
            Fixture.scored("ev-c", agent: "ana", evaluator: "ruta", day: "2026-11-30"),
            Fixture.scored("ev-a", agent: "ana", evaluator: "lina", day: "2026-11-01"),
            Fixture.scored("ev-b", agent: "jonas", evaluator: "ruta", day: "2026-11-15"),
            Fixture.scored("ev-d", agent: "ana", evaluator: "ruta", day: "2026-12-01"),
        ]
        let summary = try database.write { db in try QualityRepository.importEvaluations(batch, actor: "import", in: db) }
        #expect(summary == EvaluationImportSummary(created: 4))
        let again = try database.write { db in try QualityRepository.importEvaluations(batch, actor: "import", in: db) }
        #expect(again.description == "0 created, 0 updated, 4 unchanged")

        let november = try database.read { db in
            try QualityRepository.evaluations(agent: "ana", from: Fixture.date("2026-11-01"), to: Fixture.date("2026-11-30"), in: db)
        }
        #expect(november.map(\.id) == ["ev-a", "ev-c"])
        #expect(november == [batch[1].evaluation, batch[0].evaluation])
        #expect(try database.read { db in try QualityRepository.evaluations(agent: "ana", in: db) }.map(\.id) == ["ev-a", "ev-c", "ev-d"])
        let ruta = try database.read { db in
            try QualityRepository.evaluations(evaluator: "ruta", from: Fixture.date("2026-11-15"), in: db)
        }
        #expect(ruta.map(\.id) == ["ev-b", "ev-c", "ev-d"])
        #expect(try Fixture.audit(QualityRepository.evaluationEntity, in: database).count == 4)
    }

    @Test("a failure inside the transaction leaves no evaluation, no answers and no audit entry", arguments: StorageConfiguration.allCases)
    func rollback(on configuration: StorageConfiguration) throws {
        let opened = try Fixture.database(configuration)
        let database = opened.database
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try database.write { db in
                _ = try QualityRepository.importEvaluations([Fixture.scored("ev-1"), Fixture.scored("ev-2")], actor: "import", in: db)
                throw Boom()
            }
        }
        // A refusal halfway through an import also leaves nothing: ev-1 was written before ev-2 failed.
        let stale = try ScoredEvaluation(Fixture.scored("ev-2", answers: Fixture.answers(["upsell": .no])).evaluation,
                                         score: Fixture.scored("ev-1").score)
        #expect(throws: QualityStoreError.self) {
            try database.write { db in try QualityRepository.importEvaluations([Fixture.scored("ev-1"), stale], actor: "import", in: db) }
        }
        for table in ["evaluation", "evaluation_answer"] {
            #expect(try Fixture.count(table, in: database) == 0, "\(table)")
        }
        #expect(try Fixture.audit(QualityRepository.evaluationEntity, in: database).isEmpty)
    }
}
