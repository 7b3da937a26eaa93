/// What a person does and at which rung of the ladder: agent, team lead, head of service.
///
/// ```swift
/// Role(key: "team-lead", family: "customer-service", level: RoleLevel.teamLead,
///      names: ["en": "Team Lead", "lt": "Komandos vadovas"])
/// ```
public struct Role: Hashable, Sendable {
    /// Stable key people write in files (`team-lead`).
    public var key: String
    /// The key of the ``JobFamily``.
    public var family: String
    /// Rung on the ladder (see ``RoleLevel``): agent 1, senior agent 2, team lead 3, manager 4,
    /// head 5, chief customer officer 6.
    public var level: Int
    public var names: LocalizedText
    public var capabilities: Set<Capability>
    public var source: SourceLocation?

    public init(key: String, family: String, level: Int, names: LocalizedText,
                capabilities: Set<Capability> = [], source: SourceLocation? = nil) {
        self.key = key
        self.family = family
        self.level = level
        self.names = names
        self.capabilities = capabilities
        self.source = source
    }

    /// The name in `locale` (by the fallback order of ``LocalizedText``), or the key.
    public func name(in locale: String = "en") -> String { names.text(for: locale) ?? key }
}
