/// Why an interval history file cannot be read.
///
/// One line, starting with the file and, where there is one, the line:
///
/// ```
/// bank.csv:17: column 'Calls': expected a number, found 'abc'
/// bank.csv:9: channel 'phone': interval '2003-03-03T07:05:00Z' repeats line 8
/// ```
public enum IntervalHistoryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file itself: unreadable, not UTF-8, a malformed record, a missing or repeated column.
    case csv(InterchangeError)
    /// Neither a timestamp column nor both `date` and `time` columns.
    case missingTimestampColumn(file: String, accepted: [String])
    /// A bad row (without lenient reading).
    case row(file: String, line: Int, problem: IntervalHistoryRowProblem)
    /// The file has a header but no rows.
    case noRows(file: String)
    /// Lenient reading skipped every row; the first problem is named.
    case noUsableRows(file: String, rows: Int, firstLine: Int, problem: IntervalHistoryRowProblem)
    /// No two rows of a channel are close enough to tell the interval length.
    case intervalNotDetected(file: String)
    /// Consecutive rows are apart by no length Headset accepts, so the interval length is unknown.
    case unsupportedGap(file: String, line: Int, previousLine: Int, seconds: Int)
    /// A given interval length that is not 5, 10, 15, 20, 30 or 60 minutes.
    case unsupportedIntervalLength(seconds: Int)
    /// Slashed dates read day-first on one line and month-first on another.
    case conflictingDateOrder(file: String, dayFirstLine: Int, dayFirstValue: String,
                              monthFirstLine: Int, monthFirstValue: String)
    /// Slashed dates such as `03/04/2003` that no row in the file settles as day- or month-first.
    case ambiguousDateOrder(file: String, line: Int, value: String)

    public var description: String {
        switch self {
        case .csv(let error):
            return error.description
        case let .missingTimestampColumn(file, accepted):
            return "\(file): no timestamp column (accepted header names: "
                + accepted.map { "'\($0)'" }.joined(separator: ", ") + ", or both 'date' and 'time')"
        case let .row(file, line, problem):
            return "\(file):\(line): \(problem)"
        case .noRows(let file):
            return "\(file): no rows after the header"
        case let .noUsableRows(file, rows, firstLine, problem):
            return "\(file):\(firstLine): all \(rows) rows have problems; the first: \(problem)"
        case .intervalNotDetected(let file):
            return "\(file): cannot detect the interval length (no channel has two rows); give the length explicitly"
        case let .unsupportedGap(file, line, previousLine, seconds):
            return "\(file):\(line): starts \(Self.minutes(seconds)) after line \(previousLine); interval lengths "
                + "must be \(Self.allowedList) minutes (or give the length explicitly)"
        case .unsupportedIntervalLength(let seconds):
            return "interval length \(Self.minutes(seconds)): must be \(Self.allowedList) minutes"
        case let .conflictingDateOrder(file, dayFirstLine, dayFirstValue, monthFirstLine, monthFirstValue):
            // Located at the later of the two lines: that is where the file changed its mind.
            let dayFirst = "'\(IntervalHistoryRowProblem.quoted(dayFirstValue))'"
            let monthFirst = "'\(IntervalHistoryRowProblem.quoted(monthFirstValue))'"
            let clash = monthFirstLine > dayFirstLine
                ? "\(file):\(monthFirstLine): date \(monthFirst) is month/day/year but line \(dayFirstLine) (\(dayFirst)) is day/month/year"
                : "\(file):\(dayFirstLine): date \(dayFirst) is day/month/year but line \(monthFirstLine) (\(monthFirst)) is month/day/year"
            return clash + "; write dates as YYYY-MM-DD"
        case let .ambiguousDateOrder(file, line, value):
            return "\(file):\(line): date '\(IntervalHistoryRowProblem.quoted(value))' may be day/month or month/day "
                + "and no date in the file has a day above 12 to tell; write dates as YYYY-MM-DD"
        }
    }

    static var allowedList: String {
        let minutes = IntervalHistoryReader.allowedIntervalSeconds.map { String($0 / 60) }
        return minutes.dropLast().joined(separator: ", ") + " or " + minutes.last!
    }

    static func minutes(_ seconds: Int) -> String {
        seconds % 60 == 0 ? "\(seconds / 60) minutes" : "\(seconds) seconds"
    }
}
