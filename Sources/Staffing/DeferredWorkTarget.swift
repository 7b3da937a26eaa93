/// A response-window target for deferred work: at least `fraction` of items answered within
/// `windowSeconds` of arriving.
///
/// ```swift
/// try DeferredWorkTarget(fraction: 0.9, windowSeconds: 24 * 3600)   // 90 % within 24 h
/// ```
///
/// The clock runs around the clock: closed hours, nights and weekends count against the window,
/// as they do for the customer waiting for a reply.
public struct DeferredWorkTarget: Equatable, Sendable {
    /// Share of items to answer in time, more than 0 and at most 1 (100 %).
    public let fraction: Double
    /// Response window in seconds of elapsed (calendar) time.
    public let windowSeconds: Double

    public init(fraction: Double, windowSeconds: Double) throws(StaffingError) {
        guard fraction.isFinite, fraction > 0, fraction <= 1 else {
            throw .invalidInput(field: "response target", value: fraction * 100,
                                requirement: "must be more than 0 % and at most 100 %")
        }
        try StaffingLimits.checkPositive(windowSeconds / 3600, atMost: StaffingLimits.maximumResponseWindowHours,
                                         field: "response window", unit: "hours")
        self.fraction = fraction
        self.windowSeconds = windowSeconds
    }
}
