/// A group of related roles with one career ladder: customer service, quality, workforce
/// management, human resources.
public struct JobFamily: Hashable, Sendable {
    /// Stable key people write in files (`customer-service`).
    public var key: String
    public var names: LocalizedText
    public var source: SourceLocation?

    public init(key: String, names: LocalizedText, source: SourceLocation? = nil) {
        self.key = key
        self.names = names
        self.source = source
    }

    /// The name in `locale` (by the fallback order of ``LocalizedText``), or the key.
    public func name(in locale: String = "en") -> String { names.text(for: locale) ?? key }
}
