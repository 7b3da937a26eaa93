import CivilTime
import Foundation

/// The check of each rule kind for one person's shifts (sorted by real start). See
/// ``WorkingTimeRuleKind`` and docs/scheduling.md for the semantics.
enum WorkingTimeChecks {
    /// Tolerance for comparing hours computed from seconds (a rest of exactly 11 h passes).
    static let epsilon = 1e-9

    static func dailyRest(_ rule: WorkingTimeRule, hours: Double, person: String, shifts: [WorkedShift]) -> [RuleViolation] {
        zip(shifts, shifts.dropFirst()).compactMap { previous, next in
            let rest = next.start.timeIntervalSince(previous.end) / 3600
            guard rest < hours - epsilon else { return nil }
            let from = WorkedShift.stamp(previous.entry.endDate, previous.entry.end)
            let to = WorkedShift.stamp(next.entry.date, next.entry.start)
            return RuleViolation(person: person, date: previous.entry.date, endDate: next.entry.date, rule: rule,
                                 message: "rest between shifts \(text(rest)) h < \(text(hours)) h: \(from) → \(to)",
                                 value: rest, limit: hours, unit: "hours")
        }
    }

    static func weeklyRest(_ rule: WorkingTimeRule, hours: Double, weekStart: Weekday, person: String, shifts: [WorkedShift],
                           span: RosterSpan) -> [RuleViolation] {
        // Rests known from the roster: from its first midnight to the first shift, between shifts,
        // and from the last shift to the end of the roster's last day (or the last shift's end).
        let horizonEnd = max(span.midnight(span.last.next), shifts.map(\.end).max() ?? .distantPast)
        var rests: [(start: Date, end: Date)] = []
        var previousEnd = span.midnight(span.first)
        for shift in shifts {
            rests.append((previousEnd, shift.start))
            previousEnd = max(previousEnd, shift.end)
        }
        rests.append((previousEnd, horizonEnd))
        var violations: [RuleViolation] = []
        var periodStart = span.first
        while periodStart.weekday != weekStart { periodStart = periodStart.next }
        while periodStart.adding(days: 6) <= span.last {
            let from = span.midnight(periodStart)
            let to = span.midnight(periodStart.adding(days: 7))
            // A rest starting in the period counts at full length; one already running when the
            // period opens counts with the part inside it, so a whole week off is a week of rest.
            let longest = rests.map { rest -> Double in
                if rest.start >= from && rest.start < to { return rest.end.timeIntervalSince(rest.start) / 3600 }
                if rest.start < from && rest.end > from { return min(rest.end, to).timeIntervalSince(from) / 3600 }
                return 0
            }.max() ?? 0
            if longest < hours - epsilon {
                let last = periodStart.adding(days: 6)
                violations.append(RuleViolation(
                    person: person, date: periodStart, endDate: last, rule: rule,
                    message: "longest uninterrupted rest starting \(periodStart) – \(last) is \(text(longest)) h < \(text(hours)) h",
                    value: longest, limit: hours, unit: "hours"))
            }
            periodStart = periodStart.adding(days: 7)
        }
        return violations
    }

    /// Working time per calendar week averaged over each reference period of `weeks` calendar
    /// weeks starting on `weekStart` (Directive 2003/88/EC Art. 6(b) with Art. 16(b);
    /// Arbeidsmiljøloven §10-4(1) with one week). Periods follow one another from the week that
    /// holds the roster's first day. A week of the period with no work counts as 0 hours.
    ///
    /// A roster shorter than the reference period (a 4-week roster under a 17-week rule, or the
    /// last, incomplete period of a longer roster) does not know the hours outside it; it is
    /// averaged over the whole calendar weeks of the period it covers (a partly covered first or
    /// last week counts as a whole week), so a roster that keeps every week within the limit never
    /// fails, and one week of 8 h is 8 h a week, not 8 h pro-rated to the days the roster spans.
    static func averageWeeklyHours(_ rule: WorkingTimeRule, hours: Double, weeks: Int, weekStart: Weekday, person: String,
                                   shifts: [WorkedShift], span: RosterSpan) -> [RuleViolation] {
        let weeks = max(1, weeks)
        let firstWeek = span.first.startOfRuleWeek(weekStart: weekStart)
        let lastWeek = span.last.startOfRuleWeek(weekStart: weekStart)
        var violations: [RuleViolation] = []
        var periodStart = firstWeek
        while periodStart <= lastWeek {
            let periodLastWeek = min(periodStart.adding(days: (weeks - 1) * 7), lastWeek)
            let coveredWeeks = (periodLastWeek.dayNumber - periodStart.dayNumber) / 7 + 1
            let last = periodLastWeek.adding(days: 6)
            let worked = shifts.filter { $0.entry.date >= periodStart && $0.entry.date <= last }.reduce(0) { $0 + $1.workingHours }
            let average = worked / Double(coveredWeeks)
            if average > hours + epsilon {
                let message: String
                if weeks == 1 {
                    message = "working time in the week \(periodStart) – \(last) \(text(average)) h > \(text(hours)) h"
                } else {
                    let short = coveredWeeks < weeks ? " of the \(weeks)-week reference period" : ""
                    message = "average weekly working time \(periodStart) – \(last) \(text(average)) h > \(text(hours)) h"
                        + " (\(text(worked)) h in \(coveredWeeks) week\(coveredWeeks == 1 ? "" : "s")\(short))"
                }
                violations.append(RuleViolation(person: person, date: periodStart, endDate: last, rule: rule, message: message,
                                                value: average, limit: hours, unit: "hours"))
            }
            periodStart = periodStart.adding(days: weeks * 7)
        }
        return violations
    }

