/// Who a matter raised by one person goes to, step by step, up to the top of the organisation.
///
/// Built by ``OrgSnapshot/escalationChain(for:)``.
public struct EscalationChain: Hashable, Sendable, CustomStringConvertible {
    /// The person the escalation starts from (reason `.start`).
    public var start: EscalationStep
    /// The people it goes to, nearest first; empty for someone without a manager.
    public var steps: [EscalationStep]

    public init(start: EscalationStep, steps: [EscalationStep]) {
        self.start = start
        self.steps = steps
    }

    /// The keys of the people it goes to, nearest first.
    public var people: [String] { steps.map(\.person.key) }

    /// `Ana (ana), agent / operator → Ivo (ivo), team-lead / team-lead → …`.
    public var description: String {
        ([start] + steps).map(\.description).joined(separator: " → ")
    }
}
