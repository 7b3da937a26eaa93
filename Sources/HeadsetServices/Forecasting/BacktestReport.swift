import CivilTime
public import Forecasting
import Foundation

/// The JSON shape of `headset forecast backtest --format json`.
public struct BacktestReport: Encodable {
    /// The Mondays each test week starts on, `YYYY-MM-DD`.
    public let origins: [String]
    public let weeks: Int
    public let intervalSeconds: Int
    /// The method with the lowest WAPE.
    public let bestMethod: String?
    public let methods: [MethodJSON]

    /// One method's accuracy over every test week; fractions, not percentages.
    public struct MethodJSON: Encodable {
        public let method: String
        public let wape: Double
        /// NaN (printed as null) when the history has no week-on-week change to scale by.
        public let mase: Double
        public let bias: Double
        public let intervals: Int
        public let actualCalls: Double
        public let forecastCalls: Double
    }

    public init(_ backtest: Backtest, intervalSeconds: Int) {
        origins = backtest.origins.map(\.description)
        weeks = backtest.origins.count
        self.intervalSeconds = intervalSeconds
        bestMethod = backtest.methodScores.first?.method
        methods = backtest.results.map { result in
            MethodJSON(method: result.method, wape: result.overall.wape, mase: result.overall.mase,
                       bias: result.overall.bias, intervals: result.overall.intervals,
                       actualCalls: result.overall.actualTotal, forecastCalls: result.overall.forecastTotal)
        }
    }

    public static let csvHeader = ["method", "wape", "mase", "bias", "intervals", "actual_calls", "forecast_calls"]

    public var csvRows: [[String]] {
        methods.map { method in
            [method.method, NumberText.plain(method.wape), method.mase.isFinite ? NumberText.plain(method.mase) : "",
             NumberText.plain(method.bias), String(method.intervals), NumberText.plain(method.actualCalls),
             NumberText.plain(method.forecastCalls)]
        }
    }

    public var table: TextTable {
        TextTable(
            headers: ["method", "WAPE", "MASE", "bias", "intervals", "actual calls", "forecast calls"],
            rows: methods.map { method in
                [method.method + (method.method == bestMethod ? " *" : ""), ForecastSummary.percent(method.wape),
                 method.mase.isFinite ? String(format: "%.3f", method.mase) : "n/a",
                 String(format: "%+.2f %%", method.bias * 100), String(method.intervals),
                 String(format: "%.0f", method.actualCalls), String(format: "%.0f", method.forecastCalls)]
            },
            alignments: [.left, .right, .right, .right, .right, .right, .right])
    }
}
