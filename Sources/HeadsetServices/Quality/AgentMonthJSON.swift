import CivilTime
import Quality
public import Storage

/// `qa report --agent A --month M --format json`: counts are numbers, N/A is null, people are keys.
public struct AgentMonthJSON: Encodable {
    let agent: String
    let month: String
    let evaluations: Int
    let scored: Int
    let meanScore: Double?
    let passPercent: Double?
    let criticalAccuracy: [String: Double?]
    let criteria: [Criterion]

    struct Criterion: Encodable {
        let scorecard: String
        let criterion: String
        let answers: Int
        let notApplicable: Int
        /// Share of the criterion's points earned over the answered evaluations, 0–1; null when all were N/A.
        let meanFraction: Double?
        let criticalFailures: Int

        enum CodingKeys: String, CodingKey { case scorecard, criterion, answers, notApplicable, meanFraction, criticalFailures }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(scorecard, forKey: .scorecard)
            try container.encode(criterion, forKey: .criterion)
            try container.encode(answers, forKey: .answers)
            try container.encode(notApplicable, forKey: .notApplicable)
            try container.encode(meanFraction, forKey: .meanFraction)
            try container.encode(criticalFailures, forKey: .criticalFailures)
        }
    }

    public init(_ report: AgentMonthReport) {
        let summary = report.summary
        agent = report.agent
        month = report.month.description
        evaluations = summary.evaluations
        scored = summary.scored
        meanScore = summary.meanScore.map(QaScoreReport.tidy)
        passPercent = summary.passPercent.map(QaScoreReport.tidy)
        criticalAccuracy = Dictionary(uniqueKeysWithValues: CriticalClass.allCases.map {
            ($0.rawValue, summary.criticalAccuracyPercent($0).map(QaScoreReport.tidy))
        })
        criteria = report.criteria.map {
            Criterion(scorecard: $0.scorecardKey, criterion: $0.criterionID, answers: $0.statistics.answers,
                      notApplicable: $0.statistics.notApplicable, meanFraction: $0.statistics.meanFraction.map(QaScoreReport.tidy),
                      criticalFailures: $0.statistics.criticalFailures)
        }
    }

    /// `--format csv`: one row per criterion, with the month's figures repeated on each.
    public static let csvHeader = ["agent", "month", "evaluations", "scored", "mean_score", "pass_percent", "scorecard", "criterion",
                                   "answers", "not_applicable", "mean_fraction", "critical_failures"]

    public var csvRows: [[String]] {
        func text(_ value: Double?) -> String { value.map { "\($0)" } ?? "" }
        let head = [agent, month, String(evaluations), String(scored), text(meanScore), text(passPercent)]
        return criteria.map { line in
            head + [line.scorecard, line.criterion, String(line.answers), String(line.notApplicable), text(line.meanFraction),
                    String(line.criticalFailures)]
        }
    }

    enum CodingKeys: String, CodingKey { case agent, month, evaluations, scored, meanScore, passPercent, criticalAccuracy, criteria }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(agent, forKey: .agent)
        try container.encode(month, forKey: .month)
        try container.encode(evaluations, forKey: .evaluations)
        try container.encode(scored, forKey: .scored)
        try container.encode(meanScore, forKey: .meanScore)
        try container.encode(passPercent, forKey: .passPercent)
        try container.encode(criticalAccuracy, forKey: .criticalAccuracy)
        try container.encode(criteria, forKey: .criteria)
    }
}
