import HeadsetServices
import Foundation
import Interchange
import Quality

/// `qa evaluate --interactive`: asks each criterion of a card in turn on the terminal (standard
/// input), showing its guidance and choices, until every answer is valid.
enum QaInteractiveAnswers {
    static func ask(_ card: Scorecard) throws -> [Answer] {
        var answers: [Answer] = []
        print("\(card.label) — \(card.title.text). Answer each criterion; n/a where allowed; empty skips a bonus.")
        for (section, criterion) in card.criteria {
            print("\n[\(section.title.text)] \(criterion.label.text)" + (criterion.isCritical ? " (critical)" : "")
                + (criterion.isBonus ? " (bonus)" : ""))
            if let guidance = criterion.guidance, !guidance.text.isEmpty { print("  \(guidance.text)") }
            print("  " + options(criterion))
            while true {
                print("> ", terminator: "")
                guard let line = readLine() else { throw CommandError("input ended before \(criterion.id) was answered") }
                let text = line.trimmingCharacters(in: .whitespaces)
                if text.isEmpty, criterion.isBonus { break }
                let value = AnswersValueText.value(text, for: criterion)
                let answer = Answer(criterion.id, value)
                if let problem = problem(answer, criterion) {
                    print("  \(problem); try again")
                    continue
                }
                answers.append(answer)
                break
            }
        }
        return answers
    }

    static func options(_ criterion: Criterion) -> String {
        let notApplicable = criterion.naAllowed ? ", n/a" : ""
        switch criterion.kind {
        case .yesNo: return "yes, no\(notApplicable)"
        case .scale(let points): return points.map { "\($0.value) = \($0.label.text)" }.joined(separator: "; ") + notApplicable
        case .multipleChoice(let choices): return choices.map { "\($0.id) = \($0.label.text)" }.joined(separator: "; ") + notApplicable
        }
    }

    /// Why `answer` is not acceptable for `criterion`, or nil.
    static func problem(_ answer: Answer, _ criterion: Criterion) -> String? {
        switch (criterion.kind, answer.value) {
        case (_, .notApplicable): return criterion.naAllowed ? nil : "N/A is not allowed here"
        case (.yesNo, .yes), (.yesNo, .no): return nil
        case let (.scale(points), .scale(value)): return points.contains { $0.value == value } ? nil : "\(value) is not on the scale"
        case let (.multipleChoice(choices), .choice(id)): return choices.contains { $0.id == id } ? nil : "'\(id)' is not a choice"
        default: return "expected \(criterion.kind.expectedAnswer)"
        }
    }
}
