import Foundation
import Workbook

/// One day of one channel, summed in Swift exactly as the "Daily totals" formulas sum the
/// "Intervals" sheet (same rows, same order, same products), so the cached values are the
/// values Excel computes.
struct StaffingDailyTotal {
    /// A moment in the day, written as the date.
    let day: Date
    /// Excel's serial of the calendar day in the workbook's time zone.
    let daySerial: Double
    let channel: String
    var intervals = 0
    var calls = 0.0
    /// Σ agents × minutes.
    var agentMinutes = 0.0
    /// Σ scheduled agents × minutes.
    var scheduledMinutes = 0.0
    var peakAgents = 0
    var peakScheduled = 0
    /// Σ calls × service level: calls answered within the threshold.
    var callsWithinThreshold = 0.0
    /// Σ calls × ASA.
    var callsTimesSpeedOfAnswer = 0.0
    /// Σ occupancy × agents × minutes: agent-minutes busy with calls.
    var busyMinutes = 0.0
    /// Σ calls × abandon rate.
    var callsAbandoned = 0.0

    init(day: Date, daySerial: Double, channel: String) {
        self.day = day
        self.daySerial = daySerial
        self.channel = channel
    }

    /// Adds one interval, multiplying in the order the formulas do.
    mutating func add(_ row: StaffedInterval) {
        let minutes = StaffingIntervalsLayout.minutes(row)
        intervals += 1
        calls += row.calls
        agentMinutes += Double(row.agents) * minutes
        scheduledMinutes += Double(row.scheduledAgents) * minutes
        peakAgents = max(peakAgents, row.agents)
        peakScheduled = max(peakScheduled, row.scheduledAgents)
        callsWithinThreshold += row.calls * row.serviceLevel
        callsTimesSpeedOfAnswer += row.calls * row.averageSpeedOfAnswer
        busyMinutes += row.occupancy * Double(row.agents) * minutes
        callsAbandoned += row.calls * (row.abandonRate ?? 0)
    }

    /// Days in date order, and within a day channels in the order of `layout.blocks`.
    static func totals(of layout: StaffingIntervalsLayout, in timeZone: TimeZone) -> [StaffingDailyTotal] {
        var totals: [StaffingDailyTotal] = []
        var index: [String: Int] = [:]
        for row in layout.rows {
            let serial = ExcelDate.daySerial(row.start, in: timeZone)
            let key = "\(serial)\u{0}\(StaffingIntervalsLayout.channelKey(row.channel))"
            if index[key] == nil {
                index[key] = totals.count
                totals.append(StaffingDailyTotal(day: row.start, daySerial: serial, channel: row.channel))
            }
            totals[index[key]!].add(row)
        }
        let channelOrder = Dictionary(uniqueKeysWithValues: layout.blocks.enumerated().map {
            (StaffingIntervalsLayout.channelKey($0.element.channel), $0.offset)
        })
        return totals.sorted { lhs, rhs in
            if lhs.daySerial != rhs.daySerial { return lhs.daySerial < rhs.daySerial }
            return channelOrder[StaffingIntervalsLayout.channelKey(lhs.channel)]!
                < channelOrder[StaffingIntervalsLayout.channelKey(rhs.channel)]!
        }
    }
}
