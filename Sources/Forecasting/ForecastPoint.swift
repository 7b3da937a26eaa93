import Foundation

/// One forecast interval: what `headset forecast` writes as `interval_start,calls[,aht]`.
public struct ForecastPoint: Equatable, Sendable {
    public let start: Date
    public let calls: Double
    /// Forecast average handle time in seconds, when the history had handle times.
    public let averageHandleTime: Double?
}
