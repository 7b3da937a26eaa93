/// The evaluator's answer to one criterion, with an optional comment and evidence.
///
/// ```swift
/// Answer("verify-identity", .no, comment: "Skipped the security questions",
///        evidence: [.timestamp(seconds: 42), .quote("I'll just update it for you")])
/// ```
///
/// A missing answer is not N/A: every non-bonus criterion must be answered, with
/// `.notApplicable` where it does not apply and the card allows it.
public struct Answer: Hashable, Sendable {
    public var criterionID: String
    public var value: AnswerValue
    public var comment: String?
    public var evidence: [Evidence]

    public init(_ criterionID: String, _ value: AnswerValue, comment: String? = nil, evidence: [Evidence] = []) {
        self.criterionID = criterionID
        self.value = value
        self.comment = comment
        self.evidence = evidence
    }
}
