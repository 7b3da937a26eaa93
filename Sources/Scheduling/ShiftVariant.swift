import CivilTime

/// One concrete way to work a ``ShiftTemplate``: a start time and a placement of every break.
///
/// The unit the shift-count plan counts: "3 × full-time-early 07:00, breaks 09:00, 11:30 lunch,
/// 14:00 on Monday".
public struct ShiftVariant: Sendable, Hashable {
    /// The template's name.
    public let template: String
    public let start: TimeOfDay
    public let lengthMinutes: Int
    /// In time order.
    public let breaks: [PlacedBreak]
    public let paidMinutes: Int
    public let cost: Double

    public init(template: String, start: TimeOfDay, lengthMinutes: Int, breaks: [PlacedBreak], cost: Double) {
        self.template = template
        self.start = start
        self.lengthMinutes = lengthMinutes
        self.breaks = breaks.sorted()
        self.paidMinutes = lengthMinutes - breaks.filter { !$0.isPaid }.reduce(0) { $0 + $1.durationMinutes }
        self.cost = cost
    }

    public var paidHours: Double { Double(paidMinutes) / 60 }

    /// The clock time the shift ends (the next day's when it spans midnight).
    public var end: TimeOfDay { TimeOfDay(minutes: start.minutes + lengthMinutes) }

    /// Whether the shift runs past midnight.
    public var spansMidnight: Bool { start.minutes + lengthMinutes > 1440 }

    /// Minutes worked (on the shift and not on a break) in `[from, to)`, counted in minutes after
    /// midnight of the day the shift starts (so the next day's 01:00 is 1500).
    public func workedMinutes(from: Int, to: Int) -> Int {
        func overlap(_ start: Int, _ end: Int) -> Int { max(0, min(end, to) - max(start, from)) }
        let begin = start.minutes
        var worked = overlap(begin, begin + lengthMinutes)
        for placed in breaks {
            worked -= overlap(begin + placed.offsetMinutes, begin + placed.endOffsetMinutes)
        }
        return worked
    }
}
