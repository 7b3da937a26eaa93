/// What an import of interval history did, per channel.
public struct IntervalHistoryImportSummary: Equatable, Sendable {
    /// One channel's counts.
    public struct ChannelCounts: Equatable, Sendable {
        public let channel: String
        /// Intervals that were not stored before.
        public let inserted: Int
        /// Intervals stored before with other values, now replaced.
        public let updated: Int
        /// Intervals stored before with the same values: not written.
        public let unchanged: Int

        public init(channel: String, inserted: Int, updated: Int, unchanged: Int) {
            self.channel = channel
            self.inserted = inserted
            self.updated = updated
            self.unchanged = unchanged
        }
    }

    /// Sorted by channel.
    public let channels: [ChannelCounts]

    public init(channels: [ChannelCounts]) { self.channels = channels }

    public var inserted: Int { channels.reduce(0) { $0 + $1.inserted } }
    public var updated: Int { channels.reduce(0) { $0 + $1.updated } }
    public var unchanged: Int { channels.reduce(0) { $0 + $1.unchanged } }
    /// Whether the import wrote anything (and so recorded an audit entry).
    public var changedAnything: Bool { inserted + updated > 0 }
}
