import CivilTime
import Foundation
import GRDB
import Quality
@testable import Storage

/// The scorecard, people and evaluations the Quality storage tests share, small enough to score
/// by hand.
///
/// `voice-call` v1 (published, pass mark 80), the Quality tests' card with translated texts:
///
/// | section (weight) | criterion | kind | weight | N/A | critical |
/// |---|---|---|---|---|---|
/// | opening (1) | greeting | yes/no | 1 | no | — |
/// | | name-used | scale 0/1/2 | 1 | yes | — |
/// | compliance (2) | verify-identity | yes/no | 2 | yes | compliance, fail evaluation |
/// | | disclosure | yes/no | 1 | yes | compliance, fail section |
/// | resolution (2) | resolved | choice full 3 / partial 1 / wrong 0 (fails) | 3 | no | customer, fail section |
/// | | upsell | yes/no | 1 | yes | — |
/// | | empathy-extra | yes/no, bonus 2 points | — | yes | — |
enum QualityStorageFixture {
    static func card(version: Int = 1, status: ScorecardStatus = .published, title: String = "Voice call") -> Scorecard {
        Scorecard(
            key: "voice-call", version: version, status: status,
            title: TranslatedText(title, translations: ["lt": "Skambutis — įvertinimas", "nb": "Telefonsamtale"]),
            description: TranslatedText("Ką vertiname: pokalbį nuo „Labas“ iki „Viso gero“"),
            channels: [.voice, .chat],
            sections: [
                ScorecardSection(id: "opening", title: TranslatedText("Opening", translations: ["lt": "Pradžia"]), weight: 1, criteria: [
                    Criterion(id: "greeting", label: "Greeted the customer", guidance: "Sveiki / Labas / Hei", kind: .yesNo),
                    Criterion(id: "name-used", label: "Used the customer's name",
                              kind: .scale([ScalePoint(value: 0, label: "Never"), ScalePoint(value: 1, label: "Once"),
                                            ScalePoint(value: 2, label: TranslatedText("Throughout", translations: ["lt": "Visą laiką"]))]),
                              naAllowed: true),
                ]),
                ScorecardSection(id: "compliance", title: "Compliance", weight: 2, criteria: [
                    Criterion(id: "verify-identity", label: "Verified the caller's identity", kind: .yesNo, weight: 2,
                              naAllowed: true, critical: CriticalRule(class: .compliance, effect: .failEvaluation)),
                    Criterion(id: "disclosure", label: "Read the recording disclosure", kind: .yesNo,
                              naAllowed: true, critical: CriticalRule(class: .compliance, effect: .failSection)),
                ]),
                ScorecardSection(id: "resolution", title: "Resolution", weight: 2, criteria: [
                    Criterion(id: "resolved", label: "Resolved the issue",
                              kind: .multipleChoice([Choice(id: "full", label: "Fully", points: 3),
                                                     Choice(id: "partial", label: "Partly", points: 1),
                                                     Choice(id: "wrong", label: "Wrong information", points: 0, failsCritical: true)]),
                              weight: 3, critical: CriticalRule(class: .customer, effect: .failSection)),
                    Criterion(id: "upsell", label: "Offered the upgrade", kind: .yesNo, naAllowed: true),
                    Criterion(id: "empathy-extra", label: "Went the extra mile", kind: .yesNo, naAllowed: true, bonusPoints: 2),
                ]),
            ],
            passMark: 80)
    }

    /// Answers to every non-bonus criterion of ``card(version:status:title:)``: full marks unless overridden.
    static func answers(_ overrides: [String: AnswerValue] = [:], bonus: AnswerValue? = nil) -> [Answer] {
        var answers = [("greeting", AnswerValue.yes), ("name-used", .scale(2)), ("verify-identity", .yes), ("disclosure", .yes),
                       ("resolved", .choice("full")), ("upsell", .yes)].map { Answer($0.0, overrides[$0.0] ?? $0.1) }
        if let bonus { answers.append(Answer("empathy-extra", bonus)) }
        return answers
    }

    static let created = Date(timeIntervalSince1970: 1_795_420_800.123_456)   // 2026-11-23 08:00:00.123456 UTC

    static func at(minutes: Double) -> Date { created.addingTimeInterval(minutes * 60) }

    static func date(_ text: String) -> LocalDate { LocalDate(text)! }

    static func month(_ text: String) -> CalendarMonth { CalendarMonth(containing: date(text + "-01")) }

    static func call(_ id: String = "call-88123", on day: String = "2026-11-23", channel: InteractionChannel = .voice) throws -> InteractionReference {
        try InteractionReference(id: id, channel: channel, date: date(day), startSecondOfDay: 9 * 3600 + 14 * 60, durationSeconds: 412.5)
    }

    static func draft(_ id: String = "ev-1", agent: String = "ana", evaluator: String = "ruta", day: String = "2026-11-23",
                      answers: [Answer] = answers(), version: Int = 1) throws -> Evaluation {
        try Evaluation(id: id, scorecardKey: "voice-call", scorecardVersion: version, evaluatorID: evaluator, agentID: agent,
                       interaction: call("call-\(id)", on: day), answers: answers, createdAt: created)
    }

    /// A submitted evaluation and its score, or a later status reached from there.
    static func scored(_ id: String = "ev-1", agent: String = "ana", evaluator: String = "ruta", day: String = "2026-11-23",
                       answers: [Answer] = answers(), status: EvaluationStatus = .submitted,
                       card: Scorecard = card()) throws -> ScoredEvaluation {
        let draft = try draft(id, agent: agent, evaluator: evaluator, day: day, answers: answers, version: card.version)
        let submitted = try draft.submitted(with: card, at: at(minutes: 10))
        var evaluation = submitted.evaluation
        if status != .submitted { evaluation = try evaluation.transitioned(to: status, at: at(minutes: 20)) }
        return ScoredEvaluation(evaluation, score: submitted.score)
    }

    /// A fresh in-memory database holding ``card(version:status:title:)`` v1.
    static func database() throws -> HeadsetDatabase {
        let database = try HeadsetDatabase.inMemory()
        try database.write { db in _ = try QualityRepository.importScorecard(card(), actor: "ruta", in: db) }
        return database
    }

    /// A fresh database of `configuration` holding ``card(version:status:title:)`` v1; keep the
    /// result alive while the test uses its `database`.
    static func database(_ configuration: StorageConfiguration) throws -> OpenedDatabase {
        let opened = try configuration.open()
        try opened.database.write { db in _ = try QualityRepository.importScorecard(card(), actor: "ruta", in: db) }
        return opened
    }

    static func save(_ scored: ScoredEvaluation, in database: HeadsetDatabase, actor: String = "ruta") throws -> EvaluationSaveOutcome {
        try database.write { db in try QualityRepository.saveEvaluation(scored.evaluation, score: scored.score, actor: actor, in: db) }
    }

    static func count(_ table: String, in database: HeadsetDatabase) throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
    }

    static func audit(_ entity: String, in database: HeadsetDatabase) throws -> [AuditEntry] {
        try database.read { db in try AuditLog.entries(entity: entity, in: db) }
    }

    /// True when a value is present and within `tolerance` of a hand-computed one.
    static func isClose(_ actual: Double?, _ expected: Double, tolerance: Double = 1e-9) -> Bool {
        guard let actual else { return false }
        return abs(actual - expected) <= tolerance
    }
}
