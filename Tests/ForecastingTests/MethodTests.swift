import CivilTime
import Foundation
import Testing
@testable import Forecasting

@Suite("Forecasting methods and the forecaster")
struct MethodTests {
    static let zone = TimeZone(identifier: "Europe/Vilnius")!

    /// Four Mondays with two half-hours each: 09:00 and 09:30 local.
    static func mondays(_ values: [(Double, Double)], aht: Double? = nil) -> [IntervalObservation] {
        let first = LocalDate("2026-10-05")!   // a Monday
        var observations: [IntervalObservation] = []
        for (week, pair) in values.enumerated() {
            let date = first.adding(days: 7 * week)
            for (index, value) in [pair.0, pair.1].enumerated() {
                let local = date.dayNumber * 86_400 + 9 * 3600 + index * 1800
                let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local)))
                observations.append(IntervalObservation(channel: "phone", start: Date(timeIntervalSince1970: TimeInterval(local - offset)),
                                                        lengthSeconds: 1800, offered: value, averageHandleTime: aht))
            }
        }
        return observations
    }

    static let target = [ForecastTarget(date: LocalDate("2026-11-02")!, minutes: [540, 570])]

    @Test("weekday average is the plain or weighted mean of the same interval")
    func weekdayAverage() throws {
        let history = DayHistory(Self.mondays([(10, 20), (20, 20), (30, 40), (40, 40)]), timeZone: Self.zone)
        let calendar = try PlanningCalendar.inferred(from: Self.mondays([(1, 1)]), timeZone: Self.zone)
        let plain = try WeekdayAverageMethod(weeks: 4).forecast(history: history, targets: Self.target, calendar: calendar)
        #expect(plain == [[25, 30]])
        let recent = try WeekdayAverageMethod(weeks: 2).forecast(history: history, targets: Self.target, calendar: calendar)
        #expect(recent == [[35, 40]])
        // Newest first: 0.4×40 + 0.3×30 + 0.2×20 + 0.1×10 = 30 (and 0.4×40+0.3×40+0.2×20+0.1×20 = 34).
        let weighted = try WeekdayAverageMethod(weeks: 4, weights: [0.4, 0.3, 0.2, 0.1])
            .forecast(history: history, targets: Self.target, calendar: calendar)
        #expect(abs(weighted[0][0] - 30) < 1e-12)
        #expect(abs(weighted[0][1] - 34) < 1e-12)
    }

    @Test("daily total × profile spreads the mean total by the mean intraday shares")
    func profile() throws {
        let history = DayHistory(Self.mondays([(10, 30), (30, 10), (20, 20), (20, 20)]), timeZone: Self.zone)
        let calendar = try PlanningCalendar.inferred(from: Self.mondays([(1, 1)]), timeZone: Self.zone)
        let forecast = try DailyProfileMethod(totalWeeks: 4, profileWeeks: 4)
            .forecast(history: history, targets: Self.target, calendar: calendar)
        // Totals are all 40; shares average (0.25+0.75+0.5+0.5)/4 = 0.5 each.
        #expect(forecast == [[20, 20]])
    }

    @Test("the forecaster writes every open interval, none for days the history never opened")
    func horizon() throws {
        let history = Self.mondays([(10, 20), (20, 20), (30, 40), (40, 40)], aht: 200)
        let calendar = try PlanningCalendar.inferred(from: history, timeZone: Self.zone)
        let forecast = try Forecaster.forecast(history: history, calendar: calendar, start: LocalDate("2026-11-02")!,
                                               days: 7, method: "weekday-average")
        #expect(forecast.points.count == 2, "only the Monday: the history has no other weekday")
        #expect(forecast.points.map(\.calls) == [25, 30])
        #expect(forecast.points.first?.averageHandleTime == 200)
        #expect(calendar.localMinute(of: forecast.points[0].start) == 540)
    }

    @Test("auto picks the method with the lowest backtest WAPE on the bank history")
    func autoChooses() throws {
        let zone = BankData.timeZone
        let history = try IntervalAggregator.aggregate(try BankData.observations(), toSeconds: 1800, timeZone: zone)
        let forecast = try Forecaster.forecast(history: history, calendar: try BankData.calendar(),
                                               start: LocalDate("2003-09-01")!, days: 7, method: "auto")
        #expect(forecast.method == forecast.selectionScores.first?.method)
        #expect(forecast.selectionScores.count == 3)
        // Labor Day is closed; Tuesday to Friday have 28 half-hours each from 07:00 to 21:00.
        #expect(forecast.points.count == 4 * 28)
        #expect(forecast.points.allSatisfy { $0.calls > 0 })
    }

    @Test("re-aggregation sums counts and weights handle time by volume")
    func aggregation() throws {
        let start = Date(timeIntervalSince1970: 1_767_261_600)   // 2026-01-01 10:00 UTC, 12:00 in Vilnius
        let observations = [
            IntervalObservation(channel: "phone", start: start, lengthSeconds: 900, offered: 10, averageHandleTime: 100),
            IntervalObservation(channel: "phone", start: start.addingTimeInterval(900), lengthSeconds: 900, offered: 30, averageHandleTime: 300),
            IntervalObservation(channel: "phone", start: start.addingTimeInterval(1800), lengthSeconds: 900, offered: 5),
        ]
        let aggregated = try IntervalAggregator.aggregate(observations, toSeconds: 1800, timeZone: Self.zone)
        #expect(aggregated.count == 2)
        #expect(aggregated[0].offered == 40)
        // (10×100 + 30×300) / 40 = 250 s.
        #expect(aggregated[0].averageHandleTime == 250)
        #expect(aggregated[1].offered == 5)
        #expect(aggregated[1].averageHandleTime == nil)
        #expect(throws: ForecastingError.self) {
            try IntervalAggregator.aggregate(observations, toSeconds: 1800 + 60, timeZone: Self.zone)
        }
    }

    @Test("an unknown method names the known ones")
    func unknownMethod() {
        #expect(throws: ForecastingError.unknownMethod("arima", known: ["auto", "weekday-average", "profile", "level-calendar"])) {
            try ForecastMethods.named("arima")
        }
    }
}
