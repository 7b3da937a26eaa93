/// The contacts offered in one interval and their average handle time: what an expected service
/// level is computed from once the agents working are known.
public struct IntervalWorkload: Sendable, Hashable {
    /// Contacts offered in the interval, 0 or more.
    public let calls: Double
    /// Average handle time in seconds, more than 0.
    public let handleSeconds: Double

    public init(calls: Double, handleSeconds: Double) {
        self.calls = calls
        self.handleSeconds = handleSeconds
    }

    /// Offered load in Erlangs for an interval of `minutes`.
    public func traffic(intervalMinutes minutes: Int) -> Double {
        minutes > 0 ? calls * handleSeconds / Double(minutes * 60) : 0
    }
}
