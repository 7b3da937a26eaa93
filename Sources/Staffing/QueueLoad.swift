/// The work offered to one queue in one planning interval.
public struct QueueLoad: Equatable, Sendable {
    /// Contacts offered in the interval.
    public let calls: Double
    /// Average handle time in seconds (talk + hold + wrap-up).
    public let averageHandleTime: Double
    /// Interval length in seconds.
    public let intervalSeconds: Double

    /// Throws ``StaffingError/invalidInput(field:value:requirement:)`` outside the ranges of
    /// ``StaffingLimits`` (calls, AHT, interval, and the traffic they make).
    public init(calls: Double, averageHandleTime: Double, intervalSeconds: Double) throws(StaffingError) {
        try StaffingLimits.checkPositive(calls, atMost: StaffingLimits.maximumCalls, field: "calls", unit: "calls per interval")
        try StaffingLimits.checkPositive(averageHandleTime, atMost: StaffingLimits.maximumHandleTimeSeconds,
                                         field: "aht", unit: "seconds")
        try StaffingLimits.checkPositive(intervalSeconds / 60, atMost: StaffingLimits.maximumIntervalMinutes,
                                         field: "interval", unit: "minutes")
        let traffic = calls * averageHandleTime / intervalSeconds
        guard traffic.isFinite, traffic <= StaffingLimits.maximumTrafficErlangs else {
            throw .invalidInput(field: "traffic", value: traffic,
                                requirement: "calls × aht / interval must be at most "
                                    + "\(StaffingError.format(StaffingLimits.maximumTrafficErlangs)) Erlangs")
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
