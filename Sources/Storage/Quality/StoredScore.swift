import Foundation
import GRDB
import Quality

/// What an evaluation row keeps of its ``ScoreResult``: the scores, the outcome, the critical
/// result per class, and per answered criterion its fraction and critical failure. Enough for
/// every report without the trace, which scoring the stored answers again rebuilds.
struct StoredScore: Equatable {
    var score: Double?
    var scoreIgnoringCriticals: Double?
    var bonusEarned: Double
    var bonusAdded: Double
    var outcome: StoredOutcome
    /// By class; a class the card lacks is absent.
    var critical: [CriticalClass: String]
    /// By criterion id: the fraction (nil for N/A) and whether it failed its critical rule.
    var criteria: [String: (fraction: Double?, failedCritical: Bool)]

    /// `result` as stored beside `answers`: criteria left unanswered (a bonus may be) have no row.
    init(_ result: ScoreResult, answers: [Answer]) {
        score = result.score
        scoreIgnoringCriticals = result.scoreIgnoringCriticals
        bonusEarned = result.bonusEarned
        bonusAdded = result.bonusAdded
        outcome = StoredOutcome(result.outcome)
        critical = result.criticalErrors.mapValues(Self.criticalText)
        let answered = Set(answers.map(\.criterionID))
        criteria = Dictionary(result.criteria.filter { answered.contains($0.criterionID) }.map { ($0.criterionID, ($0.fraction, $0.failedCritical)) },
                              uniquingKeysWith: { first, _ in first })
    }

    /// The score columns of an `evaluation` row and the fraction columns of its answer rows; nil
    /// while the evaluation has not been scored.
    init?(row: Row, answers: [Row]) {
        guard let outcomeKind: String = row["outcome"] else { return nil }
        score = row["score"]
        scoreIgnoringCriticals = row["score_ignoring_criticals"]
        bonusEarned = row["bonus_earned"] ?? 0
        bonusAdded = row["bonus_added"] ?? 0
        outcome = StoredOutcome(kind: outcomeKind, failedBy: row["failed_by"])
        critical = [:]
        for criticalClass in CriticalClass.allCases {
            if let text: String = row[Self.column(criticalClass)] { critical[criticalClass] = text }
        }
        criteria = [:]
        for answer in answers {
            criteria[answer["criterion_id"]] = (answer["fraction"], answer["failed_critical"] ?? false)
        }
    }

    static func == (lhs: StoredScore, rhs: StoredScore) -> Bool {
        lhs.score == rhs.score && lhs.scoreIgnoringCriticals == rhs.scoreIgnoringCriticals
            && lhs.bonusEarned == rhs.bonusEarned && lhs.bonusAdded == rhs.bonusAdded && lhs.outcome == rhs.outcome
            && lhs.critical == rhs.critical && lhs.criteria.count == rhs.criteria.count
            && lhs.criteria.allSatisfy { id, value in
                rhs.criteria[id].map { $0.fraction == value.fraction && $0.failedCritical == value.failedCritical } ?? false
            }
    }

    /// `customer_critical`, `business_critical`, `compliance_critical`.
    static func column(_ criticalClass: CriticalClass) -> String { criticalClass.rawValue + "_critical" }

    private static func criticalText(_ outcome: CriticalOutcome) -> String {
        switch outcome {
        case .passed: return "passed"
        case .failed: return "failed"
        case .notApplicable: return "not-applicable"
        }
    }

    /// Why `result` cannot be the score of `evaluation`'s answers; nil when it can.
    ///
    /// Cheap on purpose (no rescoring): the version must match and every criterion the result
    /// scored must carry the evaluation's answer, so a score made before the answers changed,
    /// or for other answers, is refused.
    static func mismatch(_ result: ScoreResult, _ evaluation: Evaluation) -> String? {
        guard result.scorecardKey == evaluation.scorecardKey, result.scorecardVersion == evaluation.scorecardVersion else {
            return "scored with \(result.scorecardKey) v\(result.scorecardVersion), the evaluation uses \(evaluation.scorecardLabel)"
        }
        var answers: [String: AnswerValue] = [:]
        for answer in evaluation.answers {
            guard answers.updateValue(answer.value, forKey: answer.criterionID) == nil else {
                return "criterion '\(answer.criterionID)' is answered twice"
            }
        }
        var scored: Set<String> = []
        for criterion in result.criteria {
            scored.insert(criterion.criterionID)
            if let value = answers[criterion.criterionID] {
                if value != criterion.value {
                    return "criterion '\(criterion.criterionID)' was scored as \(criterion.value), answered \(value)"
                }
            } else if !(criterion.isBonus && criterion.value == .notApplicable) {
                return "criterion '\(criterion.criterionID)' was scored but is not answered"
            }
        }
        if let extra = evaluation.answers.first(where: { !scored.contains($0.criterionID) }) {
            return "criterion '\(extra.criterionID)' is answered but was not scored"
        }
        return nil
    }
}

/// A ``ScoreOutcome`` as columns: its kind and, for a critical failure, the criteria as a JSON
/// array. A below-pass-mark outcome is rebuilt from the row's score and the card's pass mark,
/// which are the values the engine put in it.
struct StoredOutcome: Equatable {
    var kind: String
    var failedBy: String?

    init(kind: String, failedBy: String?) {
        self.kind = kind
        self.failedBy = failedBy
    }

    init(_ outcome: ScoreOutcome) {
        switch outcome {
        case .passed: kind = "passed"
        case .belowPassMark: kind = "below-pass-mark"
        case .notScored: kind = "not-scored"
        case .failedByCritical(let ids):
            kind = "failed-by-critical"
            failedBy = "[" + ids.map(AuditJSONObject.quoted).joined(separator: ",") + "]"
        }
    }

    var passed: Bool { kind == "passed" }

    /// The domain outcome; `table` and `key` name the row in errors.
    func outcome(score: Double?, passMark: Double?, table: String, key: String) throws -> ScoreOutcome {
        func corrupt(_ reason: String) -> StorageError { .corruptValue(table: table, key: key, reason: reason) }
        switch kind {
        case "passed": return .passed
        case "not-scored": return .notScored
        case "below-pass-mark":
            guard let score, let passMark else { throw corrupt("below the pass mark without a score and a pass mark") }
            return .belowPassMark(score: score, passMark: passMark)
        case "failed-by-critical":
            guard let failedBy, let ids = try? JSONDecoder().decode([String].self, from: Data(failedBy.utf8)) else {
                throw corrupt("failed by critical criteria without a JSON list of them")
            }
            return .failedByCritical(ids)
        default:
            throw corrupt("unknown outcome '\(kind)'")
        }
    }
}
