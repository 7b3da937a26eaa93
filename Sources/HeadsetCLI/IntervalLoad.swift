/// One row of an intervals CSV: the calls offered to one channel in one interval.
struct IntervalLoad {
    /// The line of the file the row starts on, for error messages.
    let line: Int
    /// `interval_start` as written, echoed in the output.
    let startText: String
    let start: WallClockTime
    /// Empty when the file has no `channel` column.
    let channel: String
    /// Calls offered (0 or more).
    let calls: Double
    /// Average handle time in seconds (more than 0).
    let averageHandleTime: Double
}
