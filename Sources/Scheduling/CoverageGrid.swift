import CivilTime

/// The planning horizon cut into intervals: every interval of every day from the first
/// requirement's date to the last one's, with the agents each requires (0 where none is listed).
struct CoverageGrid: Sendable {
    let firstDate: LocalDate
    let dayCount: Int
    let slotMinutes: Int
    let slotsPerDay: Int
    /// Agents required per slot.
    let required: [Double]
    /// The requirement's own label per slot; nil where the requirements list none.
    let labels: [String?]
    /// The contacts behind each slot's requirement, where the requirements gave them.
    let workloads: [IntervalWorkload?]

    init(_ curve: RequirementCurve) {
        firstDate = curve.firstDate
        dayCount = curve.lastDate.dayNumber - curve.firstDate.dayNumber + 1
        slotMinutes = curve.intervalMinutes
        slotsPerDay = 1440 / curve.intervalMinutes
        var required = [Double](repeating: 0, count: dayCount * slotsPerDay)
        var labels = [String?](repeating: nil, count: dayCount * slotsPerDay)
        var workloads = [IntervalWorkload?](repeating: nil, count: dayCount * slotsPerDay)
        for interval in curve.intervals {
            let slot = (interval.date.dayNumber - curve.firstDate.dayNumber) * slotsPerDay + interval.start.minutes / slotMinutes
            required[slot] = interval.required
            labels[slot] = interval.label
            workloads[slot] = interval.workload
        }
        self.required = required
        self.labels = labels
        self.workloads = workloads
    }

    var slotCount: Int { dayCount * slotsPerDay }

    func date(ofDay day: Int) -> LocalDate { firstDate.adding(days: day) }

    func date(ofSlot slot: Int) -> LocalDate { date(ofDay: slot / slotsPerDay) }

    func start(ofSlot slot: Int) -> TimeOfDay { TimeOfDay(minutes: (slot % slotsPerDay) * slotMinutes) }

    func label(ofSlot slot: Int) -> String {
        labels[slot] ?? "\(date(ofSlot: slot))T\(start(ofSlot: slot))"
    }

    /// The slots a variant works in, relative to the first slot of its start day, with the share
    /// of each slot worked (1 for a whole slot, 0.5 for half of one).
    func pattern(of variant: ShiftVariant) -> [(offset: Int, share: Double)] {
        let first = variant.start.minutes / slotMinutes
        let last = (variant.start.minutes + variant.lengthMinutes - 1) / slotMinutes
        var cells: [(offset: Int, share: Double)] = []
        for offset in first...last {
            let worked = variant.workedMinutes(from: offset * slotMinutes, to: (offset + 1) * slotMinutes)
            if worked > 0 { cells.append((offset, Double(worked) / Double(slotMinutes))) }
        }
        return cells
    }
}
