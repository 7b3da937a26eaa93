/// Why an action is allowed.
public enum PermissionGrant: Hashable, Sendable, CustomStringConvertible {
    /// The subject is the actor: people view and acknowledge their own records.
    case ownRecords
    /// The actor is above the subject in the reporting line on the date.
    case reportingLine
    /// The actor's role has the capability.
    case capability(Capability)

    public var description: String {
        switch self {
        case .ownRecords: return "own records"
        case .reportingLine: return "above in the reporting line"
        case .capability(let capability): return "capability \(capability.rawValue)"
        }
    }
}
