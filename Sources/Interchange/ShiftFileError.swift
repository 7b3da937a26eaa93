/// A requirements file that can be read but not planned: the place and what is wrong.
///
/// ```
/// need.csv:14: interval_start '2026-11-23T09:15' is not on the 30-minute grid from midnight
/// need.csv: several channels ('chat', 'voice'); choose one with --channel
/// ```
public struct ShiftFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    /// 1-based line; nil when the problem is the file as a whole.
    public let line: Int?
    public let message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        (line.map { "\(file):\($0): " } ?? "\(file): ") + InterchangeError.oneLine(message)
    }
}
