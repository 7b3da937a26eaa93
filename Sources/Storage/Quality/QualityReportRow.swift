public import CivilTime
import Foundation
import GRDB
public import Quality

/// One evaluation as QA reports list it, read in bulk: no answers rebuilt, only each criterion's
/// fraction (N/A and unanswered left out).
public struct QualityReportRow: Sendable, Equatable {
    public let key: String
    public let date: LocalDate
    public let agent: String
    public let evaluator: String
    public let scorecardKey: String
    public let scorecardVersion: Int
    public let channel: String
    public let status: String
    public let score: Double?
    public let passed: Bool
    /// Per class applicable on the card: true when an error of it was made.
    public let criticalErrors: [CriticalClass: Bool]
    public let criteria: [String: Double]
}

extension QualityRepository {
    /// Evaluations (not drafts, not self-evaluations) with interaction dates in `from … to`, optionally only of `agents`,
    /// by date then key. Two queries, each one pass: evaluations, then their fractions.
    public static func reportRows(from: LocalDate? = nil, to: LocalDate? = nil, agents: Set<String>? = nil,
                                  in transaction: DatabaseTransaction) throws -> [QualityReportRow] {
        let db = transaction.database
        var conditions = ["e.status <> 'draft'", "e.is_self_evaluation = 0"]
        var arguments: [any DatabaseValueConvertible] = []
        if let from { conditions.append("e.interaction_date >= ?"); arguments.append(from.description) }
        if let to { conditions.append("e.interaction_date <= ?"); arguments.append(to.description) }
        let filter = conditions.joined(separator: " AND ")
        var fractions: [Int64: [String: Double]] = [:]
        let answers = try Row.fetchCursor(db, sql: """
            SELECT a.evaluation_id, a.criterion_id, a.fraction FROM evaluation_answer a JOIN evaluation e ON e.id = a.evaluation_id
            WHERE \(filter) AND a.fraction IS NOT NULL
            """, arguments: StatementArguments(arguments))
        while let row = try answers.next() {
            fractions[row[0], default: [:]][row[1]] = row[2]
        }
        var rows: [QualityReportRow] = []
        let evaluations = try Row.fetchCursor(db, sql: """
            SELECT e.id, e.key, e.interaction_date, e.agent_key, e.evaluator_key, s.key, s.version, e.channel, e.status, e.score,
                   e.passed, e.customer_critical, e.business_critical, e.compliance_critical
            FROM evaluation e JOIN scorecard_version s ON s.id = e.scorecard_id
            WHERE \(filter) ORDER BY e.interaction_date, e.key
            """, arguments: StatementArguments(arguments))
        while let row = try evaluations.next() {
            let agent: String = row[3]
            if let agents, !agents.contains(agent) { continue }
            let text: String = row[2]
            guard let date = LocalDate(text) else { throw DatabaseError(message: "evaluation: stored date '\(text)' is not a date") }
            var critical: [CriticalClass: Bool] = [:]
            for (index, criticalClass) in [(11, CriticalClass.customer), (12, .business), (13, .compliance)] {
                if let outcome: String = row[index], outcome != "not-applicable" { critical[criticalClass] = outcome == "failed" }
            }
            let id: Int64 = row[0]
            rows.append(QualityReportRow(key: row[1], date: date, agent: agent, evaluator: row[4], scorecardKey: row[5],
                                         scorecardVersion: row[6], channel: row[7], status: row[8], score: row[9],
                                         passed: row[10] ?? false, criticalErrors: critical, criteria: fractions[id] ?? [:]))
        }
        return rows
    }
}
