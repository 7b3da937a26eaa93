import CivilTime
import Foundation

/// One channel's history arranged by local day and wall-clock minute: what forecasting methods
/// read. Built once; methods look at the days before a forecast origin.
public struct DayHistory: Sendable {
    /// One day that has data.
    public struct Day: Sendable {
        public let date: LocalDate
        /// Contacts per interval, keyed by wall-clock start minute.
        public let volumes: [Int: Double]
        /// Handle-time seconds × contacts and the contacts weighting them, per minute.
        let handleSeconds: [Int: Double]
        let handleWeights: [Int: Double]
        /// Sum of `volumes`.
        public let total: Double
    }

    /// Days in date order.
    public let days: [Day]
    public let intervalSeconds: Int

    /// Arranges observations (one channel, one interval length) in `timeZone`.
    ///
    /// In the repeated hour of a 25-hour day both intervals share one wall-clock minute; their
    /// volumes are averaged so the day's profile keeps its usual shape.
    public init(_ observations: [IntervalObservation], timeZone: TimeZone) {
        var volumes: [LocalDate: [Int: (sum: Double, count: Double)]] = [:]
        var handle: [LocalDate: [Int: Double]] = [:]
        var weights: [LocalDate: [Int: Double]] = [:]
        for observation in observations {
            let offset = timeZone.secondsFromGMT(for: observation.start)
            let local = Int(observation.start.timeIntervalSince1970) + offset
            let date = LocalDate(dayNumber: Int((Double(local) / 86_400).rounded(.down)))
            let minute = ((local % 86_400) + 86_400) % 86_400 / 60
            let previous = volumes[date, default: [:]][minute] ?? (0, 0)
            volumes[date, default: [:]][minute] = (previous.sum + observation.offered, previous.count + 1)
            if let aht = observation.averageHandleTime {
                let weight = observation.handled ?? observation.offered
                handle[date, default: [:]][minute, default: 0] += aht * weight
                weights[date, default: [:]][minute, default: 0] += weight
            }
        }
        days = volumes.keys.sorted().map { date in
            let averaged = volumes[date]!.mapValues { $0.sum / $0.count }
            return Day(date: date, volumes: averaged, handleSeconds: handle[date] ?? [:],
                       handleWeights: weights[date] ?? [:], total: averaged.values.reduce(0, +))
        }
        intervalSeconds = observations.first?.lengthSeconds ?? 1800
    }

    init(days: [Day], intervalSeconds: Int) {
        self.days = days
        self.intervalSeconds = intervalSeconds
    }

    /// The days strictly before `date`.
    public func before(_ date: LocalDate) -> DayHistory {
        let end = days.firstIndex { $0.date >= date } ?? days.count
        return DayHistory(days: Array(days[..<end]), intervalSeconds: intervalSeconds)
    }

    /// The last `count` days falling on `weekday`, oldest first.
    func last(_ count: Int, on weekday: Weekday) -> ArraySlice<Day> {
        var picked: [Day] = []
        for day in days.reversed() where day.date.weekday == weekday {
            picked.append(day)
            if picked.count == count { break }
        }
        return ArraySlice(picked.reversed())
    }

    /// Weekdays that ever had data.
    public var weekdaysSeen: Set<Weekday> { Set(days.map(\.date.weekday)) }

    /// Volume-weighted AHT at `minute` over `days`, if any reported one.
    func averageHandleTime(at minute: Int?, over days: some Sequence<Day>) -> Double? {
        var seconds = 0.0
        var weight = 0.0
        for day in days {
            if let minute {
                seconds += day.handleSeconds[minute] ?? 0
                weight += day.handleWeights[minute] ?? 0
            } else {
                seconds += day.handleSeconds.values.reduce(0, +)
                weight += day.handleWeights.values.reduce(0, +)
            }
        }
        return weight > 0 ? seconds / weight : nil
    }
}
