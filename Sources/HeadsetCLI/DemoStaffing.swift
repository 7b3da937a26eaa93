import Foundation
import Reports
import Staffing

/// The demo's staffing: the last full week (Monday–Friday) of the bank call history in
/// `schedules/`, summed to 30-minute intervals and staffed for 80 % in 20 s with 30 % shrinkage,
/// assuming an AHT of 240 s (the history has volumes only).
enum DemoStaffing {
    static let dataFile = "schedules/bank_calls_2003_weekdays_5min.csv"
    static let handleTime = 240.0
    static let intervalMinutes = 30
    static let shrinkage = 0.30

    /// The staffed week and a one-line description of it for the overview.
    struct Sample {
        let plan: StaffingPlan
        let description: String
    }

    /// Interval starts are the bank's clock readings, as moments in `timeZone` (the workbook's),
    /// so the sheets show them as written.
    static func sample(timeZone: TimeZone) throws -> Sample {
        let url = try DemoDataLocator.locate(dataFile)
        let (source, counts) = try IntervalLoadFile.read(url, fallbackHandleTime: handleTime)
        let sourceStep = try IntervalLength.resolve(minutes: nil, rows: counts, source: source)
        let week = try lastFullWeek(of: counts, source: source)

        // Sum the counts of each whole 30-minute interval; a partial one (the lone count at
        // closing time) is left out rather than staffed as if it were the whole interval.
        struct Bucket { var calls = 0.0; var counts = 0 }
        var buckets: [WallClockTime: Bucket] = [:]
        for count in counts where week.contains(Self.day(of: count.start)) {
            let minute = (count.start.hour * 60 + count.start.minute) / intervalMinutes * intervalMinutes
            let start = WallClockTime(year: count.start.year, month: count.start.month, day: count.start.day,
                                      hour: minute / 60, minute: minute % 60)
            buckets[start, default: Bucket()].calls += count.calls
            buckets[start, default: Bucket()].counts += 1
        }
        let countsPerInterval = Int((Double(intervalMinutes * 60) / sourceStep).rounded())
        let whole = buckets.filter { $0.value.counts == countsPerInterval }.sorted { $0.key < $1.key }
        let leftOut = buckets.values.filter { $0.counts != countsPerInterval }.reduce(0) { $0 + $1.counts }

        let serviceLevel = try StaffingTarget.ServiceLevel(fraction: 0.8, seconds: 20)
        let settings = try StaffingSettings(
            serviceLevel: serviceLevel, maximumSpeedOfAnswer: nil, maximumAbandonment: nil, maximumOccupancy: nil,
            shrinkage: try Shrinkage(fraction: shrinkage), patience: nil, agents: nil)
        let intervalSeconds = Double(intervalMinutes * 60)
        var intervals: [StaffedInterval] = []
        for (start, bucket) in whole {
            let load = IntervalLoad(line: 0, startText: "", start: start, channel: "voice", calls: bucket.calls,
                                    averageHandleTime: handleTime)
            intervals.append(try settings.staff(load, start: start.date(in: timeZone), intervalSeconds: intervalSeconds))
        }

        let first = week.first!, last = week.last!
        let span = first.month == last.month
            ? "Mon \(first.day) – Fri \(last.day) \(monthName(last.month)) \(last.year)"
            : "Mon \(first.day) \(monthName(first.month)) – Fri \(last.day) \(monthName(last.month)) \(last.year)"
        var notes = [
            "Calls: a North American bank's call centre, \(span), five-minute counts summed to \(intervalMinutes)-minute "
                + "intervals on the bank's clock (Weinberg, Brown & Stroud 2007, JASA 102(480); R package fpp3, bank_calls).",
            "AHT assumed \(NumberText.short(handleTime)) s in every interval: the data set has call volumes only. "
                + "Model: Erlang C (nobody hangs up).",
        ]
        if leftOut > 0 {
            notes.append("\(leftOut) five-minute \(leftOut == 1 ? "count" : "counts") outside whole \(intervalMinutes)-minute "
                + "intervals (at closing time) \(leftOut == 1 ? "is" : "are") left out.")
        }
        let plan = StaffingPlan(intervals: intervals, serviceLevelTarget: serviceLevel,
                                serviceLevelSeconds: serviceLevel.seconds, shrinkage: shrinkage, notes: notes)
        return Sample(plan: plan, description: "\(span), \(intervals.count) intervals of \(intervalMinutes) min, AHT \(NumberText.short(handleTime)) s, "
                + "80 % in 20 s, shrinkage 30 %")
    }

    /// A calendar day.
    struct Day: Hashable, Comparable {
        let year: Int, month: Int, day: Int
        static func < (lhs: Day, rhs: Day) -> Bool { (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day) }
    }

    static func day(of time: WallClockTime) -> Day { Day(year: time.year, month: time.month, day: time.day) }

    /// The five days of the latest Monday-to-Friday week with counts on every day.
    private static func lastFullWeek(of counts: [IntervalLoad], source: String) throws -> [Day] {
        let days = Set(counts.map { day(of: $0.start) })
        for monday in days.sorted(by: >) {
            let date = WallClockTime(year: monday.year, month: monday.month, day: monday.day, hour: 0, minute: 0)
            guard date.isoWeekday == 1 else { continue }
            let week = (0..<5).map { offset in
                let seconds = date.secondsSinceEpoch + Double(offset * 86_400)
                let civil = Date(timeIntervalSince1970: seconds)
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = TimeZone(identifier: "UTC")!
                let parts = calendar.dateComponents([.year, .month, .day], from: civil)
                return Day(year: parts.year!, month: parts.month!, day: parts.day!)
            }
            if week.allSatisfy(days.contains) { return week }
        }
        throw CommandError("\(source): no full Monday-to-Friday week to staff")
    }

    private static func monthName(_ month: Int) -> String {
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month - 1]
    }
}
