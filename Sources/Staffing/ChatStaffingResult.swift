/// Agents needed for a chat queue where each agent holds several chats: what a chat staffing
/// question returns.
public struct ChatStaffingResult: Equatable, Sendable {
    /// Chats one agent holds at once.
    public let concurrency: Int
    /// The fewest slots (concurrent chat positions) that meet the target.
    public let requiredSlots: Int
    /// Productive agents: ⌈requiredSlots / concurrency⌉.
    public let agents: Int
    /// Slots the agents provide: agents × concurrency (≥ requiredSlots).
    public let slots: Int
    /// Agents to schedule so that `agents` are productive after shrinkage (rounded up).
    public let scheduledAgents: Int
    /// The slot queue with `slots` servers. Its `agents` counts **slots**, its occupancy is slot
    /// occupancy, and its `scheduledAgents` is slots too (shrinkage applies to `scheduledAgents`
    /// above, never to slots).
    public let slotQueue: StaffingResult
}
