public import Staffing

/// What `headset staffing` prints for one interval: JSON keys (documented in docs/staffing.md),
/// a CSV line of the same names, and a table for people.
public struct StaffingReport: Encodable {
    public let trafficErlangs: Double
    public let agents: Int
    public let scheduledAgents: Int
    public let serviceLevel: Double
    public let serviceLevelSeconds: Double
    public let asaSeconds: Double
    public let occupancy: Double
    public let probabilityOfWaiting: Double
    public let immediateAnswer: Double
    /// Present with `--patience` (Erlang A).
    public let abandonRate: Double?
    /// `erlang_c` or `erlang_a`.
    public let model: String
    /// Fraction (0–1).
    public let shrinkage: Double
    /// With `--concurrency` (chat): chats per agent and the slots the agents provide.
    public let concurrency: Int?
    public let slots: Int?

    /// A chat queue: people from the chat result, service measures from its slot queue.
    public init(_ chat: ChatStaffingResult, shrinkage: Shrinkage) {
        self.init(chat.slotQueue, shrinkage: shrinkage, agents: chat.agents, scheduledAgents: chat.scheduledAgents,
                  concurrency: chat.concurrency, slots: chat.slots)
    }

    public init(_ result: StaffingResult, shrinkage: Shrinkage, agents: Int? = nil, scheduledAgents: Int? = nil,
         concurrency: Int? = nil, slots: Int? = nil) {
        self.concurrency = concurrency
        self.slots = slots
        trafficErlangs = result.trafficErlangs
        self.agents = agents ?? result.agents
        self.scheduledAgents = scheduledAgents ?? result.scheduledAgents
        serviceLevel = result.serviceLevel
        serviceLevelSeconds = result.serviceLevelSeconds
        asaSeconds = result.averageSpeedOfAnswer
        occupancy = result.occupancy
        probabilityOfWaiting = result.probabilityOfWaiting
        immediateAnswer = result.immediateAnswer
        abandonRate = result.abandonRate
        model = result.model.rawValue
        self.shrinkage = shrinkage.fraction
    }

    /// The CSV: one header line of the JSON keys and one line of values.
    public var csv: TextTable {
        var pairs: [(String, String)] = [
            ("traffic_erlangs", NumberText.plain(trafficErlangs)),
            ("agents", String(agents)),
            ("scheduled_agents", String(scheduledAgents)),
            ("service_level", NumberText.plain(serviceLevel)),
            ("service_level_seconds", NumberText.plain(serviceLevelSeconds)),
            ("asa_seconds", NumberText.plain(asaSeconds)),
            ("occupancy", NumberText.plain(occupancy)),
            ("probability_of_waiting", NumberText.plain(probabilityOfWaiting)),
            ("immediate_answer", NumberText.plain(immediateAnswer)),
        ]
        if let abandonRate { pairs.append(("abandon_rate", NumberText.plain(abandonRate))) }
        pairs += [("model", model), ("shrinkage", NumberText.plain(shrinkage))]
        if let concurrency, let slots { pairs += [("concurrency", String(concurrency)), ("slots", String(slots))] }
        return TextTable(headers: pairs.map(\.0), rows: [pairs.map(\.1)])
    }

    /// Measures and values for a manager: percentages with %, seconds with one decimal.
    public func table(evaluated: Bool) -> TextTable {
        var rows: [[String]] = [
            ["traffic", "\(NumberText.oneDecimal(trafficErlangs)) Erlangs"],
            [evaluated ? "agents (given)" : "agents needed", String(agents)],
            ["agents to schedule", "\(scheduledAgents) (shrinkage \(NumberText.short(shrinkage * 100)) %)"],
            ["service level", "\(NumberText.percent(serviceLevel)) answered within \(NumberText.short(serviceLevelSeconds)) s"],
            ["average speed of answer", "\(NumberText.oneDecimal(asaSeconds)) s"],
            ["occupancy", NumberText.percent(occupancy)],
            ["calls that wait", NumberText.percent(probabilityOfWaiting)],
            ["answered at once", NumberText.percent(immediateAnswer)],
        ]
        if let abandonRate { rows.append(["abandoned", NumberText.percent(abandonRate)]) }
        if let concurrency, let slots {
            rows.insert(["chat slots", "\(slots) (\(concurrency) chats per agent; occupancy is per slot)"], at: 2)
        }
        return TextTable(headers: ["measure", "value"], rows: rows)
    }
}
