import CivilTime

/// One end of the window in which a break may start: a time after the shift starts, or a time
/// on the clock.
///
/// ```yaml
/// earliest: 2h        # two hours after the shift starts
/// latest: "12:30"     # half past noon on the clock
/// ```
public enum BreakWindowBound: Sendable, Hashable, CustomStringConvertible {
    /// Minutes after the shift starts.
    case afterStart(minutes: Int)
    /// A clock time: the first time the clock shows it at or after the shift's start.
    case clock(TimeOfDay)

    /// Minutes after a shift starting at `shiftStart` (minutes after midnight).
    public func offset(fromShiftStart shiftStart: Int) -> Int {
        switch self {
        case .afterStart(let minutes): minutes
        case .clock(let time): ((time.minutes - shiftStart) % 1440 + 1440) % 1440
        }
    }

    public var description: String {
        switch self {
        case .afterStart(let minutes): DurationText.text(minutes: minutes) + " after the start"
        case .clock(let time): time.description
        }
    }
}
