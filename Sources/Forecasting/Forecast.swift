/// A forecast and how it was made.
public struct Forecast: Sendable {
    public let points: [ForecastPoint]
    /// The method that produced the points (the winner when `auto` was asked for).
    public let method: String
    /// For `auto`: each candidate's WAPE over the selection backtest, best first.
    public let selectionScores: [(method: String, wape: Double)]
    public let intervalSeconds: Int
}
