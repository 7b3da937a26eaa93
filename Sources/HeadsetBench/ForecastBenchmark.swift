import CivilTime
import Foundation
import Forecasting

/// Backtests every method on the bank call history: the accuracy table of docs/forecasting.md
/// at 30 minutes, and the speed target (8 weekly origins, all methods, 5-minute data).
enum ForecastBenchmark {
    static func run(historyPath: String) throws -> String {
        let zone = TimeZone(identifier: "America/New_York")!
        let observations = try loadBankHistory(path: historyPath, timeZone: zone)
        let calendar = try bankCalendar(timeZone: zone)
        var report = "forecast backtest: \(observations.count) five-minute intervals, 8 weekly origins, all methods\n"
        for minutes in [30, 5] {
            let aggregated = try IntervalAggregator.aggregate(observations, toSeconds: minutes * 60, timeZone: zone)
            var backtest: Backtest?
            let history = DayHistory(aggregated, timeZone: zone)
            let seconds = try StaffingClock.best(of: 3) {
                backtest = try Backtest.run(history: history, calendar: calendar, weeks: 8, methods: ForecastMethods.all())
            }
            report += String(format: "  %d-minute intervals: %.0f ms (best of 3)\n", minutes, seconds * 1000)
            for result in backtest!.results {
                report += String(format: "    %@ WAPE %.4f %%  MASE %.3f  bias %+.2f %%\n",
                                 result.method as NSString, result.overall.wape * 100, result.overall.mase, result.overall.bias * 100)
            }
        }
        return report
    }

    /// The bank file's `DateTime` is the centre's local clock written with a `Z`.
    static func loadBankHistory(path: String, timeZone: TimeZone) throws -> [IntervalObservation] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var observations: [IntervalObservation] = []
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ",")
            guard fields.count == 2, let calls = Double(fields[1]) else { continue }
            let stamp = fields[0].replacingOccurrences(of: "Z", with: "")
            let parts = stamp.split(separator: "T")
            guard parts.count == 2, let date = LocalDate(String(parts[0])) else { continue }
            let clock = parts[1].split(separator: ":").compactMap { Int($0) }
            let localSeconds = date.dayNumber * 86_400 + clock[0] * 3600 + clock[1] * 60
            let guess = Date(timeIntervalSince1970: TimeInterval(localSeconds))
            let start = Date(timeIntervalSince1970: TimeInterval(localSeconds - timeZone.secondsFromGMT(for: guess)))
            observations.append(IntervalObservation(channel: "phone", start: start, lengthSeconds: 300, offered: calls))
        }
        return observations
    }

    /// Weekdays 07:00-21:00, closed on the US federal holidays the bank observed in 2003.
    static func bankCalendar(timeZone: TimeZone) throws -> PlanningCalendar {
        let hours = try OpeningPeriod(parsing: "07:00-21:00")
        let weekdays: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]
        return try PlanningCalendar(
            timeZone: timeZone,
            openingHours: Dictionary(uniqueKeysWithValues: weekdays.map { ($0, [hours]) }),
            closedDates: [LocalDate("2003-05-26")!: "Memorial Day", LocalDate("2003-07-04")!: "Independence Day",
                          LocalDate("2003-09-01")!: "Labor Day"])
    }
}

enum StaffingClock {
    static func best(of repetitions: Int, _ body: () throws -> Void) throws -> Double {
        var best = Double.infinity
        for _ in 0..<repetitions {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }
}
