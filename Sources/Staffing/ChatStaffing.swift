/// Agents needed by a chat queue whose agents each hold up to k chats at once.
///
/// ```swift
/// // 100 chats per 30 minutes, each occupying a slot for 180 s at concurrency 3:
/// let load = try QueueLoad(calls: 100, averageHandleTime: 180, intervalSeconds: 1800)
/// let chat = try ChatStaffing(load: load, concurrency: ChatConcurrency(3))
/// let target = try StaffingTarget(serviceLevel: .init(fraction: 0.8, seconds: 20))
/// try chat.requiredAgents(for: target)   // 14 slots → 5 agents (15 slots)
/// ```
///
/// Model: every concurrent position ("slot") is a server of an Erlang C queue (Erlang A with a
/// patience), and a chat holds its slot from answer to close. The handle time in `load` must be
/// that **elapsed** slot time *as observed at this concurrency*: chats run slower when an agent
/// juggles several, so a single-chat handle time understates it (measure it, or estimate it with
/// ``ChatConcurrency/slotHandleTime(singleChatHandleTime:efficiency:)``). Agents = ⌈slots / k⌉.
///
/// Limits of the model, stated rather than hidden: slots are treated as independent servers, so
/// an arriving chat may take any free slot of any agent (routing to the least-loaded agent is the
/// usual practice); the handle time is taken as constant although it really depends on how many
/// chats the agent holds at that moment; and agents with spare slots after rounding up simply
/// give better service than reported for `requiredSlots` — the figures in ``ChatStaffingResult/slotQueue``
/// are for the slots actually provided. Targets on occupancy apply to slot occupancy.
public struct ChatStaffing: Sendable {
    /// Chats offered and the elapsed time each occupies a slot (at `concurrency`).
    public let load: QueueLoad
    public let concurrency: ChatConcurrency
    /// Mean patience in seconds; nil for Erlang C over slots (nobody leaves the chat queue).
    public let patience: Double?
    /// Shrinkage of agents (never of slots).
    public let shrinkage: Shrinkage

    public init(load: QueueLoad, concurrency: ChatConcurrency, patience: Double? = nil,
                shrinkage: Shrinkage = .none) throws(StaffingError) {
        _ = try StaffingCalculator(load: load, patience: patience)   // validates the patience
        self.load = load
        self.concurrency = concurrency
        self.patience = patience
        self.shrinkage = shrinkage
    }

    /// The fewest agents whose slots meet every part of `target`; one agent fewer gives too few
    /// slots (fewer than ``ChatStaffingResult/requiredSlots``).
    public func requiredAgents(for target: StaffingTarget) throws(StaffingError) -> ChatStaffingResult {
        let seconds = target.serviceLevel?.seconds ?? 20
        let slotCalculator = try StaffingCalculator(load: load, patience: patience, serviceLevelSeconds: seconds)
        let minimum = try slotCalculator.requiredAgents(for: target)
        let k = concurrency.chatsPerAgent
        let agents = (minimum.agents + k - 1) / k
        let slots = agents * k
        let queue = slots == minimum.agents ? minimum : try slotCalculator.evaluate(agents: slots)
        return ChatStaffingResult(
            concurrency: k, requiredSlots: minimum.agents, agents: agents, slots: slots,
            scheduledAgents: shrinkage.scheduledAgents(productive: agents), slotQueue: queue)
    }

    /// How the queue performs with exactly `agents` agents (agents × concurrency slots);
    /// `serviceLevelSeconds` is the threshold of the reported service level.
    public func evaluate(agents: Int, serviceLevelSeconds: Double = 20) throws(StaffingError) -> ChatStaffingResult {
        guard agents >= 1, agents <= StaffingLimits.maximumAgents else {
            throw .invalidInput(field: "agents", value: Double(agents),
                                requirement: "must be from 1 to \(StaffingLimits.maximumAgents)")
        }
        let k = concurrency.chatsPerAgent
        let slotCalculator = try StaffingCalculator(load: load, patience: patience, serviceLevelSeconds: serviceLevelSeconds)
        let queue = try slotCalculator.evaluate(agents: agents * k)
        return ChatStaffingResult(
            concurrency: k, requiredSlots: agents * k, agents: agents, slots: agents * k,
            scheduledAgents: shrinkage.scheduledAgents(productive: agents), slotQueue: queue)
    }
}
