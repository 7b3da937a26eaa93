import CivilTime
import Foundation

/// The working state of ``RosterAssigner``: each person's shifts on a wall-clock minute line
/// (day number × 1440 + minutes) and the incremental eligibility checks.
struct RosterAssignmentState {
    struct Slot {
        let shift: Int
        let day: Int
        let start: Int
        let end: Int
        let minutes: Int
    }

    let assigner: RosterAssigner
    let shifts: [RosterShift]
    let staff: [StaffMember]
    let firstDay: Int
    let days: Int
    let dailyRestMinutes: Int
    let maximumDailyMinutes: Int?
    let maximumConsecutive: Int?
    let weeklyRests: [(minutes: Int, weekStart: Weekday)]
    let weeklyHours: [(hours: Double, weekStart: Weekday)]
    /// Per person, sorted by start.
    var slots: [[Slot]]

    init(assigner: RosterAssigner) {
        self.assigner = assigner
        shifts = assigner.shifts
        staff = assigner.staff
        firstDay = assigner.from.dayNumber
        days = assigner.weeks * 7
        var rest = 0.0
        var daily: Double?
        var consecutive: Int?
        var weeklyRests: [(Int, Weekday)] = []
        var weeklyHours: [(Double, Weekday)] = []
        for rule in assigner.rules.rules {
            switch rule.kind {
            case .minimumDailyRest(let hours): rest = max(rest, hours)
            case .maximumDailyHours(let hours): daily = min(daily ?? hours, hours)
            case .maximumConsecutiveDays(let count): consecutive = min(consecutive ?? count, count)
            case let .minimumWeeklyRest(hours, weekStart): weeklyRests.append((Int((hours * 60).rounded(.up)), weekStart))
            case let .maximumAverageWeeklyHours(hours, _, weekStart): weeklyHours.append((hours, weekStart))
            case .breakAfterHours, .nightWorkMaximumHours: break
            }
        }
        dailyRestMinutes = Int((rest * 60).rounded(.up))
        maximumDailyMinutes = daily.map { Int(($0 * 60).rounded(.down)) }
        maximumConsecutive = consecutive
        self.weeklyRests = weeklyRests
        self.weeklyHours = weeklyHours
        slots = Array(repeating: [], count: assigner.staff.count)
    }

    func slot(_ index: Int) -> Slot {
        let shift = shifts[index]
        let start = shift.date.dayNumber * 1440 + shift.variant.start.minutes
        return Slot(shift: index, day: shift.date.dayNumber, start: start, end: start + shift.variant.lengthMinutes,
                    minutes: shift.variant.paidMinutes)
    }

    func minutes(_ person: Int) -> Int { slots[person].reduce(0) { $0 + $1.minutes } }

    func weekendShifts(_ person: Int) -> Int {
        slots[person].filter { LocalDate(dayNumber: $0.day).weekday >= .saturday }.count
    }

    func minimumMinutes(_ person: Int) -> Double { staff[person].minimumWeeklyHours * 60 * Double(assigner.weeks) }
    func maximumMinutes(_ person: Int) -> Double { staff[person].maximumWeeklyHours * 60 * Double(assigner.weeks) }

    mutating func add(_ index: Int, to person: Int) {
        let new = slot(index)
        let position = slots[person].firstIndex { $0.start > new.start } ?? slots[person].count
        slots[person].insert(new, at: position)
    }

    mutating func remove(_ index: Int, from person: Int) {
        slots[person].removeAll { $0.shift == index }
    }

    /// Whether `person` may take shift `index` next to the shifts they already have.
    func isEligible(_ person: Int, for index: Int) -> Bool {
        let member = staff[person]
        let shift = shifts[index]
        if let needed = assigner.requiredSkills[shift.variant.template], !needed.isSubset(of: member.skills) { return false }
        guard member.isAvailable(on: shift.date) else { return false }
        let new = slot(index)
        if let maximumDailyMinutes, new.minutes > maximumDailyMinutes { return false }
        let mine = slots[person]
        if mine.contains(where: { $0.day == new.day }) { return false }
        let position = mine.firstIndex { $0.start > new.start } ?? mine.count
        if position > 0, mine[position - 1].end + dailyRestMinutes > new.start { return false }
        if position < mine.count, new.end + dailyRestMinutes > mine[position].start { return false }
        // Contract maximum in the horizon week (7 days from the first day).
        let week = (new.day - firstDay) / 7
        let weekFirst = firstDay + week * 7
        let inWeek = mine.filter { $0.day >= weekFirst && $0.day < weekFirst + 7 }.reduce(0) { $0 + $1.minutes }
        if Double(inWeek + new.minutes) > member.maximumWeeklyHours * 60 + 1e-9 { return false }
        // Rule weeks: at most the average limit in each whole calendar week (`week_starts`), the
        // weeks WorkingTimeChecks.averageWeeklyHours averages over (a week the horizon covers in
        // part counts as a whole one there too), which keeps every average under the limit.
        for limit in weeklyHours {
            let low = LocalDate(dayNumber: new.day).startOfRuleWeek(weekStart: limit.weekStart).dayNumber
            let worked = mine.filter { $0.day >= low && $0.day < low + 7 }.reduce(0) { $0 + $1.minutes } + new.minutes
            if Double(worked) > limit.hours * 60 + 1e-9 { return false }
        }
        // Consecutive days.
        let consecutiveLimit = [maximumConsecutive, member.maximumConsecutiveDays].compactMap { $0 }.min()
        if let consecutiveLimit {
            let worked = Set(mine.map(\.day))
            var run = 1
            var day = new.day - 1
            while worked.contains(day) { run += 1; day -= 1 }
            day = new.day + 1
            while worked.contains(day) { run += 1; day += 1 }
            if run > consecutiveLimit { return false }
        }
        // Weekly rest in the rule week of the shift and the one before (whose rest it may cut short).
        if !weeklyRests.isEmpty {
            var with = mine
            with.insert(new, at: position)
            for limit in weeklyRests {
                let (low, _) = ruleWeek(containing: new.day, weekStart: limit.weekStart)
                for periodStart in [low - 7, low] where periodStart >= firstDay && periodStart + 7 <= firstDay + days {
                    if longestRest(with, from: periodStart * 1440, to: (periodStart + 7) * 1440) < limit.minutes { return false }
                }
            }
        }
        return true
    }

