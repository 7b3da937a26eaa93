public import CivilTime
import GRDB
import Quality

extension QualityRepository {
    /// An agent's month: count, mean score, pass rate, critical-error accuracy per class, and
    /// each criterion's mean fraction, over the evaluations of interactions in `month` (past
    /// draft; only versions of `scorecardKey` when given).
    ///
    /// ```swift
    /// let report = try QualityRepository.agentMonthSummary(agent: "ana", month: november, in: db)
    /// report.summary.meanScore                         // 87.5
    /// report.summary.criticalAccuracyPercent(.compliance)   // 95
    /// ```
    ///
    /// Two aggregate queries over the agent's date index; milliseconds with a million evaluations.
    /// `days`, when given, keeps only interactions on those days of the month (the days a reader
    /// may see the agent).
    public static func agentMonthSummary(agent: String, month: CalendarMonth, scorecardKey: String? = nil, days: [LocalDate]? = nil,
                                         in transaction: DatabaseTransaction) throws -> AgentMonthReport {
        let db = transaction.database
        var scope = QualityReportSQL(.agent(agent), from: month, through: month, scorecardKey: scorecardKey)
        if let days { scope.only(days: days) }
        let totals = try Row.fetchOne(db, sql: """
            SELECT \(QualityReportSQL.summaryColumns) FROM evaluation e WHERE \(scope.whereClause)
            """, arguments: scope.arguments)
        let criteria = try Row.fetchAll(db, sql: """
            SELECT s.key AS scorecard_key, a.criterion_id, \(QualityReportSQL.criterionColumns)
            FROM evaluation e CROSS JOIN evaluation_answer a CROSS JOIN scorecard_version s
            LEFT JOIN scorecard_criterion c ON c.scorecard_id = a.scorecard_id AND c.criterion_id = a.criterion_id
            WHERE a.evaluation_id = e.id AND s.id = e.scorecard_id AND \(scope.whereClause)
            GROUP BY s.key, a.criterion_id
            ORDER BY s.key, MIN(c.ordinal), a.criterion_id
            """, arguments: scope.arguments).map { row in
            CriterionSummary(scorecardKey: row["scorecard_key"], criterionID: row["criterion_id"],
                             statistics: QualityReportSQL.statistics(row))
        }
        return AgentMonthReport(agent: agent, month: month, summary: totals.map(QualityReportSQL.summary) ?? QualitySummary(),
                                criteria: criteria)
    }

    /// Month by month from `first` through `last` (every month listed, empty ones with zero
    /// counts): the summary of the evaluations of `scope`.
    ///
    /// ```swift
    /// try QualityRepository.monthlyTrend(.team(["ana", "jonas"]), from: january, through: december, in: db)
    /// ```
    public static func monthlyTrend(_ scope: QualityScope, from first: CalendarMonth, through last: CalendarMonth,
                                    scorecardKey: String? = nil, in transaction: DatabaseTransaction) throws -> [QualityMonthSummary] {
        let db = transaction.database
        let query = QualityReportSQL(scope, from: first, through: last, scorecardKey: scorecardKey)
        var found: [CalendarMonth: QualitySummary] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT \(QualityReportSQL.month) AS month, \(QualityReportSQL.summaryColumns)
            FROM evaluation e WHERE \(query.whereClause) GROUP BY \(QualityReportSQL.month)
            """, arguments: query.arguments) {
            found[try QualityReportSQL.month(row["month"])] = QualityReportSQL.summary(row)
        }
        return CalendarMonth.through(first, last).map { QualityMonthSummary(month: $0, summary: found[$0] ?? QualitySummary()) }
    }

    /// Month by month from `first` through `last` (every month listed): how criterion
    /// `criterionID` of scorecard `scorecardKey` (any version) was answered in the evaluations
    /// of `scope`.
    ///
    /// For everyone it reads the criterion index alone; for a person or team, their evaluations
    /// first, then each one's answers.
    public static func criterionTrend(scorecardKey: String, criterionID: String, scope: QualityScope = .everyone,
                                      from first: CalendarMonth, through last: CalendarMonth,
                                      in transaction: DatabaseTransaction) throws -> [CriterionMonthSummary] {
        let db = transaction.database
        let rows: [Row]
        if scope == .everyone {
            rows = try Row.fetchAll(db, sql: """
                SELECT substr(a.interaction_date, 1, 7) AS month, \(QualityReportSQL.criterionColumns)
                FROM evaluation_answer a
                WHERE a.scorecard_id IN (SELECT id FROM scorecard_version WHERE key = ?) AND a.criterion_id = ?
                  AND a.interaction_date >= ? AND a.interaction_date < ?
                  AND a.evaluation_id NOT IN (SELECT id FROM evaluation WHERE status = 'draft')
                GROUP BY substr(a.interaction_date, 1, 7)
                """, arguments: [scorecardKey, criterionID, first.firstDay.description, last.next.firstDay.description])
        } else {
            let query = QualityReportSQL(scope, from: first, through: last, scorecardKey: scorecardKey)
            rows = try Row.fetchAll(db, sql: """
                SELECT \(QualityReportSQL.month) AS month, \(QualityReportSQL.criterionColumns)
                FROM evaluation e CROSS JOIN evaluation_answer a
                WHERE a.evaluation_id = e.id AND a.criterion_id = ? AND \(query.whereClause)
                GROUP BY \(QualityReportSQL.month)
                """, arguments: [criterionID] + query.arguments)
        }
        var found: [CalendarMonth: CriterionStatistics] = [:]
        for row in rows { found[try QualityReportSQL.month(row["month"])] = QualityReportSQL.statistics(row) }
        return CalendarMonth.through(first, last).map { CriterionMonthSummary(month: $0, statistics: found[$0] ?? CriterionStatistics()) }
    }
}
