/// The name on a contract or badge; it belongs to exactly one role.
///
/// Several titles may share a role (`customer-assistant` and `bank-teller` are both agents).
/// Aliases are other spellings found in HR exports that resolve to this title, matched ignoring
/// case and diacritics (see ``Organization/titles(matching:)``).
public struct Title: Hashable, Sendable {
    /// Stable key people write in files (`senior-agent`).
    public var key: String
    /// The key of the ``Role``.
    public var role: String
    public var names: LocalizedText
    /// Other names that resolve to this title: "Customer Assistant", "Operator", "Bank Teller".
    public var aliases: [String]
    public var source: SourceLocation?

    public init(key: String, role: String, names: LocalizedText, aliases: [String] = [],
                source: SourceLocation? = nil) {
        self.key = key
        self.role = role
        self.names = names
        self.aliases = aliases
        self.source = source
    }

    /// The name in `locale` (by the fallback order of ``LocalizedText``), or the key.
    public func name(in locale: String = "en") -> String { names.text(for: locale) ?? key }
}
