/// A column a CSV format declares: its name, other header names people use for it, and whether
/// it must be present.
///
/// ```swift
/// CSVColumn("interval_start", aliases: ["start", "interval"])
/// CSVColumn("notes", required: false)
/// ```
public struct CSVColumn: Sendable {
    /// The canonical name; lookups and error messages use it.
    public let name: String
    /// Other header names accepted for this column.
    public let aliases: [String]
    /// Whether a file without this column is rejected.
    public let isRequired: Bool

    /// Declares a column, required unless `required` is false.
    public init(_ name: String, aliases: [String] = [], required: Bool = true) {
        self.name = name
        self.aliases = aliases
        self.isRequired = required
    }

    /// Every header name accepted for this column, canonical name first.
    var acceptedNames: [String] { [name] + aliases }

    /// The form header names are compared in: case, spaces, `_` and `-` do not matter, so
    /// `Interval Start`, `interval_start` and `INTERVAL-START` are the same column.
    static func normalized(_ name: String) -> String {
        String(name.lowercased().filter { !$0.isWhitespace && $0 != "_" && $0 != "-" })
    }
}
