import CivilTime
import Foundation
import Quality

/// One scored evaluation as the QA workbook shows it: who, what, when, the score and its parts.
public struct QaEvaluationRow: Sendable {
    public let id: String
    public let date: LocalDate
    public let agent: String
    public let agentName: String
    /// The agent's team, as the report groups it (their supervisor's name).
    public let team: String
    public let evaluatorName: String
    /// `voice-call v2`.
    public let scorecard: String
    public let channel: String
    public let status: String
    /// Percent 0–100; nil when everything was N/A.
    public let score: Double?
    public let passed: Bool
    /// Per critical class: true with an error of that class, false without, absent when not applicable.
    public let criticalErrors: [CriticalClass: Bool]
    /// Per stable criterion id: the fraction earned (0…1, ignoring fail gates); absent when N/A or not on the card.
    public let criteria: [String: Double]

    public init(id: String, date: LocalDate, agent: String, agentName: String, team: String, evaluatorName: String,
                scorecard: String, channel: String, status: String, score: Double?, passed: Bool,
                criticalErrors: [CriticalClass: Bool], criteria: [String: Double]) {
        self.id = id
        self.date = date
        self.agent = agent
        self.agentName = agentName
        self.team = team
        self.evaluatorName = evaluatorName
        self.scorecard = scorecard
        self.channel = channel
        self.status = status
        self.score = score
        self.passed = passed
        self.criticalErrors = criticalErrors
        self.criteria = criteria
    }

    /// `2026-11`: the month the trend groups by.
    public var month: String { String(format: "%04d-%02d", date.year, date.month) }
}
