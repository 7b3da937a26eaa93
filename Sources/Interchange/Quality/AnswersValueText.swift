import Quality

/// Reads an answer as written (`yes`, `N/A`, `3`, `full`) as the criterion it answers expects.
///
/// ```swift
/// AnswersValueText.value("Yes", for: yesNo)      // .yes
/// AnswersValueText.value("n/a", for: anything)   // .notApplicable
/// AnswersValueText.value("2", for: scale)        // .scale(2)
/// AnswersValueText.value("full", for: choice)    // .choice("full")
/// ```
///
/// Keywords ignore case; choice ids do not. On a choice criterion an exact choice id wins over
/// every keyword, so a card may offer choices named `yes` or `na`. Text that fits no reading
/// becomes a choice, so the scoring engine explains what the criterion expects.
public enum AnswersValueText {
    static let notApplicableSpellings: Set<String> = ["n/a", "na", "n.a.", "not applicable"]
    static let yesSpellings: Set<String> = ["yes", "y", "true"]
    static let noSpellings: Set<String> = ["no", "n", "false"]

    public static func value(_ written: String, for criterion: Criterion?) -> AnswerValue {
        let text = written.trimmingWhitespace()
        let keyword = text.lowercased()
        if case .multipleChoice(let choices)? = criterion?.kind {
            if choices.contains(where: { $0.id == text }) { return .choice(text) }
            return notApplicableSpellings.contains(keyword) ? .notApplicable : .choice(text)
        }
        if notApplicableSpellings.contains(keyword) { return .notApplicable }
        if yesSpellings.contains(keyword) { return .yes }
        if noSpellings.contains(keyword) { return .no }
        if let number = wholeNumber(text) { return .scale(number) }
        return .choice(text)
    }

    /// `3`, `+3`, `3.0`; nil for anything else.
    private static func wholeNumber(_ text: String) -> Int? {
        if let number = Int(text) { return number }
        guard let number = Double(text), number.isFinite, number == number.rounded(), abs(number) < 1e9 else { return nil }
        return Int(number)
    }
}
