/// Who does something through a use case: the person of the organisation acted as, and the
/// operator behind the door (the logged-in user's name, or for the CLI `--actor`/`$USER`).
///
/// Both are recorded in the audit log; permissions follow ``person`` alone.
public struct Actor: Sendable, Equatable {
    /// The person's key in the organisation.
    public let person: String
    /// Who operated the door; the same as `person` for a login.
    public let operatorName: String

    public init(person: String, operatorName: String) {
        self.person = person
        self.operatorName = operatorName
    }

    /// The audit log's actor, always `operator as person` (a login writes `ana as ana`), so the
    /// person acted as can be read back from every entry.
    public var auditName: String { "\(operatorName) as \(person)" }
}
