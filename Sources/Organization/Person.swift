/// Someone in the organisation, identified by a stable key (an employee number or login).
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
    public var source: SourceLocation?

    public init(key: String, displayName: String, givenName: String? = nil, familyName: String? = nil,
                email: String? = nil, preferredLocale: String? = nil, source: SourceLocation? = nil) {
        self.key = key
        self.displayName = displayName
        self.givenName = givenName
        self.familyName = familyName
        self.email = email
        self.preferredLocale = preferredLocale
        self.source = source
    }

    /// The key and name together for messages.
    public var label: PersonLabel { PersonLabel(key: key, name: displayName) }
}
