import CivilTime

/// A kind of shift the centre may staff: when it may start, how long it lasts, on which days,
/// the breaks it must contain, and what it costs.
///
/// ```swift
/// let early = try ShiftTemplate(
///     name: "full-time-early", starts: [TimeOfDay("07:00")!, TimeOfDay("07:30")!], lengthMinutes: 510,
///     days: [.monday, .tuesday, .wednesday, .thursday, .friday],
///     breaks: [BreakRule(name: "lunch", durationMinutes: 30, isPaid: false,
///                        earliest: .afterStart(minutes: 210), latest: .afterStart(minutes: 300))])
/// early.paidHours   // 8
/// ```
///
/// The initialiser checks every rule that does not depend on the interval grid and throws
/// ``SchedulingError/invalidTemplate(template:field:message:location:)`` naming the field as the
/// shift file spells it (`breaks[1].latest`). ``variants(gridMinutes:limit:)`` places the breaks
/// on a grid. Skills and tags are carried for rosters; the shift-count plan does not use them.
public struct ShiftTemplate: Sendable, Hashable {
    /// At most this many breaks per shift (the fit check tries every order of them).
    public static let maximumBreaks = 6

    public let name: String
    /// Allowed start times, in order, without repeats.
    public let starts: [TimeOfDay]
    public let lengthMinutes: Int
    /// The weekdays a shift of this kind may start on.
    public let days: Set<Weekday>
    public let breaks: [BreakRule]
    /// The cost of one shift in the centre's cost unit; by default its paid hours.
    public let cost: Double
    /// Free labels such as `full-time` or `part-time`.
    public let tags: [String]
    /// Skills an agent needs to work this shift.
    public let skills: [String]
    /// At least this many shifts of this kind on every day it may start on.
    public let minimumPerDay: Int
    /// At most this many shifts of this kind per day; nil for no limit.
    public let maximumPerDay: Int?
    /// Where the template was read from (`shifts.yaml:12`), for messages; nil when made in code.
    public let location: String?

    public init(name: String, starts: [TimeOfDay], lengthMinutes: Int, days: Set<Weekday> = Set(Weekday.allCases),
                breaks: [BreakRule] = [], cost: Double? = nil, tags: [String] = [], skills: [String] = [],
                minimumPerDay: Int = 0, maximumPerDay: Int? = nil, location: String? = nil) throws(SchedulingError) {
        func invalid(_ field: String, _ message: String) -> SchedulingError {
            .invalidTemplate(template: name, field: field, message: message, location: location)
        }
        guard !name.allSatisfy(\.isWhitespace) else { throw invalid("name", "must not be empty") }
        guard (1...1440).contains(lengthMinutes) else {
            throw invalid("length", "\(DurationText.text(minutes: lengthMinutes)): must be more than 0m and at most 24h")
        }
        guard !starts.isEmpty else { throw invalid("starts", "lists no start time") }
        var seen = Set<TimeOfDay>()
        for start in starts where !seen.insert(start).inserted {
            throw invalid("starts", "\(start) is listed twice")
        }
        guard !days.isEmpty else { throw invalid("days", "lists no day") }
        if let cost, !(cost.isFinite && cost >= 0 && cost <= SchedulingLimits.maximumCost) {
            throw invalid("cost", "\(cost): \(SchedulingLimits.rangeText(SchedulingLimits.maximumCost))")
        }
        guard minimumPerDay >= 0 else { throw invalid("min_per_day", "\(minimumPerDay): must be 0 or more") }
        if let maximumPerDay, maximumPerDay < minimumPerDay {
            throw invalid("max_per_day", "\(maximumPerDay): must be at least min_per_day (\(minimumPerDay))")
        }
        guard breaks.count <= Self.maximumBreaks else {
            throw invalid("breaks", "\(breaks.count) breaks; at most \(Self.maximumBreaks) are supported")
        }
        let sortedStarts = starts.sorted()
        for (index, rule) in breaks.enumerated() {
            try Self.check(rule, at: index, lengthMinutes: lengthMinutes, starts: sortedStarts, invalid: invalid)
        }
        let unpaid = breaks.filter { !$0.isPaid }.reduce(0) { $0 + $1.durationMinutes }
        guard unpaid < lengthMinutes else {
            throw invalid("breaks", "unpaid breaks of \(DurationText.text(minutes: unpaid)) leave no paid time "
                + "in a \(DurationText.text(minutes: lengthMinutes)) shift")
        }
        for start in sortedStarts where !Self.breaksFit(breaks, shiftStart: start.minutes, lengthMinutes: lengthMinutes, grid: 1) {
            throw Self.overlapError(breaks, shiftStart: start.minutes, lengthMinutes: lengthMinutes, invalid: invalid)
        }

        self.name = name
        self.starts = sortedStarts
        self.lengthMinutes = lengthMinutes
        self.days = days
        self.breaks = breaks
        self.cost = cost ?? Double(lengthMinutes - unpaid) / 60
        self.tags = tags
        self.skills = skills
        self.minimumPerDay = minimumPerDay
        self.maximumPerDay = maximumPerDay
        self.location = location
    }

