@testable import Quality
import Randomness

/// Seeded random scorecards and answers for property tests (the shared SplitMix64), so
/// every failure reproduces from its seed.
struct RandomScorecards: RandomNumberGenerator {
    private var generator: SplitMix64

    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    mutating func next() -> UInt64 { generator.next() }

    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }

    mutating func weight() -> Double { [0.5, 1, 1, 1.5, 2, 3, 0.05].randomElement(using: &self) ?? 1 }

    /// A valid card of 1–4 sections with 1–5 criteria each, of every kind, some N/A-able,
    /// critical or bonus.
    mutating func scorecard(index: Int) -> Scorecard {
        let sections = (0..<Int.random(in: 1...4, using: &self)).map { s in
            var criteria = (0..<Int.random(in: 1...5, using: &self)).map { c in criterion(id: "s\(s)-c\(c)") }
            if criteria.allSatisfy(\.isBonus) { criteria[0].bonusPoints = nil }
            return ScorecardSection(id: "s\(s)", title: TranslatedText("Section \(s)"), weight: weight(), criteria: criteria)
        }
        return Scorecard(key: "random-\(index)", version: 1, title: TranslatedText("Random \(index)"),
                         channels: [.voice, .chat], sections: sections,
                         passMark: chance(0.5) ? Double(Int.random(in: 50...100, using: &self)) : nil)
    }

    private mutating func criterion(id: String) -> Criterion {
        let isBonus = chance(0.15)
        let critical: CriticalRule? = !isBonus && chance(0.3)
            ? CriticalRule(class: CriticalClass.allCases.randomElement(using: &self) ?? .customer,
                           effect: chance(0.5) ? .failSection : .failEvaluation)
            : nil
        let kind: CriterionKind
        switch Int.random(in: 0..<3, using: &self) {
        case 0:
            kind = .yesNo
        case 1:
            var values = Set<Int>()
            while values.count < Int.random(in: 2...5, using: &self) { values.insert(Int.random(in: 0...10, using: &self)) }
            kind = .scale(values.sorted().map { ScalePoint(value: $0, label: TranslatedText("\($0)")) })
        default:
            let count = Int.random(in: 2...4, using: &self)
            var choices = (0..<count).map { Choice(id: "o\($0)", label: TranslatedText("Option \($0)"),
                                                   points: Double(Int.random(in: 0...5, using: &self))) }
            choices[0].points = 0
            choices[count - 1].points = max(choices[count - 1].points, 1)
            if critical != nil { choices[0].failsCritical = true }
            kind = .multipleChoice(choices)
        }
        return Criterion(id: id, label: TranslatedText("Criterion \(id)"), kind: kind, weight: weight(),
                         naAllowed: chance(0.4), critical: critical, bonusPoints: isBonus ? Double(Int.random(in: 1...10, using: &self)) : nil)
    }

    /// A valid answer to every non-bonus criterion (bonus criteria answered or not at random).
    mutating func answers(for card: Scorecard, notApplicable: Double = 0.25) -> [Answer] {
        card.criteria.compactMap { _, criterion in
            if criterion.isBonus && chance(0.3) { return nil }
            if criterion.naAllowed && chance(notApplicable) { return Answer(criterion.id, .notApplicable) }
            return Answer(criterion.id, value(for: criterion.kind))
        }
    }

    private mutating func value(for kind: CriterionKind) -> AnswerValue {
        switch kind {
        case .yesNo: return chance(0.7) ? .yes : .no
        case .scale(let points): return .scale(points.randomElement(using: &self)?.value ?? 0)
        case .multipleChoice(let choices): return .choice(choices.randomElement(using: &self)?.id ?? "")
        }
    }

    /// The best answer to every criterion: yes, the top of the scale, the best choice; no N/A.
    static func fullAnswers(for card: Scorecard) -> [Answer] {
        card.criteria.map { _, criterion in
            switch criterion.kind {
            case .yesNo: return Answer(criterion.id, .yes)
            case .scale(let points): return Answer(criterion.id, .scale(points.map(\.value).max() ?? 0))
            case .multipleChoice(let choices):
                let best = choices.max { $0.points < $1.points }
                return Answer(criterion.id, .choice(best?.id ?? ""))
            }
        }
    }
}
