/// A parsed CSV file: its header, the delimiter it used, and its rows.
///
/// ```swift
/// let document = try CSVReader.read(contentsOf: url)
/// let map = try CSVHeaderMap(document, columns: [CSVColumn("calls")])
/// for row in document.rows { let calls = try map.int(row, "calls") }
/// ```
public struct CSVDocument: Sendable, Equatable {
    /// The name used in error messages (usually the path as the user typed it).
    public let source: String
    /// The delimiter detected from the header line: `,`, `;` or a tab.
    public let delimiter: Character
    /// Column names from the header line, trimmed of surrounding whitespace.
    public let header: [String]
    /// Records after the header; blank lines are skipped.
    public let rows: [CSVRow]

    /// Creates a document; the reader does this, tests and tools may too.
    public init(source: String, delimiter: Character, header: [String], rows: [CSVRow]) {
        self.source = source
        self.delimiter = delimiter
        self.header = header
        self.rows = rows
    }
}
