/// How a criterion is answered, and so how its answer turns into a share of its points.
///
/// | kind | earns (fraction of the criterion's weight) | fails a critical rule when |
/// |---|---|---|
/// | `yesNo` | yes → 1, no → 0 | the answer is no |
/// | `scale` | value ÷ highest value | the answer is the lowest value |
/// | `multipleChoice` | points ÷ best choice's points | the choice is marked `failsCritical` |
public enum CriterionKind: Hashable, Sendable {
    case yesNo
    /// Labelled points; see ``ScalePoint``. At least two, distinct values, 0 or more.
    case scale([ScalePoint])
    /// Named answers with points; see ``Choice``. At least two, distinct ids.
    case multipleChoice([Choice])

    /// `yes/no`, `scale`, `multiple choice`: for messages.
    public var name: String {
        switch self {
        case .yesNo: return "yes/no"
        case .scale: return "scale"
        case .multipleChoice: return "multiple choice"
        }
    }

    /// What an answer must look like, for messages: `yes or no`, `one of 0, 1, 2`.
    public var expectedAnswer: String {
        switch self {
        case .yesNo: return "yes or no"
        case .scale(let points): return "a scale value, one of " + points.map { String($0.value) }.joined(separator: ", ")
        case .multipleChoice(let choices): return "a choice, one of " + choices.map(\.id).joined(separator: ", ")
        }
    }

    /// The share of the criterion's points `value` earns (0…1); nil for N/A or an answer that
    /// does not fit this kind (the engine refuses those before asking).
    func fraction(of value: AnswerValue) -> Double? {
        switch (self, value) {
        case (.yesNo, .yes): return 1
        case (.yesNo, .no): return 0
        case let (.scale(points), .scale(chosen)):
            guard let top = points.map(\.value).max(), top > 0, points.contains(where: { $0.value == chosen }) else { return nil }
            return Double(chosen) / Double(top)
        case let (.multipleChoice(choices), .choice(id)):
            guard let best = choices.map(\.points).max(), best > 0,
                  let chosen = choices.first(where: { $0.id == id }) else { return nil }
            return chosen.points / best
        default:
            return nil
        }
    }

    /// True when `value` is the failing answer of a critical rule on this kind.
    func failsCritical(_ value: AnswerValue) -> Bool {
        switch (self, value) {
        case (.yesNo, .no):
            return true
        case let (.scale(points), .scale(chosen)):
            return points.map(\.value).min() == chosen
        case let (.multipleChoice(choices), .choice(id)):
            return choices.first(where: { $0.id == id })?.failsCritical ?? false
        default:
            return false
        }
    }

    /// Why `value` cannot answer a criterion of this kind; nil when it can (N/A is judged by
    /// the criterion, not the kind).
    func problem(with value: AnswerValue, criterionID: String) -> AnswerProblem? {
        switch (self, value) {
        case (_, .notApplicable), (.yesNo, .yes), (.yesNo, .no):
            return nil
        case let (.scale(points), .scale(chosen)):
            return points.contains(where: { $0.value == chosen }) ? nil
                : .valueOffScale(criterionID: criterionID, value: chosen, allowed: points.map(\.value))
        case let (.multipleChoice(choices), .choice(id)):
            return choices.contains(where: { $0.id == id }) ? nil
                : .unknownChoice(criterionID: criterionID, choice: id, allowed: choices.map(\.id))
        default:
            return .wrongValueType(criterionID: criterionID, value: value, expected: expectedAnswer)
        }
    }
}
