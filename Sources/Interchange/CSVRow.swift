/// One CSV record after the header, with the line it starts on.
///
/// `line` is the 1-based physical line where the record begins, so a quoted field spanning
/// several lines shifts the lines of later rows the way an editor shows them.
public struct CSVRow: Sendable, Equatable {
    /// The 1-based line where this record starts.
    public let line: Int
    /// The fields, exactly as in the file (quotes removed, `""` unescaped, no trimming).
    public let fields: [String]

    /// Creates a row; the reader does this, tests and tools may too.
    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}
