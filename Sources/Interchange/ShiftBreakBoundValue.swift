import CivilTime
import Scheduling

/// One end of a break window: a duration after the shift starts (`2h`, `1h30m`) or a clock time
/// (`11:30`).
struct ShiftBreakBoundValue: Decodable {
    let bound: BreakWindowBound

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        if let time = TimeOfDay(text) {
            bound = .clock(time)
        } else if let minutes = DurationText.minutes(text) {
            bound = .afterStart(minutes: minutes)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription:
                "expected a time after the shift starts such as 2h or 1h30m, or a clock time such as 11:30, found '\(text)'")
        }
    }
}
