/// What is wrong with one row of an interval history file.
///
/// The description is the reason without a location; ``IntervalHistoryError/row(file:line:problem:)``
/// puts `file:line:` in front, and lenient reading reports it per skipped row. Column names are
/// spelt as in the file's header; timestamps are quoted as written.
public enum IntervalHistoryRowProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// A blank cell where a value is needed.
    case missingValue(column: String)
    /// Not a date and time Headset reads (see docs/history.md).
    case invalidTimestamp(column: String, value: String)
    /// A time of day without a date, in a file that has no `date` column.
    case timeWithoutDate(column: String, value: String)
    /// A well-formed date that is not in the calendar (`2003-02-30`).
    case nonexistentDate(value: String)
    /// A local time skipped by a daylight-saving change (`2003-03-30 03:00` in Europe/Vilnius).
    case nonexistentLocalTime(value: String, timeZone: String)
    case invalidNumber(column: String, value: String)
    case negativeNumber(column: String, value: String)
    /// An AHT cell that is neither seconds nor `[h:]mm:ss`.
    case invalidDuration(column: String, value: String)
    /// The channel already has a row for this interval start.
    case duplicate(channel: String, value: String, otherLine: Int)
    /// The interval starts inside the interval of an earlier row.
    case startsInside(channel: String, value: String, minutes: Int, otherLine: Int, otherValue: String)
    /// The interval runs into a later row's start.
    case overlaps(channel: String, value: String, minutes: Int, otherLine: Int, otherValue: String)
    /// The interval start is not on the local interval grid and touches no other row.
    case offGrid(channel: String, value: String, minutes: Int, timeZone: String)
    /// More contacts handled than offered in the interval.
    case handledExceedsOffered(column: String, handled: String, offeredColumn: String, offered: String)
    /// An interval starting before 1970-01-01T00:00Z.
    case beforeEpoch(value: String)
    /// An interval starting after `lastDay` (tomorrow in the centre's zone): not history yet.
    case inTheFuture(value: String, lastDay: String, timeZone: String)

    public var description: String {
        switch self {
        case let .missingValue(column):
            "column '\(Self.quoted(column))': expected a value, found an empty cell"
        case let .invalidTimestamp(column, value):
            "column '\(Self.quoted(column))': expected a date and time like 2003-03-03T07:00:00Z, "
                + "2003-03-03 07:00 or 2003-03-03T07:00+02:00, found '\(Self.quoted(value))'"
        case let .timeWithoutDate(column, value):
            "column '\(Self.quoted(column))': '\(Self.quoted(value))' has no date; add a 'date' column "
                + "or write the date too (2003-03-03 07:00)"
        case let .nonexistentDate(value):
            "'\(Self.quoted(value))' is not a date in the calendar"
        case let .nonexistentLocalTime(value, timeZone):
            "'\(Self.quoted(value))' does not exist in \(timeZone): the clocks go forward over it"
        case let .invalidNumber(column, value):
            "column '\(Self.quoted(column))': expected a number, found '\(Self.quoted(value))'"
        case let .negativeNumber(column, value):
            "column '\(Self.quoted(column))': expected 0 or more, found '\(Self.quoted(value))'"
        case let .invalidDuration(column, value):
            "column '\(Self.quoted(column))': expected seconds (185) or [h:]mm:ss (3:05), found '\(Self.quoted(value))'"
        case let .duplicate(channel, value, otherLine):
            "channel '\(Self.quoted(channel))': interval '\(Self.quoted(value))' repeats line \(otherLine)"
        case let .startsInside(channel, value, minutes, otherLine, otherValue):
            "channel '\(Self.quoted(channel))': interval '\(Self.quoted(value))' starts inside the \(minutes)-minute "
                + "interval of line \(otherLine) ('\(Self.quoted(otherValue))')"
        case let .overlaps(channel, value, minutes, otherLine, otherValue):
            "channel '\(Self.quoted(channel))': the \(minutes)-minute interval '\(Self.quoted(value))' overlaps "
                + "line \(otherLine) ('\(Self.quoted(otherValue))')"
        case let .offGrid(channel, value, minutes, timeZone):
            "channel '\(Self.quoted(channel))': interval '\(Self.quoted(value))' is not on the \(minutes)-minute grid "
                + "(starts must be a multiple of \(minutes) minutes after midnight, local time in \(timeZone))"
        case let .handledExceedsOffered(column, handled, offeredColumn, offered):
            "column '\(Self.quoted(column))': \(Self.quoted(handled)) handled is more than the \(Self.quoted(offered)) offered "
                + "(column '\(Self.quoted(offeredColumn))')"
        case let .beforeEpoch(value):
            "'\(Self.quoted(value))' is before 1970-01-01 00:00 UTC, earlier than any history Headset keeps"
        case let .inTheFuture(value, lastDay, timeZone):
            "'\(Self.quoted(value))' is in the future: history ends with tomorrow, \(lastDay) in \(timeZone)"
        }
    }

    static func quoted(_ value: String) -> String { InterchangeError.quoted(value) }
}
