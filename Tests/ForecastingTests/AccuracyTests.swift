import CivilTime
import Foundation
import Testing
@testable import Forecasting

@Suite("Forecast accuracy on the bank history")
struct AccuracyTests {
    /// The target: one-week-ahead forecasts from the last 8 weekly origins at 30 minutes;
    /// the stronger method's WAPE at least 10 % (relative) below the better of weekday-average
    /// (N = 4) and daily total × profile.
    @Test("level-calendar beats both spreadsheet methods by more than 10 % WAPE")
    func strongerMethodWins() throws {
        let zone = BankData.timeZone
        let history = DayHistory(try IntervalAggregator.aggregate(try BankData.observations(), toSeconds: 1800, timeZone: zone),
                                 timeZone: zone)
        let backtest = try Backtest.run(history: history, calendar: try BankData.calendar(), weeks: 8,
                                        methods: ForecastMethods.all())
        let wape = Dictionary(uniqueKeysWithValues: backtest.results.map { ($0.method, $0.overall.wape) })
        let baseline = min(wape["weekday-average"]!, wape["profile"]!)
        #expect(wape["level-calendar"]! <= 0.9 * baseline, "\(wape)")
        // The spreadsheet baselines agree with an independent NumPy implementation of the same
        // definitions (benchmarks/forecast_baselines.py): 5.7013 % and 5.5604 %.
        #expect(abs(wape["weekday-average"]! - 0.057013) < 0.000001)
        #expect(abs(wape["profile"]! - 0.055604) < 0.000001)
        #expect(backtest.origins.count == 8)
        #expect(backtest.origins.first?.description == "2003-07-07")
        #expect(backtest.origins.last?.description == "2003-08-25")
    }

    @Test("WAPE, bias and MASE follow their definitions on a hand-computed case")
    func metricsByHand() {
        var accumulator = AccuracyAccumulator()
        accumulator.add(forecast: 110, actual: 100)   // +10
        accumulator.add(forecast: 45, actual: 50)     // −5
        accumulator.add(forecast: 0, actual: 10)      // −10
        let metrics = accumulator.metrics(naiveScale: 5)
        #expect(abs(metrics.wape - 25.0 / 160) < 1e-12)
        #expect(abs(metrics.bias - (-5.0 / 160)) < 1e-12)
        #expect(abs(metrics.mase - (25.0 / 3) / 5) < 1e-12)
    }
}
