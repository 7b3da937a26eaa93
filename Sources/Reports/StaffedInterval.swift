import Foundation
import Staffing

/// One planning interval of one channel with the agents it needs and how it performs: a row of
/// the staffing sheets and of `headset staffing --intervals`.
///
/// ```swift
/// let result = try calculator.requiredAgents(for: target)
/// let row = StaffedInterval(start: nineOClock, channel: "voice", intervalSeconds: 1800,
///                           calls: 100, averageHandleTime: 180, result: result)
/// ```
public struct StaffedInterval: Sendable, Equatable {
    /// When the interval starts (shown as wall-clock time in the workbook's time zone).
    public var start: Date
    /// The queue or channel ("voice", "chat"); empty when the input names none.
    public var channel: String
    /// Interval length in seconds.
    public var intervalSeconds: Double
    /// Contacts offered.
    public var calls: Double
    /// Average handle time in seconds.
    public var averageHandleTime: Double
    public var trafficErlangs: Double
    /// Productive agents needed (or evaluated).
    public var agents: Int
    /// Agents to schedule so that `agents` remain after shrinkage.
    public var scheduledAgents: Int
    /// Share of offered contacts answered within the service-level time (0–1).
    public var serviceLevel: Double
    /// Average speed of answer, seconds.
    public var averageSpeedOfAnswer: Double
    /// Share of agents' time busy with contacts (0–1).
    public var occupancy: Double
    public var probabilityOfWaiting: Double
    public var immediateAnswer: Double
    /// Share of offered contacts that hang up; nil under Erlang C.
    public var abandonRate: Double?

    /// A row from a staffing result.
    public init(start: Date, channel: String, intervalSeconds: Double, calls: Double, averageHandleTime: Double,
                result: StaffingResult) {
        self.start = start
        self.channel = channel
        self.intervalSeconds = intervalSeconds
        self.calls = calls
        self.averageHandleTime = averageHandleTime
        trafficErlangs = result.trafficErlangs
        agents = result.agents
        scheduledAgents = result.scheduledAgents
        serviceLevel = result.serviceLevel
        averageSpeedOfAnswer = result.averageSpeedOfAnswer
        occupancy = result.occupancy
        probabilityOfWaiting = result.probabilityOfWaiting
        immediateAnswer = result.immediateAnswer
        abandonRate = result.abandonRate
    }

    /// An interval in which nobody calls: no traffic, nobody waits or hangs up, so the service
    /// level is 1 and occupancy 0. It needs no agents unless some are given (an evaluation).
    public static func withoutCalls(start: Date, channel: String, intervalSeconds: Double, averageHandleTime: Double,
                                    agents: Int = 0, scheduledAgents: Int = 0,
                                    tracksAbandonment: Bool) -> StaffedInterval {
        StaffedInterval(start: start, channel: channel, intervalSeconds: intervalSeconds, calls: 0,
                        averageHandleTime: averageHandleTime, trafficErlangs: 0, agents: agents,
                        scheduledAgents: scheduledAgents, serviceLevel: 1, averageSpeedOfAnswer: 0, occupancy: 0,
                        probabilityOfWaiting: 0, immediateAnswer: 1, abandonRate: tracksAbandonment ? 0 : nil)
    }

    /// Every field given; for tests and for data that did not come from a calculator.
    public init(start: Date, channel: String, intervalSeconds: Double, calls: Double, averageHandleTime: Double,
                trafficErlangs: Double, agents: Int, scheduledAgents: Int, serviceLevel: Double,
                averageSpeedOfAnswer: Double, occupancy: Double, probabilityOfWaiting: Double,
                immediateAnswer: Double, abandonRate: Double?) {
        self.start = start
        self.channel = channel
        self.intervalSeconds = intervalSeconds
        self.calls = calls
        self.averageHandleTime = averageHandleTime
        self.trafficErlangs = trafficErlangs
        self.agents = agents
        self.scheduledAgents = scheduledAgents
        self.serviceLevel = serviceLevel
        self.averageSpeedOfAnswer = averageSpeedOfAnswer
        self.occupancy = occupancy
        self.probabilityOfWaiting = probabilityOfWaiting
        self.immediateAnswer = immediateAnswer
        self.abandonRate = abandonRate
    }
}
