import CivilTime
import Foundation
@testable import Quality

/// The scorecard and people most tests use, small enough to score by hand.
///
/// `voice-call` v1, pass mark 80:
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
enum QualityFixture {
    static let card = Scorecard(
        key: "voice-call", version: 1, status: .published,
        title: TranslatedText("Voice call", translations: ["lt": "Skambutis", "nb": "Telefonsamtale"]),
        channels: [.voice],
        sections: [
            ScorecardSection(id: "opening", title: "Opening", weight: 1, criteria: [
                Criterion(id: "greeting", label: "Greeted the customer", kind: .yesNo),
                Criterion(id: "name-used", label: "Used the customer's name",
                          kind: .scale([ScalePoint(value: 0, label: "Never"), ScalePoint(value: 1, label: "Once"),
                                        ScalePoint(value: 2, label: "Throughout")]),
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

    /// Answers to every non-bonus criterion of ``card``: full marks unless overridden.
    static func answers(_ overrides: [String: AnswerValue] = [:], bonus: AnswerValue? = nil) -> [Answer] {
        var values: [(String, AnswerValue)] = [
            ("greeting", .yes), ("name-used", .scale(2)), ("verify-identity", .yes), ("disclosure", .yes),
            ("resolved", .choice("full")), ("upsell", .yes),
        ]
        values = values.map { ($0.0, overrides[$0.0] ?? $0.1) }
        var answers = values.map { Answer($0.0, $0.1) }
        if let bonus { answers.append(Answer("empathy-extra", bonus)) }
        return answers
    }

    static func score(_ overrides: [String: AnswerValue] = [:], bonus: AnswerValue? = nil) throws -> ScoreResult {
        try ScoringEngine.score(answers(overrides, bonus: bonus), with: card)
    }

    /// A card with one section and the given criteria, for focused examples.
    static func singleSection(_ criteria: [Criterion], passMark: Double? = nil) -> Scorecard {
        Scorecard(key: "focus", version: 1, title: "Focus", channels: [.voice],
                  sections: [ScorecardSection(id: "main", title: "Main", criteria: criteria)], passMark: passMark)
    }

    /// True when a score is present and within `tolerance` of a hand-computed value.
    static func isClose(_ actual: Double?, _ expected: Double, tolerance: Double = 1e-9) -> Bool {
        guard let actual else { return false }
        return abs(actual - expected) <= tolerance
    }

    static let monday = LocalDate(year: 2026, month: 11, day: 23) ?? LocalDate(dayNumber: 0)
    static let created = Date(timeIntervalSince1970: 1_795_420_800)   // 2026-11-23 08:00 UTC

    static func at(minutes: Double) -> Date { created.addingTimeInterval(minutes * 60) }

    static func call(duration: Double? = 412) throws -> InteractionReference {
        try InteractionReference(id: "call-88123", channel: .voice, date: monday, startSecondOfDay: 9 * 3600 + 14 * 60,
                                 durationSeconds: duration)
    }

    /// A submitted evaluation of agent `ana` by evaluator `ruta` on ``card``.
    static func submittedEvaluation(_ overrides: [String: AnswerValue] = [:], agent: String = "ana",
                                    evaluator: String = "ruta") throws -> Evaluation {
        let draft = try Evaluation(id: "ev-1", scorecardKey: "voice-call", scorecardVersion: 1, evaluatorID: evaluator,
                                   agentID: agent, interaction: call(), answers: answers(overrides), createdAt: created)
        return try draft.submitted(with: card, at: at(minutes: 10)).evaluation
    }
}
