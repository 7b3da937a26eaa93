import CivilTime
import Scheduling

/// A template's start times in a shift file: a list, or a window stepped every so often.
///
/// ```yaml
/// starts: ["07:00", "07:30", "08:00"]
/// starts: { from: "07:00", to: "09:00", every: 30m }   # 07:00, 07:30 … 09:00 (both ends included)
/// ```
struct ShiftStartsEntry: Decodable {
    let times: [TimeOfDay]

    enum WindowKeys: String, CodingKey {
        case from, to, every
    }

    init(from decoder: any Decoder) throws {
        if let window = try? decoder.container(keyedBy: WindowKeys.self) {
            let from = try window.decode(ShiftClockValue.self, forKey: .from).time
            let to = try window.decode(ShiftClockValue.self, forKey: .to).time
            let every = try window.decode(ShiftDurationValue.self, forKey: .every).minutes
            guard every > 0 else {
                throw DecodingError.dataCorruptedError(forKey: .every, in: window, debugDescription: "must be more than 0m")
            }
            guard from <= to else {
                throw DecodingError.dataCorruptedError(forKey: .to, in: window, debugDescription:
                    "\(to) is before \(from); a window of starts runs forward within one day (list starts after midnight separately)")
            }
            times = stride(from: from.minutes, through: to.minutes, by: every).map { TimeOfDay(minutes: $0) }
            return
        }
        guard var list = try? decoder.unkeyedContainer() else {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath, debugDescription:
                "expected a list of start times such as [\"07:00\", \"07:30\"] or a window { from: \"07:00\", to: \"09:00\", every: 30m }"))
        }
        var times: [TimeOfDay] = []
        while !list.isAtEnd {
            times.append(try list.decode(ShiftClockValue.self).time)
        }
        self.times = times
    }
}
