import Foundation

/// What one queue saw in one interval: the unit of history Headset imports and forecasts from.
public struct IntervalObservation: Equatable, Hashable, Sendable {
    /// Channel or queue name (e.g. `phone`, `email`, `billing`).
    public var channel: String
    /// Start of the half-open interval [start, start + length).
    public var start: Date
    /// Interval length in seconds.
    public var lengthSeconds: Int
    /// Contacts offered.
    public var offered: Double
    /// Contacts handled, when the source reports it.
    public var handled: Double?
    /// Contacts abandoned, when the source reports it.
    public var abandoned: Double?
    /// Average handle time of the interval in seconds, when reported.
    public var averageHandleTime: Double?

    public init(channel: String, start: Date, lengthSeconds: Int, offered: Double, handled: Double? = nil,
                abandoned: Double? = nil, averageHandleTime: Double? = nil) {
        self.channel = channel
        self.start = start
        self.lengthSeconds = lengthSeconds
        self.offered = offered
        self.handled = handled
        self.abandoned = abandoned
        self.averageHandleTime = averageHandleTime
    }

    /// End of the interval (exclusive).
    public var end: Date { start.addingTimeInterval(TimeInterval(lengthSeconds)) }
}
