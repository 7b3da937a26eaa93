/// One person on an escalation path, and why the path reached them.
public struct EscalationStep: Hashable, Sendable, CustomStringConvertible {
    /// Why the escalation went to this person.
    public enum Reason: Hashable, Sendable {
        /// The person the chain starts from.
        case start
        /// The rule for the previous person's role led up to the first person in its `to` role.
        case rule(EscalationRule)
        /// No rule for the previous person's role: their direct manager.
        case directManager
        /// The rule's `to` role is nowhere above the previous person: their direct manager.
        case ruleUnmatched(EscalationRule)
    }

    public var person: PersonLabel
    /// Role key on the date, if the person holds a title.
    public var role: String?
    /// Title key on the date, if any.
    public var title: String?
    public var reason: Reason

    public init(person: PersonLabel, role: String?, title: String?, reason: Reason) {
        self.person = person
        self.role = role
        self.title = title
        self.reason = reason
    }

    /// `Ivo Ćorić (ivo), team-lead / senior-team-lead`.
    public var description: String {
        person.description + ", " + [role ?? "no role", title ?? "no title"].joined(separator: " / ")
    }
}
