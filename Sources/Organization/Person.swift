import CivilTime

/// Someone in the organisation, identified by a stable key (an employee number or login).
///
/// People with history (evaluations, coaching, rosters, titles held) are never deleted: they
/// leave on a date (``leavesOn``), and their title assignments and reporting lines end the day
/// before, so the organisation on earlier days still resolves.
public struct Person: Hashable, Sendable {
    /// Stable key people write in files (`ana.zemaite`, `E10442`).
    public var key: String
    /// The name shown in charts and messages: "Ana Žemaitė".
    public var displayName: String
    public var givenName: String?
    public var familyName: String?
    public var email: String?
    /// Locale identifier for messages and reports addressed to this person (`lt-LT`).
    public var preferredLocale: String?
    /// The first day the person is no longer in the organisation; nil while they stay. Nothing
    /// of theirs is in force from this day (see ``Organization/settlingDepartures(from:leaving:history:today:)``).
    public var leavesOn: LocalDate?
    public var source: SourceLocation?

    public init(key: String, displayName: String, givenName: String? = nil, familyName: String? = nil,
                email: String? = nil, preferredLocale: String? = nil, leavesOn: LocalDate? = nil, source: SourceLocation? = nil) {
        self.key = key
        self.displayName = displayName
        self.givenName = givenName
        self.familyName = familyName
        self.email = email
        self.preferredLocale = preferredLocale
        self.leavesOn = leavesOn
        self.source = source
    }

    /// The key and name together for messages.
    public var label: PersonLabel { PersonLabel(key: key, name: displayName) }
}
