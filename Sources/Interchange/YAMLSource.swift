import Organization

/// Where a YAML value was read from, for domain entities that carry a ``SourceLocation``.
///
/// ```swift
/// init(from decoder: any Decoder) throws {
///     source = YAMLSource.location(of: decoder)   // people.yaml:12
/// }
/// ```
///
/// Only ``YAMLLoader``'s decoder knows lines; any other decoder (JSON, tests) gives nil.
enum YAMLSource {
    /// The file and the 1-based line where the decoder's value starts.
    static func location(of decoder: any Decoder) -> SourceLocation? {
        guard let yaml = decoder as? YAMLNodeDecoder else { return nil }
        return SourceLocation(file: yaml.state.source, line: yaml.node.location.line)
    }
}
