import Quality

/// One criterion's answer as an answers file writes it, before it is read against a scorecard.
///
/// ```yaml
/// greeting: yes                                  # short form: yes, no, n/a, a scale value, a choice id
/// verify-identity:                               # long form
///   value: no
///   comment: Read out the balance before asking for the date of birth.
///   evidence: [{ timestamp: "00:01:05" }, { quote: "Your balance is 240 euros." }]
/// went-extra-mile: ~                             # left empty: not answered (bonus criteria only)
/// ```
public struct AnswersEntry: Hashable, Sendable {
    public let criterionID: String
    /// The answer as written (`yes`, `N/A`, `3`, `full`); nil when left empty.
    public let text: String?
    public let comment: String?
    public let evidence: [Evidence]
}
