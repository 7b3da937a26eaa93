/// One thing wrong with a scorecard or answers file that decoded but does not make sense, at the
/// line and column to edit.
///
/// ```
/// scorecards/email.yaml:42:13: field 'sections[1].criteria[2].weight' (criterion 'writing-quality'): weight must be more than 0, found 0
/// examples/email.yaml:17:22: field 'answers.empathy': criterion 'empathy': 7 is not on the scale (0, 1, 2, 3)
/// ```
///
/// The same shape as ``InterchangeError``'s YAML messages, so a file's decoding errors and its
/// content problems read alike and editors can jump to either.
public struct QualityFileProblem: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    /// 1-based.
    public let line: Int
    /// 1-based, in Unicode scalars as the YAML parser counts.
    public let column: Int
    /// The path as the file spells it: `sections[1].criteria[2].pass_mark`, `answers.greeting`.
    public let field: String
    /// The ids around the field for people, e.g. `criterion 'verify-identity'`; nil when the path says enough.
    public let context: String?
    public let message: String

    public init(file: String, line: Int, column: Int, field: String, context: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.context = context
        self.message = message
    }

    public var description: String {
        let place = "\(file):\(line):\(column): field '\(InterchangeError.oneLine(field))'"
        return place + (context.map { " (\(InterchangeError.oneLine($0)))" } ?? "") + ": " + InterchangeError.oneLine(message)
    }
}
