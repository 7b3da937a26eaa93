import Foundation
import GRDB
import Quality
@testable import Storage
import Testing

private typealias Fixture = QualityStorageFixture

/// Scorecard versions in the database: stored losslessly, versioned by the domain's rules, an
/// unchanged re-import writing nothing, a changed published version refused.
@Suite("Quality repository: scorecards")
struct QualityScorecardRepositoryTests {
    @Test("a first version is stored whole: texts, translations, every criterion kind, critical rules and bonus come back equal")
    func roundTrip() throws {
        let database = try HeadsetDatabase.inMemory()
        let card = Fixture.card()
        let decision = try database.write { db in try QualityRepository.importScorecard(card, actor: "rūta", in: db) }
        #expect(decision == .firstVersion)
        let loaded = try database.read { db in try QualityRepository.scorecard(key: "voice-call", version: 1, in: db) }
        #expect(loaded == card)
        #expect(loaded?.title.text(for: "lt") == "Skambutis — įvertinimas")
        #expect(try database.read { db in try QualityRepository.scorecards(in: db) } == [card])

        let audit = try Fixture.audit(QualityRepository.scorecardEntity, in: database)
        #expect(audit.map(\.entityKey) == ["voice-call@1"])
        #expect(audit.first?.action == .create && audit.first?.actor == "rūta")
        #expect(audit.first?.afterJSON?.contains("\"status\":\"published\"") == true)
    }

