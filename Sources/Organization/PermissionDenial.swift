import CivilTime

/// Why an action is refused, with the names a message needs.
public enum PermissionDenial: Hashable, Sendable, CustomStringConvertible {
    /// The person (by key) is not in the organisation on the date.
    case notInOrganization(person: String, on: LocalDate)
    /// The actor is not above the subject in the reporting line on the date.
    case notAbove(actor: PersonLabel, subject: PersonLabel, on: LocalDate)
    /// Nobody may evaluate or coach themself.
    case ownRecords(actor: PersonLabel, action: PermissionAction)
    /// Only the subject may do this (acknowledge) on their own records.
    case onlySubject(actor: PersonLabel, subject: PersonLabel, action: PermissionAction)
    /// The actor's role lacks the capability the action needs on the date.
    case missingCapability(actor: PersonLabel, capability: Capability, on: LocalDate)

    /// `Ana Žemaitė is not above Ivo Ćorić on 2026-11-23`.
    public var description: String {
        switch self {
        case let .notInOrganization(person, date):
            return "'\(person)' is not in the organisation on \(date)"
        case let .notAbove(actor, subject, date):
            return "\(actor.name) is not above \(subject.name) on \(date)"
        case let .ownRecords(actor, action):
            return "\(actor.name) may not \(action.rawValue) their own records"
        case let .onlySubject(actor, subject, action):
            return "only \(subject.name) may \(action.rawValue) their records, not \(actor.name)"
        case let .missingCapability(actor, capability, date):
            return "\(actor.name) does not have the \(capability.rawValue) capability on \(date)"
        }
    }
}
