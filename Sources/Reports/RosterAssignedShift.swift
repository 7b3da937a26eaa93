import CivilTime
import Scheduling

/// One roster entry with the shift variant it was assigned from (nil when no shift of the plan
/// starts that day at that time and ends at that time) and its working hours.
struct RosterAssignedShift {
    let entry: RosterEntry
    let variant: ShiftVariant?

    /// Working hours: the variant's paid hours (as the assigner counts them against contracts), or
    /// without a variant the wall-clock span less unpaid breaks.
    var hours: Double {
        if let variant { return variant.paidHours }
        let start = entry.start.minutes
        var end = entry.end.minutes
        if end <= start { end += 1440 }
        let unpaid = entry.breaks.filter { !$0.paid }.reduce(0) { $0 + $1.minutes }
        return Double(end - start - unpaid) / 60
    }

    /// The shift code: the template's initial and the start, `E07:00` (`?07:00` without a template).
    var code: String {
        let initial = variant?.template.first.map { String($0).uppercased() } ?? "?"
        return initial + entry.start.description
    }

    /// Pairs each entry with a shift of `shifts` on its day with its start and end, each shift used once.
    static func match(_ entries: [RosterEntry], to shifts: [RosterShift]) -> [RosterAssignedShift] {
        var open: [String: [ShiftVariant]] = [:]
        for shift in shifts { open[key(shift.date, shift.variant.start, shift.variant.end), default: []].append(shift.variant) }
        return entries.map { entry in
            let key = key(entry.date, entry.start, entry.end)
            let variant = open[key]?.first
            if variant != nil { open[key]?.removeFirst() }
            return RosterAssignedShift(entry: entry, variant: variant)
        }
    }

    private static func key(_ date: LocalDate, _ start: TimeOfDay, _ end: TimeOfDay) -> String {
        "\(date) \(start) \(end)"
    }
}