    static func breaks(_ rule: WorkingTimeRule, hours: Double, minutes: Int, person: String, shifts: [WorkedShift]) -> [RuleViolation] {
        shifts.compactMap { shift in
            let working = shift.workingHours
            guard working > hours + epsilon, shift.breakMinutes < minutes else { return nil }
            return RuleViolation(person: person, date: shift.entry.date, endDate: nil, rule: rule,
                                 message: "breaks \(shift.breakMinutes) min < \(minutes) min in a shift of \(text(working)) h "
                                     + "working time (more than \(text(hours)) h): \(label(shift))",
                                 value: Double(shift.breakMinutes), limit: Double(minutes), unit: "minutes")
        }
    }

    static func dailyHours(_ rule: WorkingTimeRule, hours: Double, person: String, shifts: [WorkedShift]) -> [RuleViolation] {
        shifts.compactMap { shift in
            let working = shift.workingHours
            guard working > hours + epsilon else { return nil }
            return RuleViolation(person: person, date: shift.entry.date, endDate: nil, rule: rule,
                                 message: "working time \(text(working)) h > \(text(hours)) h: \(label(shift))",
                                 value: working, limit: hours, unit: "hours")
        }
    }

    static func consecutiveDays(_ rule: WorkingTimeRule, days: Int, person: String, shifts: [WorkedShift]) -> [RuleViolation] {
        let dates = Set(shifts.map(\.entry.date)).sorted()
        var runs: [(first: LocalDate, last: LocalDate)] = []
        for date in dates {
            if let run = runs.last, run.last.next == date {
                runs[runs.count - 1].last = date
            } else {
                runs.append((date, date))
            }
        }
        return runs.compactMap { run in
            let length = run.last.dayNumber - run.first.dayNumber + 1
            guard length > days else { return nil }
            return RuleViolation(person: person, date: run.first, endDate: run.last, rule: rule,
                                 message: "\(length) days in a row with a shift > \(days): \(run.first) – \(run.last)",
                                 value: Double(length), limit: Double(days), unit: "days")
        }
    }

    static func nightWork(_ rule: WorkingTimeRule, hours: Double, night: (start: TimeOfDay, end: TimeOfDay), minimumNightHours: Double,
                          person: String, shifts: [WorkedShift], calendar: Calendar) -> [RuleViolation] {
        shifts.compactMap { shift in
            var nightHours = 0.0
            var day = shift.entry.date.adding(days: -1)
            while day <= shift.entry.endDate {
                let from = WorkedShift.instant(day, night.start, calendar)
                let to = WorkedShift.instant(night.end > night.start ? day : day.next, night.end, calendar)
                if to > from { nightHours += shift.workingHours(in: DateInterval(start: from, end: to)) }
                day = day.next
            }
            let working = shift.workingHours
            guard nightHours >= minimumNightHours - epsilon, working > hours + epsilon else { return nil }
            return RuleViolation(person: person, date: shift.entry.date, endDate: nil, rule: rule,
                                 message: "night shift (\(text(nightHours)) h between \(night.start) and \(night.end)) of "
                                     + "\(text(working)) h working time > \(text(hours)) h: \(label(shift))",
                                 value: working, limit: hours, unit: "hours")
        }
    }

    /// `2026-12-01 22:00 → 2026-12-02 06:00`.
    static func label(_ shift: WorkedShift) -> String {
        WorkedShift.stamp(shift.entry.date, shift.entry.start) + " → " + WorkedShift.stamp(shift.entry.endDate, shift.entry.end)
    }

    /// Hours or counts as people read them: `9.5`, `11`, `8.25`, `0.33`.
    static func text(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var result = String(format: "%.2f", rounded)
        while result.hasSuffix("0") { result.removeLast() }
        return result
    }
}
