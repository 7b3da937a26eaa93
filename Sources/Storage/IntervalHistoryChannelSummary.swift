public import Foundation

/// What the database holds for one channel's interval history.
public struct IntervalHistoryChannelSummary: Equatable, Sendable {
    public let channel: String
    /// Start of the first interval.
    public let first: Date
    /// Start of the last interval.
    public let last: Date
    public let rows: Int
    public let intervalSeconds: Int

    public init(channel: String, first: Date, last: Date, rows: Int, intervalSeconds: Int) {
        self.channel = channel
        self.first = first
        self.last = last
        self.rows = rows
        self.intervalSeconds = intervalSeconds
    }

    /// End of the last interval (exclusive).
    public var end: Date { last.addingTimeInterval(TimeInterval(intervalSeconds)) }
}