    /// Length minus unpaid breaks, in minutes.
    public var paidMinutes: Int {
        lengthMinutes - breaks.filter { !$0.isPaid }.reduce(0) { $0 + $1.durationMinutes }
    }

    public var paidHours: Double { Double(paidMinutes) / 60 }

    // MARK: Checks

    private static func check(_ rule: BreakRule, at index: Int, lengthMinutes: Int, starts: [TimeOfDay],
                              invalid: (String, String) -> SchedulingError) throws(SchedulingError) {
        let field = "breaks[\(index)]"
        let length = DurationText.text(minutes: lengthMinutes)
        guard rule.durationMinutes > 0, rule.durationMinutes < lengthMinutes else {
            throw invalid(field + ".duration", "\(DurationText.text(minutes: rule.durationMinutes)): must be more than 0m "
                + "and shorter than the \(length) shift")
        }
        if case let .afterStart(earliest) = rule.earliest, earliest + rule.durationMinutes > lengthMinutes {
            throw invalid(field + ".earliest", "break \(rule.label) starting \(DurationText.text(minutes: earliest)) "
                + "after the start ends after the \(length) shift")
        }
        if case let .afterStart(latest) = rule.latest {
            if case let .afterStart(earliest) = rule.earliest, latest < earliest {
                throw invalid(field + ".latest", "latest start \(DurationText.text(minutes: latest)) is before "
                    + "the earliest start \(DurationText.text(minutes: earliest))")
            }
            if latest + rule.durationMinutes > lengthMinutes {
                throw invalid(field + ".latest", "break \(rule.label) starting \(DurationText.text(minutes: latest)) "
                    + "after the start ends after the \(length) shift")
            }
        }
        for start in starts where rule.startOffsets(shiftStart: start.minutes, lengthMinutes: lengthMinutes) == nil {
            throw invalid(field, "break \(rule.label) cannot be placed inside the shift \(start)–"
                + "\(TimeOfDay.text(start.minutes + lengthMinutes)): its window is \(rule.earliest) to \(rule.latest)")
        }
    }

    /// Whether the breaks can all be placed, without overlapping, each inside its window, with
    /// starts on a grid of `grid` minutes of the clock.
    ///
    /// For a fixed order, placing each break as early as the grid allows is best (it leaves the
    /// most room to the rest), so trying every order decides it exactly.
    static func breaksFit(_ breaks: [BreakRule], shiftStart: Int, lengthMinutes: Int, grid: Int) -> Bool {
        var windows: [(range: ClosedRange<Int>, duration: Int)] = []
        for rule in breaks {
            guard let range = rule.startOffsets(shiftStart: shiftStart, lengthMinutes: lengthMinutes) else { return false }
            windows.append((range, rule.durationMinutes))
        }
        var order = Array(windows.indices)
        func fits(_ depth: Int, _ end: Int) -> Bool {
            if depth == order.count { return true }
            for position in depth..<order.count {
                order.swapAt(depth, position)
                let window = windows[order[depth]]
                let offset = alignedOffset(atLeast: max(window.range.lowerBound, end), shiftStart: shiftStart, grid: grid)
                if offset <= window.range.upperBound, fits(depth + 1, offset + window.duration) {
                    order.swapAt(depth, position)
                    return true
                }
                order.swapAt(depth, position)
            }
            return false
        }
        return fits(0, 0)
    }

    /// The smallest offset ≥ `offset` whose clock time (shift start + offset) is on the grid.
    static func alignedOffset(atLeast offset: Int, shiftStart: Int, grid: Int) -> Int {
        let remainder = ((shiftStart + offset) % grid + grid) % grid
        return remainder == 0 ? offset : offset + grid - remainder
    }

    /// Names the breaks that cannot be placed together: the first pair that cannot, else all.
    private static func overlapError(_ breaks: [BreakRule], shiftStart: Int, lengthMinutes: Int,
                                     invalid: (String, String) -> SchedulingError) -> SchedulingError {
        let shift = "\(TimeOfDay.text(shiftStart))–\(TimeOfDay.text(shiftStart + lengthMinutes))"
        for second in breaks.indices {
            for first in 0..<second
            where !breaksFit([breaks[first], breaks[second]], shiftStart: shiftStart, lengthMinutes: lengthMinutes, grid: 1) {
                return invalid("breaks[\(second)]", "breaks \(breaks[first].label) and \(breaks[second].label) cannot both fit "
                    + "in the shift \(shift) without overlapping; widen or move their windows")
            }
        }
        return invalid("breaks", "the breaks cannot all fit in the shift \(shift) without overlapping; widen or move their windows")
    }
}
