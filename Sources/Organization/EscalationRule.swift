/// Where an escalation goes from a role: up the reporting line to the first person in role `to`.
///
/// Without a rule for a role, escalations go to the direct manager
/// (see ``OrgSnapshot/escalationChain(for:)``).
public struct EscalationRule: Hashable, Sendable {
    /// The key of the ``Role`` escalating.
    public var from: String
    /// The key of the ``Role`` escalated to.
    public var to: String
    public var source: SourceLocation?

    public init(from: String, to: String, source: SourceLocation? = nil) {
        self.from = from
        self.to = to
        self.source = source
    }
}
