import CivilTime
import Coaching
import Foundation
import GRDB
import Quality
@testable import Storage
import Testing

private typealias QA = QualityStorageFixture

/// The QA answers coaching is measured on: scored answers of real evaluations only (no drafts,
/// no self-evaluations, no N/A), on the criteria and dates asked, fed to ``CoachingEffect``.
@Suite("Coaching repository: criterion observations")
struct CoachingObservationTests {
    /// `voice-call` v1 with hand-made evaluations of ana (and one of ben) in November 2026.
    ///
    /// | evaluation | agent | by | day | status | greeting | name-used (scale 0–2) | counted |
    /// |---|---|---|---|---|---|---|---|
    /// | ev-oct | ana | ruta | 10-31 | submitted | yes 1 | 2 → 1 | no: before the window |
    /// | ev-1 | ana | ruta | 11-02 | submitted | no 0 | 1 → 0.5 | yes |
    /// | ev-self | ana | ana | 11-05 | submitted | yes 1 | 2 → 1 | no: self-evaluation |
    /// | ev-draft | ana | ruta | 11-06 | draft, scored | yes 1 | 2 → 1 | no: draft |
    /// | ev-ben | ben | ruta | 11-07 | submitted | yes 1 | 0 → 0 | only for everyone |
    /// | ev-2 | ana | jonas | 11-10 | acknowledged | yes 1 | N/A | greeting only |
    /// | ev-last | ana | ruta | 11-30 | submitted | yes 1 | 2 → 1 | yes: last day included |
    static func database() throws -> HeadsetDatabase {
        let database = try QA.database()
        let scored = [
            try QA.scored("ev-oct", day: "2026-10-31"),
            try QA.scored("ev-1", day: "2026-11-02", answers: QA.answers(["greeting": .no, "name-used": .scale(1)])),
            try QA.scored("ev-self", evaluator: "ana", day: "2026-11-05"),
            try QA.scored("ev-ben", agent: "ben", day: "2026-11-07", answers: QA.answers(["name-used": .scale(0)])),
            try QA.scored("ev-2", evaluator: "jonas", day: "2026-11-10", answers: QA.answers(["name-used": .notApplicable]),
                          status: .acknowledged),
            try QA.scored("ev-last", day: "2026-11-30"),
        ]
        for evaluation in scored { _ = try QA.save(evaluation, in: database) }
        // A draft scored as it stands: its answers carry fractions, yet it is unfinished work.
        let draft = try QA.draft("ev-draft", day: "2026-11-06")
        let (_, score) = try draft.submitted(with: QA.card(), at: QA.at(minutes: 5))
        try database.write { db in _ = try QualityRepository.saveEvaluation(draft, score: score, actor: "ruta", in: db) }
        return database
    }

    static func observations(_ database: HeadsetDatabase, agents: Set<String>?, criteria: Set<String> = ["greeting", "name-used"],
                             from: String = "2026-11-01", to: String = "2026-11-30") throws -> [CriterionObservation] {
        try database.read { db in
            try CoachingRepository.observations(agents: agents, criteria: criteria, from: QA.date(from), to: QA.date(to), in: db)
        }
    }

    static func observation(_ agent: String, _ criterion: String, _ day: String, _ fraction: Double) -> CriterionObservation {
        CriterionObservation(agent: agent, criterionID: criterion, date: QA.date(day), fraction: fraction)
    }

    @Test("an agent's scored answers on the criteria, dates included; drafts, self-evaluations and N/A left out")
    func agentObservations() throws {
        let database = try Self.database()
        let fractions = try database.read { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(a.fraction) FROM evaluation_answer a JOIN evaluation e ON e.id = a.evaluation_id WHERE e.key = 'ev-draft'
                """)
        }
        #expect(fractions == 6, "the draft's answers are scored, so only its status keeps it out")
        #expect(try Self.observations(database, agents: ["ana"]) == [
            Self.observation("ana", "greeting", "2026-11-02", 0), Self.observation("ana", "name-used", "2026-11-02", 0.5),
            Self.observation("ana", "greeting", "2026-11-10", 1),
            Self.observation("ana", "greeting", "2026-11-30", 1), Self.observation("ana", "name-used", "2026-11-30", 1),
        ])
        #expect(try Self.observations(database, agents: ["ana"], criteria: ["name-used"], from: "2026-10-31", to: "2026-11-02") == [
            Self.observation("ana", "name-used", "2026-10-31", 1), Self.observation("ana", "name-used", "2026-11-02", 0.5),
        ])
    }

    @Test("everyone's observations when no agents are named; nothing for no agents, no criteria or an empty range")
    func everyone() throws {
        let database = try Self.database()
        let all = try Self.observations(database, agents: nil, criteria: ["name-used"])
        #expect(all == [Self.observation("ana", "name-used", "2026-11-02", 0.5), Self.observation("ben", "name-used", "2026-11-07", 0),
                        Self.observation("ana", "name-used", "2026-11-30", 1)])
        #expect(try Self.observations(database, agents: ["ana", "ben"], criteria: ["name-used"]) == all)
        #expect(try Self.observations(database, agents: []).isEmpty)
        #expect(try Self.observations(database, agents: nil, criteria: []).isEmpty)
        #expect(try Self.observations(database, agents: ["ana"], criteria: ["no-such-criterion"]).isEmpty)
        #expect(try Self.observations(database, agents: nil, from: "2026-11-30", to: "2026-11-01").isEmpty)
    }

    @Test("the observations measure a stored session's effect: greeting 0 before, 1 after")
    func effect() throws {
        let database = try Self.database()
        let session = try CoachingSession(id: "cs-1", coach: "ruta", agent: "ana", date: QA.date("2026-11-08"), minutes: 30,
                                          format: .callReview, evaluationIDs: ["ev-1"], criterionIDs: ["greeting", "name-used"],
                                          shared: CoachingNotes(opportunities: "Pasisveikinti"))
        try database.write { db in try CoachingRepository.addSession(session, items: [], actor: "ruta", in: db) }
        let stored = try database.read { db in try CoachingRepository.sessions(agent: "ana", in: db) }
        let policy = CoachingPolicy(effectWindowDays: 30, minimumSample: 2)
        let window = (from: QA.date("2026-11-08").adding(days: -30), to: QA.date("2026-11-08").adding(days: 30))
        let observations = try database.read { db in
            try CoachingRepository.observations(agents: Set(stored.map(\.agent)), criteria: Set(stored.flatMap(\.criterionIDs)),
                                                from: window.from, to: window.to, in: db)
        }
        let effects = CoachingEffect.measure(stored, observations: observations, policy: policy)
        // Before: ev-oct 1 and ev-1 0 (greeting); ev-oct 1 and ev-1 0.5 (name-used). After: ev-2 and ev-last.
        #expect(effects.map(\.criterionID) == ["greeting", "name-used"])
        #expect(effects[0].beforeMean == 0.5 && effects[0].beforeCount == 2 && effects[0].afterMean == 1 && effects[0].afterCount == 2)
        #expect(effects[1].beforeMean == 0.75 && effects[1].afterMean == 1 && effects[1].afterCount == 1)
        #expect(!effects[0].isSmallSample(policy) && effects[1].isSmallSample(policy))
    }
}