    @Test("each criterion has a row reports can query: section, kind, weight, critical class and effect, bonus")
    func criterionRows() throws {
        let database = try Fixture.database()
        let rows = try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.* FROM scorecard_criterion c JOIN scorecard_version s ON s.id = c.scorecard_id
                WHERE s.key = 'voice-call' AND s.version = 1 ORDER BY c.ordinal
                """)
        }
        #expect(rows.map { $0["criterion_id"] as String } == ["greeting", "name-used", "verify-identity", "disclosure", "resolved",
                                                              "upsell", "empathy-extra"])
        #expect(rows.map { $0["kind"] as String } == ["yes-no", "scale", "yes-no", "yes-no", "multiple-choice", "yes-no", "yes-no"])
        let verify = rows[2]
        #expect(verify["section_id"] as String == "compliance" && verify["section_weight"] as Double == 2)
        #expect(verify["weight"] as Double == 2 && verify["critical_class"] as String == "compliance")
        #expect(verify["critical_effect"] as String == "fail-evaluation")
        #expect(rows[4]["critical_class"] as String == "customer" && rows[4]["critical_effect"] as String == "fail-section")
        #expect(rows[6]["bonus_points"] as Double == 2 && (rows[6]["critical_class"] as String?) == nil)
    }

    @Test("re-importing the same definition is unchanged: nothing written, nothing audited")
    func unchangedReimport() throws {
        let database = try Fixture.database()
        let before = try database.read { db in try Row.fetchAll(db, sql: "SELECT * FROM scorecard_version") }
        let decision = try database.write { db in try QualityRepository.importScorecard(Fixture.card(), actor: "ruta", in: db) }
        #expect(decision == .unchanged)
        #expect(try database.read { db in try Row.fetchAll(db, sql: "SELECT * FROM scorecard_version") } == before)
        #expect(try Fixture.audit(QualityRepository.scorecardEntity, in: database).count == 1)
    }

    @Test("a changed published version is refused with its changes listed, and nothing is stored")
    func changedPublishedRefused() throws {
        let database = try Fixture.database()
        var changed = Fixture.card(title: "Voice call (2027)")
        changed.sections[1].criteria[0].weight = 3
        let error = #expect(throws: QualityStoreError.self) {
            try database.write { db in try QualityRepository.importScorecard(changed, actor: "ruta", in: db) }
        }
        guard case .scorecardVersion(.frozenVersionChanged("voice-call", 1, .published, 1, let changes)) = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(changes.lines == ["~ title", "~ criterion verify-identity: weight"])
        #expect(error?.description.contains("give the changed definition version 2") == true)
        #expect(try database.read { db in try QualityRepository.scorecard(key: "voice-call", version: 1, in: db) } == Fixture.card())
        #expect(try Fixture.audit(QualityRepository.scorecardEntity, in: database).count == 1)
        #expect(try Fixture.count("scorecard_criterion", in: database) == 7)
    }

    @Test("a new version is stored beside the old; nil version means the latest published; old evaluations keep theirs")
    func newVersionAlongside() throws {
        let database = try Fixture.database()
        let old = try Fixture.scored("ev-old")
        _ = try Fixture.save(old, in: database)

        var v2 = Fixture.card(version: 2, title: "Voice call v2")
        v2.sections[2].criteria.removeLast()
        let decision = try database.write { db in try QualityRepository.importScorecard(v2, actor: "ruta", in: db) }
        #expect(decision == .newVersion(previousLatest: 1))
        let v3 = Fixture.card(version: 3, status: .draft)
        #expect(try database.write { db in try QualityRepository.importScorecard(v3, actor: "ruta", in: db) } == .newVersion(previousLatest: 2))

        let versions = try database.read { db in try QualityRepository.scorecardVersions(key: "voice-call", in: db) }
        #expect(versions.map(\.version) == [1, 2, 3])
        #expect(try database.read { db in try QualityRepository.scorecard(key: "voice-call", in: db) } == v2)
        #expect(try database.read { db in try QualityRepository.scorecard(key: "voice-call", version: 1, in: db) } == Fixture.card())
        #expect(try database.read { db in try QualityRepository.scorecard(key: "email", in: db) } == nil)

        let reloaded = try database.read { db in try QualityRepository.evaluation(id: "ev-old", in: db) }
        #expect(reloaded == old.evaluation && reloaded?.scorecardVersion == 1)
        let fresh = try Fixture.scored("ev-new", card: v2)
        #expect(try Fixture.save(fresh, in: database) == .created)
        #expect(try database.read { db in try QualityRepository.evaluation(id: "ev-new", in: db) }?.scorecardVersion == 2)
    }

    @Test("a draft is edited in place, published, retired and reinstated; it never goes back to draft")
    func draftAndStatus() throws {
        let database = try Fixture.database()
        let draft = Fixture.card(version: 2, status: .draft)
        try database.write { db in _ = try QualityRepository.importScorecard(draft, actor: "ruta", in: db) }
        var edited = draft
        edited.passMark = 85
        let decision = try database.write { db in try QualityRepository.importScorecard(edited, actor: "lina", in: db) }
        guard case .draftEdited(let changes) = decision else { Issue.record("\(decision)"); return }
        #expect(changes.lines == ["~ passMark"])
        #expect(try database.read { db in try QualityRepository.scorecard(key: "voice-call", version: 2, in: db) } == edited)
        #expect(try Fixture.count("scorecard_version", in: database) == 2)

        var published = edited
        published.status = .published
        #expect(try database.write { db in try QualityRepository.importScorecard(published, actor: "lina", in: db) }
            == .statusChanged(from: .draft, to: .published))
        var retired = published
        retired.status = .retired
        #expect(try database.write { db in try QualityRepository.importScorecard(retired, actor: "lina", in: db) }
            == .statusChanged(from: .published, to: .retired))
        #expect(try database.read { db in try QualityRepository.scorecard(key: "voice-call", version: 2, in: db) }?.status == .retired)
        #expect(try database.read { db in try QualityRepository.scorecard(key: "voice-call", in: db) }?.version == 1)

        #expect(throws: QualityStoreError.scorecardVersion(.cannotReturnToDraft(key: "voice-call", version: 2, status: .retired))) {
            try database.write { db in try QualityRepository.importScorecard(edited, actor: "lina", in: db) }
        }
        let audit = try Fixture.audit(QualityRepository.scorecardEntity, in: database)
        #expect(audit.map(\.action) == [.create, .create, .update, .update, .update])
        #expect(audit[2].afterJSON?.contains("\"changes\":[\"~ passMark\"]") == true)
    }

    @Test("an invalid card and a version below the latest are refused before anything is written")
    func refusals() throws {
        let database = try Fixture.database()
        var invalid = Fixture.card(version: 2)
        invalid.sections[0].weight = 0
        let error = #expect(throws: QualityStoreError.self) {
            try database.write { db in try QualityRepository.importScorecard(invalid, actor: "ruta", in: db) }
        }
        guard case .invalidScorecard("voice-call", 2, let problems) = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(problems.map(\.path) == ["sections[0].weight"])
        try database.write { db in _ = try QualityRepository.importScorecard(Fixture.card(version: 3), actor: "ruta", in: db) }
        #expect(throws: QualityStoreError.scorecardVersion(.versionBelowLatest(key: "voice-call", version: 2, latestVersion: 3))) {
            try database.write { db in try QualityRepository.importScorecard(Fixture.card(version: 2), actor: "ruta", in: db) }
        }
        #expect(try Fixture.count("scorecard_version", in: database) == 2)
    }

    @Test("new evaluations use published versions only: drafts still change, retired ones are no longer offered")
    func evaluationsNeedPublished() throws {
        let database = try Fixture.database()
        try database.write { db in
            _ = try QualityRepository.importScorecard(Fixture.card(version: 2, status: .draft), actor: "ruta", in: db)
        }
        let onDraft = try Fixture.draft("ev-draft-card", version: 2)
        #expect(throws: QualityStoreError.scorecardNotInUse(scorecard: "voice-call v2", status: .draft)) {
            try database.write { db in try QualityRepository.saveEvaluation(onDraft, score: nil, actor: "ruta", in: db) }
        }
        let missing = try Fixture.draft("ev-missing", version: 9)
        #expect(throws: QualityStoreError.unknownScorecard("voice-call v9")) {
            try database.write { db in try QualityRepository.saveEvaluation(missing, score: nil, actor: "ruta", in: db) }
        }
        #expect(try Fixture.count("evaluation", in: database) == 0)
    }
}
