/// Forecast accuracy over a set of intervals.
///
/// - WAPE: Σ|forecast − actual| / Σ actual (weighted absolute percentage error).
/// - Bias: Σ(forecast − actual) / Σ actual (positive = over-forecast).
/// - MASE: mean |forecast − actual| / mean |actual − actual one week earlier| over the training
///   history (Hyndman & Koehler 2006, with the weekly seasonal naive forecast as the scale):
///   below 1 beats "same as last week".
public struct AccuracyMetrics: Equatable, Sendable {
    public let wape: Double
    public let bias: Double
    public let mase: Double
    public let intervals: Int
    public let actualTotal: Double
    public let forecastTotal: Double
}

/// Accumulates errors, then yields ``AccuracyMetrics``.
struct AccuracyAccumulator {
    var absoluteError = 0.0
    var signedError = 0.0
    var actual = 0.0
    var forecast = 0.0
    var count = 0

    mutating func add(forecast value: Double, actual observed: Double) {
        absoluteError += abs(value - observed)
        signedError += value - observed
        actual += observed
        forecast += value
        count += 1
    }

    func metrics(naiveScale: Double) -> AccuracyMetrics {
        let meanError = count > 0 ? absoluteError / Double(count) : 0
        return AccuracyMetrics(
            wape: actual > 0 ? absoluteError / actual : 0,
            bias: actual > 0 ? signedError / actual : 0,
            mase: naiveScale > 0 ? meanError / naiveScale : .nan,
            intervals: count, actualTotal: actual, forecastTotal: forecast)
    }
}
