/// Why a scorecard or answers file cannot be used: the file itself (unreadable, malformed YAML,
/// a wrong type, an unknown key), or everything wrong with what it says.
///
/// ```swift
/// do { _ = try ScorecardFile.load(from: url) }
/// catch { for line in error.messages { print(line) } }
/// ```
public enum QualityFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read or decoded; decoding stops at the first such error.
    case file(InterchangeError)
    /// The file decoded, but its content has problems: all of them, in file order.
    case problems([QualityFileProblem])

    /// One line per problem, each starting with the file, line and column.
    public var messages: [String] {
        switch self {
        case .file(let error): return [error.description]
        case .problems(let problems): return problems.map(\.description)
        }
    }

    /// The problems, one per line.
    public var description: String { messages.joined(separator: "\n") }
}
