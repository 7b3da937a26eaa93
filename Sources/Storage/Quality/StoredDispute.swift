public import Quality

/// A stored dispute: what the agent raised and, once decided, the record of the decision.
public struct StoredDispute: Hashable, Sendable {
    public let dispute: Dispute
    /// Nil while the dispute awaits a decision.
    public let record: DisputeRecord?

    public init(dispute: Dispute, record: DisputeRecord?) {
        self.dispute = dispute
        self.record = record
    }

    public var isOpen: Bool { record == nil }
}
