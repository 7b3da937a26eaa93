import Foundation
import Quality

/// `qa show --format json` (and the web page's data): the evaluation's summary keys, then every
/// criterion's answer, points, N/A, comment and evidence, the critical results, the sections,
/// the engine's trace, and every dispute with its items and decision. Absent values are null.
public struct QaEvaluationDetail: Encodable {
    let summary: QaEvaluationSummary
    let report: QaScoreReport
    let disputes: [DisputeLine]

    public init(_ result: EvaluationResult) {
        summary = QaEvaluationSummary(evaluation: result.evaluation, score: result.score,
                                      stored: result.stored.map { "\($0)" } ?? "stored")
        report = QaScoreReport(result: result.score, card: result.scorecard, evaluation: result.evaluation)
        disputes = result.evaluation.disputeHistory.map(DisputeLine.init(decided:))
            + result.openDisputes.map(DisputeLine.init(open:))
    }

    enum CodingKeys: String, CodingKey {
        case evaluation, scorecard, agent, evaluator, selfEvaluation, status, stored, score, passed, outcome
        case interaction, scoreIgnoringCriticals, passMark, failedEvaluationBy, bonusEarned, bonusAdded, critical, sections,
             criteria, trace, disputes
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(summary.evaluation, forKey: .evaluation)
        try container.encode(summary.scorecard, forKey: .scorecard)
        try container.encode(summary.agent, forKey: .agent)
        try container.encode(summary.evaluator, forKey: .evaluator)
        try container.encode(summary.selfEvaluation, forKey: .selfEvaluation)
        try container.encode(summary.status, forKey: .status)
        try container.encode(summary.stored, forKey: .stored)
        try container.encode(summary.score, forKey: .score)
        try container.encode(summary.passed, forKey: .passed)
        try container.encode(summary.outcome, forKey: .outcome)
        try container.encode(report.interaction, forKey: .interaction)
        try container.encode(report.scoreIgnoringCriticals, forKey: .scoreIgnoringCriticals)
        try container.encode(report.passMark, forKey: .passMark)
        try container.encode(report.failedEvaluationBy, forKey: .failedEvaluationBy)
        try container.encode(report.bonusEarned, forKey: .bonusEarned)
        try container.encode(report.bonusAdded, forKey: .bonusAdded)
        try container.encode(report.critical, forKey: .critical)
        try container.encode(report.sections, forKey: .sections)
        try container.encode(report.criteria, forKey: .criteria)
        try container.encode(report.trace, forKey: .trace)
        try container.encode(disputes, forKey: .disputes)
    }

    /// The criteria as CSV rows: one per criterion, with its answer, points and notes.
    public var csvRows: [[String]] {
        report.criteria.map { line in
            [summary.evaluation, line.section, line.id, line.label, line.answer ?? "", line.fraction.map { "\($0)" } ?? "",
             "\(line.weight)", line.fraction == nil ? "true" : "false", line.failedCritical ? "true" : "false",
             line.comment ?? "", line.evidence.map { $0.quote ?? $0.timestampSeconds.map { "\($0) s" } ?? "" }.joined(separator: "; ")]
        }
    }

    public static let csvHeader = ["evaluation", "section", "criterion", "label", "answer", "fraction", "weight", "not_applicable",
                                   "failed_critical", "comment", "evidence"]

    /// One dispute: who raised it, each disputed criterion with its reason and the answer the
    /// decision gave it, and the decision (null while open).
    struct DisputeLine: Encodable {
        let id: String
        let raisedBy: String
        let raisedAt: String
        let status: String
        let items: [Item]
        let verdict: String?
        let reviewer: String?
        let comment: String?
        let decidedAt: String?
        let scoreBefore: Double?
        let scoreAfter: Double?

        struct Item: Encodable {
            let criterion: String
            let reason: String
            /// The answer the decision gave the criterion; null while open or when it stood.
            let revisedAnswer: String?

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(criterion, forKey: .criterion)
                try container.encode(reason, forKey: .reason)
                try container.encode(revisedAnswer, forKey: .revisedAnswer)
            }

            enum CodingKeys: String, CodingKey { case criterion, reason, revisedAnswer }
        }

        init(decided record: DisputeRecord) {
            let revised = Dictionary(record.decision.revisedAnswers.map { ($0.criterionID, $0.value) },
                                     uniquingKeysWith: { first, _ in first })
            id = record.dispute.id
            raisedBy = record.dispute.raisedBy
            raisedAt = Self.timestamp(record.dispute.raisedAt)
            status = "decided"
            items = record.dispute.items.map {
                Item(criterion: $0.criterionID, reason: $0.reason, revisedAnswer: revised[$0.criterionID].map(QaScoreReport.answerText))
            }
            verdict = record.decision.verdict.rawValue
            reviewer = record.decision.reviewerID
            comment = record.decision.comment
            decidedAt = Self.timestamp(record.decision.decidedAt)
            scoreBefore = record.scoreBefore.map(QaScoreReport.tidy)
            scoreAfter = record.scoreAfter.map(QaScoreReport.tidy)
        }

        init(open dispute: Dispute) {
            id = dispute.id
            raisedBy = dispute.raisedBy
            raisedAt = Self.timestamp(dispute.raisedAt)
            status = "open"
            items = dispute.items.map { Item(criterion: $0.criterionID, reason: $0.reason, revisedAnswer: nil) }
            verdict = nil
            reviewer = nil
            comment = nil
            decidedAt = nil
            scoreBefore = nil
            scoreAfter = nil
        }

        enum CodingKeys: String, CodingKey {
            case id, raisedBy, raisedAt, status, items, verdict, reviewer, comment, decidedAt, scoreBefore, scoreAfter
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(raisedBy, forKey: .raisedBy)
            try container.encode(raisedAt, forKey: .raisedAt)
            try container.encode(status, forKey: .status)
            try container.encode(items, forKey: .items)
            try container.encode(verdict, forKey: .verdict)
            try container.encode(reviewer, forKey: .reviewer)
            try container.encode(comment, forKey: .comment)
            try container.encode(decidedAt, forKey: .decidedAt)
            try container.encode(scoreBefore, forKey: .scoreBefore)
            try container.encode(scoreAfter, forKey: .scoreAfter)
        }

        private static func timestamp(_ date: Date) -> String { date.ISO8601Format() }
    }
}
