/// How a criterion is answered, as a scorecard file names it (`type: yes-no`).
enum ScorecardCriterionType: String, Decodable, CaseIterable {
    /// Yes or no; "no" fails a critical rule.
    case yesNo = "yes-no"
    /// Labelled points (`points:`); the lowest point fails a critical rule.
    case scale
    /// Named answers with points (`choices:`); choices marked `fails_critical` fail a critical rule.
    case choice
}
