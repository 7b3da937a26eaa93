/// One row of an intervals CSV: the calls offered to one channel in one interval.
public struct IntervalLoad {
    /// The line of the file the row starts on, for error messages.
    public let line: Int
    /// `interval_start` as written, echoed in the output.
    public let startText: String
    public let start: WallClockTime
    /// Empty when the file has no `channel` column.
    public let channel: String
    /// Calls offered (0 or more).
    public let calls: Double
    /// Average handle time in seconds (more than 0).
    public let averageHandleTime: Double

    public init(line: Int, startText: String, start: WallClockTime, channel: String, calls: Double, averageHandleTime: Double) {
        self.line = line
        self.startText = startText
        self.start = start
        self.channel = channel
        self.calls = calls
        self.averageHandleTime = averageHandleTime
    }
}
