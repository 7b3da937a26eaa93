/// Where an entity was read from (file and line), so errors can point people at the text to fix.
///
/// The domain never reads files; the interchange layer fills this in and the domain carries it
/// through to every error that names the entity.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based line number; nil when the format has no lines (a database row, a generated value).
    public var line: Int?

    public init(file: String, line: Int? = nil) {
        self.file = file
        self.line = line
    }

    /// `people.yaml:12`, or just the file name without a line.
    public var description: String {
        line.map { "\(file):\($0)" } ?? file
    }
}
