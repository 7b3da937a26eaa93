/// One rule of a working-time rule set: a kind with its parameters, the key people and reports
/// call it by (`daily-rest`), and the legal text it comes from (`Directive 2003/88/EC Art. 3`).
public struct WorkingTimeRule: Equatable, Sendable {
    public let key: String
    public let citation: String
    public let kind: WorkingTimeRuleKind

    public init(key: String, citation: String, kind: WorkingTimeRuleKind) {
        self.key = key
        self.citation = citation
        self.kind = kind
    }
}
