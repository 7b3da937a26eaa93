public import CivilTime
public import Organization

/// Permission decisions on the day concerned, turned into ``ServiceError/notAllowed(_:)``.
///
/// One snapshot per day: building one of a large organisation takes tens of milliseconds, so a
/// use case that checks many records on few days keeps one `Authorization` for all of them.
public struct Authorization {
    public let organization: Organization
    private var byDay: [LocalDate: Permissions] = [:]

    public init(organization: Organization) { self.organization = organization }

    /// The permissions of the organisation as it stood on `date`.
    public mutating func permissions(on date: LocalDate) -> Permissions {
        if let known = byDay[date] { return known }
        let built = Permissions(organization: organization, asOf: date)
        byDay[date] = built
        return built
    }

    /// Whether `person` may do `action` on `subject`'s records on `date`.
    public mutating func allows(_ person: String, _ action: PermissionAction, on subject: String, date: LocalDate) -> Bool {
        permissions(on: date).may(actor: person, action, on: subject).isAllowed
    }

    /// Throws unless `actor` may do `action` on `subject`'s records on `date`.
    public mutating func require(_ actor: Actor, _ action: PermissionAction, on subject: String, date: LocalDate) throws(ServiceError) {
        let decision = permissions(on: date).may(actor: actor.person, action, on: subject)
        if let denial = decision.denial {
            throw .notAllowed(Refusal(actor: actor.person, action: action.rawValue, subject: subject, date: date,
                                      reason: denial.description))
        }
    }

    /// Throws unless `actor` is `subject` themself (acknowledging, disputing one's own records);
    /// `role` names the subject in the message ("the evaluated agent").
    public func requireSelf(_ actor: Actor, _ action: String, on subject: String, role: String, date: LocalDate?) throws(ServiceError) {
        guard actor.person != subject else { return }
        throw .notAllowed(Refusal(actor: actor.person, action: action, subject: subject, date: date,
                                  reason: "only \(role) (\(name(subject))) may \(action) this, not \(name(actor.person))"))
    }

    /// The display name of `key`, or the key.
    public func name(_ key: String) -> String { organization.person(key)?.displayName ?? key }
}
