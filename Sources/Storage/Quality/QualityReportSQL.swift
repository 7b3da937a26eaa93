import CivilTime
import GRDB
import Quality

/// The SQL the report queries share: which evaluations count, and the aggregate columns.
///
/// Portable SQL (CASE, not SQLite's boolean sums), with two SQLite planner hints documented on
/// https://sqlite.org/optoverview.html: `CROSS JOIN` keeps the left table as the outer loop, and
/// a unary `+` keeps a term from choosing the index (PostgreSQL reads both as plain SQL).
struct QualityReportSQL {
    var conditions: [String] = []
    var arguments: StatementArguments = []

    /// Evaluations (`e`) of `scope` with interactions in `first` through `last`, past draft,
    /// on versions of `scorecardKey` when given.
    init(_ scope: QualityScope, from first: CalendarMonth, through last: CalendarMonth, scorecardKey: String?) {
        switch scope {
        case .agent(let key):
            add("e.agent_key = ?", [key])
        case .team(let keys):
            // An empty team matches nothing (`IN ()` is not portable SQL).
            add(keys.isEmpty ? "0 = 1" : "e.agent_key IN (" + keys.map { _ in "?" }.joined(separator: ", ") + ")", keys)
        case .evaluator(let key):
            add("e.evaluator_key = ?", [key])
        case .everyone:
            break
        }
        add("e.interaction_date >= ? AND e.interaction_date < ?", [first.firstDay.description, last.next.firstDay.description])
        add("e.status <> 'draft'", [String]())
        // Self-evaluations are the agent's own view, for coaching; they do not grade the agent.
        add("e.is_self_evaluation = 0", [String]())
        if let scorecardKey {
            // With a person, their index is the narrow one: keep the scorecard's out of the race.
            let column = scope == .everyone ? "e.scorecard_id" : "+e.scorecard_id"
            add("\(column) IN (SELECT id FROM scorecard_version WHERE key = ?)", [scorecardKey])
        }
    }

    /// Only interactions on `days` (none matches nothing).
    mutating func only(days: [LocalDate]) {
        add(days.isEmpty ? "0 = 1" : "e.interaction_date IN (" + days.map { _ in "?" }.joined(separator: ", ") + ")",
            days.map(\.description))
    }

    private mutating func add(_ condition: String, _ values: [String]) {
        conditions.append(condition)
        arguments += StatementArguments(values)
    }

    var whereClause: String { conditions.joined(separator: " AND ") }

    /// `substr(e.interaction_date, 1, 7)`: the month, `2026-11`.
    static let month = "substr(e.interaction_date, 1, 7)"

    /// The aggregates ``summary(_:)`` reads, over `evaluation e`.
    static let summaryColumns: String = {
        var columns = [
            "COUNT(*) AS evaluations", "COUNT(e.score) AS scored", "AVG(e.score) AS mean_score",
            "AVG(e.score_ignoring_criticals) AS mean_ignoring", "SUM(CASE WHEN e.passed THEN 1 ELSE 0 END) AS passed",
        ]
        for criticalClass in CriticalClass.allCases {
            let column = "e." + StoredScore.column(criticalClass)
            columns += [
                "COUNT(\(column)) AS \(criticalClass.rawValue)_cards",
                "SUM(CASE WHEN \(column) IN ('passed', 'failed') THEN 1 ELSE 0 END) AS \(criticalClass.rawValue)_applicable",
                "SUM(CASE WHEN \(column) = 'passed' THEN 1 ELSE 0 END) AS \(criticalClass.rawValue)_error_free",
            ]
        }
        return columns.joined(separator: ", ")
    }()

    static func summary(_ row: Row) -> QualitySummary {
        var accuracy: [CriticalClass: CriticalAccuracy.Tally] = [:]
        for criticalClass in CriticalClass.allCases where (row["\(criticalClass.rawValue)_cards"] as Int? ?? 0) > 0 {
            accuracy[criticalClass] = CriticalAccuracy.Tally(applicable: row["\(criticalClass.rawValue)_applicable"] ?? 0,
                                                             errorFree: row["\(criticalClass.rawValue)_error_free"] ?? 0)
        }
        return QualitySummary(evaluations: row["evaluations"] ?? 0, scored: row["scored"] ?? 0, meanScore: row["mean_score"],
                              meanScoreIgnoringCriticals: row["mean_ignoring"], passed: row["passed"] ?? 0,
                              criticalAccuracy: accuracy)
    }

    /// The aggregates ``statistics(_:)`` reads, over `evaluation_answer a`.
    static let criterionColumns = """
        COUNT(*) AS answers, COUNT(*) - COUNT(a.fraction) AS not_applicable, AVG(a.fraction) AS mean_fraction,
        SUM(CASE WHEN a.failed_critical THEN 1 ELSE 0 END) AS critical_failures
        """

    static func statistics(_ row: Row) -> CriterionStatistics {
        CriterionStatistics(answers: row["answers"] ?? 0, notApplicable: row["not_applicable"] ?? 0, meanFraction: row["mean_fraction"],
                            criticalFailures: row["critical_failures"] ?? 0)
    }

    /// Parses `2026-11` as a month.
    static func month(_ text: String) throws -> CalendarMonth {
        guard let date = LocalDate(text + "-01") else {
            throw StorageError.corruptValue(table: "evaluation", key: text, reason: "interaction_date does not start with a month")
        }
        return CalendarMonth(containing: date)
    }
}
