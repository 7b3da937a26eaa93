import Foundation

/// How many chats one agent handles at the same time (k ≥ 1, a whole number).
///
/// ```swift
/// let k = try ChatConcurrency(3)
/// try k.slotHandleTime(singleChatHandleTime: 300, efficiency: 0.5)   // 450 s
/// ```
public struct ChatConcurrency: Equatable, Sendable {
    /// Chats one agent holds at once: the number of slots per agent.
    public let chatsPerAgent: Int

    public init(_ chatsPerAgent: Int) throws(StaffingError) {
        guard chatsPerAgent >= 1, chatsPerAgent <= StaffingLimits.maximumConcurrency else {
            throw .invalidInput(field: "concurrency", value: Double(chatsPerAgent),
                                requirement: "must be a whole number of chats from 1 to \(StaffingLimits.maximumConcurrency)")
        }
        self.chatsPerAgent = chatsPerAgent
    }

    /// For values read as numbers (files, the CLI): rejects fractions such as 2.5.
    public init(validating value: Double) throws(StaffingError) {
        guard value.isFinite, value >= 1, value == value.rounded(), value <= Double(StaffingLimits.maximumConcurrency) else {
            throw .invalidInput(field: "concurrency", value: value,
                                requirement: "must be a whole number of chats from 1 to \(StaffingLimits.maximumConcurrency)")
        }
        try self.init(Int(value))
    }

    /// An *estimate* of the time a chat occupies a slot at this concurrency, for when only the
    /// single-chat handle time is known. Prefer a handle time measured at this concurrency.
    ///
    /// Assumption (a planning convention, not a law): each extra concurrent chat adds `efficiency`
    /// of a chat's worth of throughput, so an agent with k chats finishes 1 + (k − 1)·e chats in
    /// the time one chat alone takes, and each chat occupies its slot k / (1 + (k − 1)·e) times
    /// as long. e = 1: chats do not slow each other down; e = 0: concurrency gains nothing (pure
    /// time-slicing, each chat takes k times as long).
    /// - Parameters: `singleChatHandleTime` in seconds (one chat at a time); `efficiency` 0–1.
    public func slotHandleTime(singleChatHandleTime: Double, efficiency: Double) throws(StaffingError) -> Double {
        try StaffingLimits.checkPositive(singleChatHandleTime, atMost: StaffingLimits.maximumHandleTimeSeconds,
                                         field: "aht", unit: "seconds")
        guard efficiency.isFinite, efficiency >= 0, efficiency <= 1 else {
            throw .invalidInput(field: "concurrency efficiency", value: efficiency * 100,
                                requirement: "must be from 0 % to 100 %")
        }
        let k = Double(chatsPerAgent)
        return singleChatHandleTime * k / (1 + (k - 1) * efficiency)
    }
}
