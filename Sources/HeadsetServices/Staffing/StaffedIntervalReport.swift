public import Reports

/// One row of `headset staffing --intervals` output: JSON object, CSV line (`--out`) and table row.
public struct StaffedIntervalReport: Encodable {
    /// As written in the input file.
    public let intervalStart: String
    public let channel: String
    public let calls: Double
    /// Seconds.
    public let aht: Double
    public let trafficErlangs: Double
    public let agents: Int
    public let scheduledAgents: Int
    public let serviceLevel: Double
    public let asaSeconds: Double
    public let occupancy: Double
    public let probabilityOfWaiting: Double
    public let immediateAnswer: Double
    public let abandonRate: Double?

    public init(startText: String, _ interval: StaffedInterval) {
        intervalStart = startText
        channel = interval.channel
        calls = interval.calls
        aht = interval.averageHandleTime
        trafficErlangs = interval.trafficErlangs
        agents = interval.agents
        scheduledAgents = interval.scheduledAgents
        serviceLevel = interval.serviceLevel
        asaSeconds = interval.averageSpeedOfAnswer
        occupancy = interval.occupancy
        probabilityOfWaiting = interval.probabilityOfWaiting
        immediateAnswer = interval.immediateAnswer
        abandonRate = interval.abandonRate
    }

    public static func csvHeader(withAbandonment: Bool) -> [String] {
        ["interval_start", "channel", "calls", "aht", "traffic_erlangs", "agents", "scheduled_agents", "service_level",
         "asa_seconds", "occupancy", "probability_of_waiting", "immediate_answer"]
            + (withAbandonment ? ["abandon_rate"] : [])
    }

    public func csvFields(withAbandonment: Bool) -> [String] {
        [intervalStart, channel, NumberText.plain(calls), NumberText.plain(aht), NumberText.plain(trafficErlangs),
         String(agents), String(scheduledAgents), NumberText.plain(serviceLevel), NumberText.plain(asaSeconds),
         NumberText.plain(occupancy), NumberText.plain(probabilityOfWaiting), NumberText.plain(immediateAnswer)]
            + (withAbandonment ? [abandonRate.map(NumberText.plain) ?? ""] : [])
    }

    public static func tableHeader(withAbandonment: Bool) -> [String] {
        ["interval start", "channel", "calls", "AHT s", "Erlangs", "agents", "schedule", "service level", "ASA s",
         "occupancy", "wait"] + (withAbandonment ? ["abandon"] : [])
    }

    public func tableFields(withAbandonment: Bool) -> [String] {
        [intervalStart, channel, NumberText.short(calls), NumberText.short(aht), NumberText.oneDecimal(trafficErlangs),
         String(agents), String(scheduledAgents), NumberText.percent(serviceLevel), NumberText.oneDecimal(asaSeconds),
         NumberText.percent(occupancy), NumberText.percent(probabilityOfWaiting)]
            + (withAbandonment ? [abandonRate.map(NumberText.percent) ?? ""] : [])
    }

    public static func tableAlignments(withAbandonment: Bool) -> [TextTable.Alignment] {
        [.left, .left] + Array(repeating: .right, count: withAbandonment ? 10 : 9)
    }
}
