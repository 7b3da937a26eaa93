import Forecasting
import Foundation
import Interchange
import Testing

@Suite("Interval history: re-aggregation to the planning interval")
struct IntervalHistoryAggregationTests {
    @Test("5 → 30 minutes sums the bank's counts per half hour")
    func bankHalfHours() throws {
        let history = try HistoryTesting.read(BankSample.monday, IntervalHistoryOptions(timeZone: HistoryTesting.newYork,
                                                                                         treatZAsLocal: true))
        let planning = try history.aggregated(toSeconds: 1_800, timeZone: HistoryTesting.newYork)
        #expect(planning.intervalSeconds == 1_800)
        #expect(planning.sourceIntervalSeconds == 300)
        // 111+113+76+82+91+87 and 75+89+99+125+99+122 (bank sample, 2003-03-03 07:00–07:55).
        #expect(planning.observations == [
            IntervalObservation(channel: "phone", start: HistoryTesting.instant("2003-03-03T12:00:00Z"), lengthSeconds: 1_800,
                                offered: 560),
            IntervalObservation(channel: "phone", start: HistoryTesting.instant("2003-03-03T12:30:00Z"), lengthSeconds: 1_800,
                                offered: 609),
        ])
    }

    @Test("AHT is weighted by handled contacts; handled and abandoned are summed")
    func weightedHandleTime() throws {
        let text = """
            start,offered,handled,abandoned,aht
            2003-03-03T07:00:00Z,10,10,0,100
            2003-03-03T07:05:00Z,31,30,1,200
            2003-03-03T07:10:00Z,0,0,0,
            2003-03-03T07:30:00Z,4,4,0,60

            """
        let history = try HistoryTesting.read(text)
        let planning = try history.aggregated(toSeconds: 1_800, timeZone: HistoryTesting.utc)
        #expect(planning.observations.count == 2)
        let first = planning.observations[0]
        #expect(first.offered == 41)
        #expect(first.handled == 40)
        #expect(first.abandoned == 1)
        #expect(first.averageHandleTime == 175, "(10 × 100 + 30 × 200) / 40 handled, not the plain mean 150 s")
        #expect(planning.observations[1].averageHandleTime == 60)
    }

    @Test("a planning interval shorter than the history, or not a multiple of it, is refused")
    func notDivisible() throws {
        let history = try HistoryTesting.read("start,calls\n2003-03-03T07:00Z,1\n2003-03-03T07:20Z,1\n")
        #expect(throws: ForecastingError.intervalNotDivisible(sourceMinutes: 20, planningMinutes: 30)) {
            try history.aggregated(toSeconds: 1_800, timeZone: HistoryTesting.utc)
        }
        #expect(throws: ForecastingError.intervalNotDivisible(sourceMinutes: 20, planningMinutes: 10)) {
            try history.aggregated(toSeconds: 600, timeZone: HistoryTesting.utc)
        }
    }
}
