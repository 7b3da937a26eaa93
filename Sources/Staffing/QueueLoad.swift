/// The work offered to one queue in one planning interval.
public struct QueueLoad: Equatable, Sendable {
    /// Contacts offered in the interval.
    public let calls: Double
    /// Average handle time in seconds (talk + hold + wrap-up).
    public let averageHandleTime: Double
    /// Interval length in seconds.
    public let intervalSeconds: Double

    public init(calls: Double, averageHandleTime: Double, intervalSeconds: Double) throws(StaffingError) {
        guard calls.isFinite, calls > 0 else {
            throw .invalidInput(field: "calls", value: calls, requirement: "must be more than 0")
        }
        guard averageHandleTime.isFinite, averageHandleTime > 0 else {
            throw .invalidInput(field: "aht", value: averageHandleTime, requirement: "must be more than 0 seconds")
        }
        guard intervalSeconds.isFinite, intervalSeconds > 0 else {
            throw .invalidInput(field: "interval", value: intervalSeconds / 60, requirement: "must be more than 0 minutes")
        }
        self.calls = calls
        self.averageHandleTime = averageHandleTime
        self.intervalSeconds = intervalSeconds
    }

    /// Offered traffic in Erlangs: calls × AHT / interval.
    public var trafficErlangs: Double { calls * averageHandleTime / intervalSeconds }
    /// Arrivals per second.
    public var arrivalRate: Double { calls / intervalSeconds }
    /// Completions per second per agent.
    public var serviceRate: Double { 1 / averageHandleTime }
}