    /// The rule week (first and last day number) containing `day`, clipped to the horizon.
    func ruleWeek(containing day: Int, weekStart: Weekday) -> (Int, Int) {
        let low = LocalDate(dayNumber: day).startOfRuleWeek(weekStart: weekStart).dayNumber
        return (max(low, firstDay), min(low + 6, firstDay + days - 1))
    }

    /// The longest rest starting in `[from, to)`: before the first shift (from the horizon's
    /// start), between shifts, after the last (to the horizon's end).
    func longestRest(_ sorted: [Slot], from: Int, to: Int) -> Int {
        var longest = 0
        var previousEnd = firstDay * 1440
        for slot in sorted {
            if previousEnd >= from, previousEnd < to { longest = max(longest, slot.start - previousEnd) }
            previousEnd = max(previousEnd, slot.end)
        }
        let horizonEnd = max((firstDay + days) * 1440, previousEnd)
        if previousEnd >= from, previousEnd < to { longest = max(longest, horizonEnd - previousEnd) }
        return longest
    }

    /// The eligible person the heuristic prefers for shift `index`, or nil.
    func bestPerson(for index: Int) -> Int? {
        let shift = shifts[index]
        let weekend = shift.date.weekday >= .saturday
        var best: (person: Int, key: [Double])?
        for person in staff.indices where isEligible(person, for: index) {
            let worked = Double(minutes(person))
            let key: [Double] = [staff[person].preferredDaysOff.contains(shift.date.weekday) ? 1 : 0,
                                 weekend ? Double(weekendShifts(person)) : 0,
                                 -max(0, minimumMinutes(person) - worked),
                                 -(maximumMinutes(person) - worked)]
            if best == nil || key.lexicographicallyPrecedes(best!.key) { best = (person, key) }
        }
        return best?.person
    }

    /// Gives people under their contract minimum unassigned shifts, then shifts of people who stay
    /// at or above theirs. Returns the shifts still unassigned.
    mutating func repairMinimums(unassigned: [Int]) -> [Int] {
        var open = unassigned
        // Any shift still open goes to whoever can take it now.
        open = open.filter { index in
            guard let person = bestPerson(for: index) else { return true }
            add(index, to: person)
            return false
        }
        func deficit(_ person: Int) -> Double { minimumMinutes(person) - Double(minutes(person)) }
        let order = staff.indices.sorted { (deficit($0), -$0) > (deficit($1), -$1) }
        for person in order where Double(minutes(person)) < minimumMinutes(person) {
            for donor in staff.indices where donor != person {
                for slot in slots[donor] {
                    guard Double(minutes(person)) < minimumMinutes(person) else { break }
                    guard Double(minutes(donor) - slot.minutes) >= minimumMinutes(donor) else { continue }
                    remove(slot.shift, from: donor)
                    if isEligible(person, for: slot.shift) { add(slot.shift, to: person) } else { add(slot.shift, to: donor) }
                }
            }
        }
        return open
    }

    /// Moves weekend shifts from the people with the most to those with the fewest while that
    /// keeps everyone eligible and the giver at or above their contract minimum.
    mutating func evenWeekends() {
        for _ in 0..<(staff.count * 4) {
            let counts = staff.indices.map { weekendShifts($0) }
            guard let most = counts.max(), let fewest = counts.min(), most - fewest > 1 else { return }
            var moved = false
            search: for giver in staff.indices where counts[giver] == most {
                for slot in slots[giver] where LocalDate(dayNumber: slot.day).weekday >= .saturday {
                    guard Double(minutes(giver) - slot.minutes) >= minimumMinutes(giver) else { continue }
                    for taker in staff.indices where counts[taker] < most - 1 {
                        remove(slot.shift, from: giver)
                        if isEligible(taker, for: slot.shift) { add(slot.shift, to: taker); moved = true; break search }
                        add(slot.shift, to: giver)
                    }
                }
            }
            if !moved { return }
        }
    }

    func result(unassigned: [Int]) -> RosterAssignment {
        var entries: [RosterEntry] = []
        var hours: [StaffHours] = []
        for (person, member) in staff.enumerated() {
            entries += slots[person].map { shifts[$0.shift].entry(for: member.person) }
            hours.append(StaffHours(person: member.person, name: member.name, hours: Double(minutes(person)) / 60,
                                    minimumHours: minimumMinutes(person) / 60, maximumHours: maximumMinutes(person) / 60,
                                    shifts: slots[person].count, weekendShifts: weekendShifts(person)))
        }
        entries.sort { ($0.date, $0.start.minutes, $0.person) < ($1.date, $1.start.minutes, $1.person) }
        let roster = Roster(timeZone: assigner.timeZone, entries: entries)
        func order(_ index: Int) -> (LocalDate, Int, Int) { (shifts[index].date, shifts[index].variant.start.minutes, index) }
        let open = unassigned.sorted { order($0) < order($1) }
        return RosterAssignment(roster: roster, unassigned: open.map { shifts[$0] }, violations: assigner.rules.check(roster: roster),
                                hours: hours)
    }
}
