/// A row that lenient reading left out, and why.
public struct IntervalHistorySkippedRow: Equatable, Sendable {
    /// The 1-based line of the CSV record.
    public let line: Int
    /// The row's channel (the default channel when the file has none).
    public let channel: String
    public let problem: IntervalHistoryRowProblem

    public init(line: Int, channel: String, problem: IntervalHistoryRowProblem) {
        self.line = line
        self.channel = channel
        self.problem = problem
    }

    /// The problem in words, without the file and line.
    public var reason: String { problem.description }
}
