/// A problem reading or writing a CSV, YAML or JSON file, with the location a person can act on.
///
/// Every case carries what the user must see; ``description`` renders it as one line that starts
/// with the location, the way compilers do, so editors and terminals can jump to it:
///
/// ```
/// bank.csv:17: column 'calls': expected a number, found 'abc'
/// team.yaml:4:9: field 'sections[1].weight': expected a number, found 'heavy'
/// ```
///
/// Lines and columns are 1-based. YAML field paths read like `sections[1].items[0].weight`
/// (indices are 0-based, as in code).
public enum InterchangeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read (missing, a directory, no permission).
    case unreadableFile(path: String, reason: String)
    /// The file could not be written; the previous file, if any, is untouched.
    case unwritableFile(path: String, reason: String)
    /// The file is not UTF-8; `line` is where the first invalid byte is.
    case notUTF8(file: String, line: Int)

    /// The CSV file has no header line (it is empty or holds only blank lines).
    case csvEmpty(file: String)
    /// A quoted CSV field opened on `line` and never closed.
    case csvUnclosedQuote(file: String, line: Int)
    /// A CSV record has a different number of fields than the header.
    case csvWrongWidth(file: String, line: Int, expected: Int, found: Int)
    /// A required CSV column is absent; `accepted` lists the header names that would do.
    case csvMissingColumn(file: String, column: String, accepted: [String])
    /// A CSV column appears twice, or one header matches two declared columns.
    case csvDuplicateColumn(file: String, column: String)
    /// A CSV cell does not hold what its column needs, e.g. `expected: "a number"`.
    case csvInvalidValue(file: String, line: Int, column: String, value: String, expected: String)

    /// The YAML text is malformed (reported by the YAML parser).
    case yamlSyntax(file: String, line: Int, column: Int, message: String)
    /// A YAML value has the wrong shape or type; `found` is already phrased, e.g. `'heavy'` or `a list`.
    case yamlTypeMismatch(file: String, line: Int, column: Int, field: String, expected: String, found: String)
    /// A required YAML field is missing; the location is the mapping that lacks it.
    case yamlMissingKey(file: String, line: Int, column: Int, field: String)
    /// A YAML key that no type asked for, with the closest known key when one is close.
    case yamlUnknownKey(file: String, line: Int, column: Int, field: String, suggestion: String?)
    /// A YAML value was rejected by the type itself (a domain rule); `message` is its explanation.
    case yamlInvalidValue(file: String, line: Int, column: Int, field: String, message: String)

    /// A JSON document could not be decoded; `field` is empty when the problem is the text itself.
    case jsonInvalid(file: String, field: String, message: String)
    /// A value could not be turned into YAML (its `encode(to:)` threw).
    case encodingFailed(format: String, message: String)

    /// One line, starting with the location.
    public var description: String {
        switch self {
        case let .unreadableFile(path, reason):
            "\(path): cannot read the file: \(Self.oneLine(reason))"
        case let .unwritableFile(path, reason):
            "\(path): cannot write the file: \(Self.oneLine(reason))"
        case let .notUTF8(file, line):
            "\(file):\(line): the file is not valid UTF-8; save it with UTF-8 encoding"
        case let .csvEmpty(file):
            "\(file): the file is empty; expected a header line with column names"
        case let .csvUnclosedQuote(file, line):
            "\(file):\(line): a quoted field starts here and is never closed"
        case let .csvWrongWidth(file, line, expected, found):
            "\(file):\(line): expected \(expected) \(expected == 1 ? "field" : "fields") as in the header, found \(found)"
        case let .csvMissingColumn(file, column, accepted):
            "\(file): missing column '\(column)' (accepted header names: "
                + accepted.map { "'\(Self.quoted($0))'" }.joined(separator: ", ") + ")"
        case let .csvDuplicateColumn(file, column):
            "\(file): column '\(Self.quoted(column))' appears more than once in the header"
        case let .csvInvalidValue(file, line, column, value, expected):
            "\(file):\(line): column '\(Self.quoted(column))': expected \(expected), found '\(Self.quoted(value))'"
        case let .yamlSyntax(file, line, column, message):
            "\(file):\(line):\(column): \(Self.oneLine(message))"
        case let .yamlTypeMismatch(file, line, column, field, expected, found):
            "\(file):\(line):\(column): field '\(Self.oneLine(field))': expected \(expected), found \(Self.oneLine(found))"
        case let .yamlMissingKey(file, line, column, field):
            "\(file):\(line):\(column): missing field '\(Self.oneLine(field))'"
        case let .yamlUnknownKey(file, line, column, field, suggestion):
            "\(file):\(line):\(column): unknown field '\(Self.oneLine(field))'"
                + (suggestion.map { "; did you mean '\(Self.oneLine($0))'?" } ?? "")
        case let .yamlInvalidValue(file, line, column, field, message):
            "\(file):\(line):\(column): field '\(Self.oneLine(field))': \(Self.oneLine(message))"
        case let .jsonInvalid(file, field, message):
            field.isEmpty
                ? "\(file): \(Self.oneLine(message))"
                : "\(file): field '\(Self.oneLine(field))': \(Self.oneLine(message))"
        case let .encodingFailed(format, message):
            "\(format) output: \(Self.oneLine(message))"
        }
    }

    /// Escapes line breaks and tabs so a message never spans lines.
    static func oneLine(_ text: String) -> String {
        guard text.contains(where: { $0.isNewline || $0 == "\t" }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A user value shown inside quotes: one line, and cut short when it would flood the terminal.
    static func quoted(_ value: String) -> String {
        let limit = 80
        let line = oneLine(value)
        guard line.count > limit else { return line }
        return String(line.prefix(limit)) + "…"
    }
}
