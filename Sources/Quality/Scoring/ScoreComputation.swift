/// One run of the scoring rules over answers already checked against the card; see
/// ``ScoringEngine`` for the rules. Works in fractions (0…1) and turns them into percent only
/// at the end, so all-full answers give exactly 100.
struct ScoreComputation {
    let scorecard: Scorecard
    let answers: [String: Answer]

    private var criterionResults: [CriterionResult] = []
    private var sectionResults: [SectionResult] = []
    private var trace: [ScoreTraceEntry] = []
    private var failedEvaluationBy: [(criterion: Criterion, rule: CriticalRule)] = []
    private var failuresByClass: [CriticalClass: [String]] = [:]
    private var answeredClasses: Set<CriticalClass> = []
    private var bonuses: [(id: String, earned: Double)] = []
    /// Per section: weight, fraction after section gates, fraction ignoring criticals.
    private var sectionFractions: [(weight: Double, gated: Double?, ungated: Double?)] = []

    init(scorecard: Scorecard, answers: [String: Answer]) {
        self.scorecard = scorecard
        self.answers = answers
    }

    mutating func run() -> ScoreResult {
        for section in scorecard.sections { scoreSection(section) }

        let gated = Self.overall(sectionFractions.map { ($0.weight, $0.gated) })
        let ungated = Self.overall(sectionFractions.map { ($0.weight, $0.ungated) })
        let bonusEarned = bonuses.reduce(0) { $0 + $1.earned }

        var score = gated.fraction.map { $0 * 100 }
        var bonusAdded = 0.0
        for (criterion, rule) in failedEvaluationBy {
            note(.evaluationFailed(criterionID: criterion.id, criticalClass: rule.criticalClass),
                 "Evaluation failed by critical criterion \(criterion.id) (\(rule.criticalClass)): score set to 0%")
        }
        if !failedEvaluationBy.isEmpty {
            score = 0
            for bonus in bonuses {
                note(.bonusWithheld(criterionID: bonus.id, earned: bonus.earned, reason: .evaluationFailed),
                     "Bonus \(bonus.id) (\(ScoreText.points(bonus.earned))) not added: the evaluation failed on a critical criterion")
            }
        } else if var running = score {
            for bonus in bonuses {
                let added = min(bonus.earned, max(0, 100 - running))
                running += added
                bonusAdded += added
                let message = added < bonus.earned
                    ? "Bonus \(bonus.id) added \(ScoreText.number(added)) of \(ScoreText.points(bonus.earned)) (capped at 100)"
                    : "Bonus \(bonus.id) added \(ScoreText.points(added))"
                note(.bonusAdded(criterionID: bonus.id, added: added, earned: bonus.earned), message)
            }
            score = min(100, running)
        } else {
            for bonus in bonuses {
                note(.bonusWithheld(criterionID: bonus.id, earned: bonus.earned, reason: .nothingScored),
                     "Bonus \(bonus.id) (\(ScoreText.points(bonus.earned))) not added: every section was N/A, so there is no score to add it to")
            }
        }
        let scoreIgnoringCriticals = ungated.fraction.map { min(100, $0 * 100 + bonusEarned) }

        noteOverall(score: score, counted: gated.counted, ungated: scoreIgnoringCriticals)
        let outcome = Self.outcome(score: score, passMark: scorecard.passMark, failedBy: failedEvaluationBy.map(\.criterion.id))
        noteOutcome(outcome, score: score)

        var criticalErrors: [CriticalClass: CriticalOutcome] = [:]
        for criticalClass in scorecard.criticalClasses {
            if let failed = failuresByClass[criticalClass] {
                criticalErrors[criticalClass] = .failed(failed)
            } else {
                criticalErrors[criticalClass] = answeredClasses.contains(criticalClass) ? .passed : .notApplicable
            }
        }
        return ScoreResult(
            scorecardKey: scorecard.key, scorecardVersion: scorecard.version,
            score: score, scoreIgnoringCriticals: scoreIgnoringCriticals,
            bonusEarned: bonusEarned, bonusAdded: bonusAdded, outcome: outcome,
            failedEvaluationBy: failedEvaluationBy.map(\.criterion.id),
            sections: sectionResults, criteria: criterionResults,
            criticalErrors: criticalErrors, trace: trace)
    }

    private mutating func scoreSection(_ section: ScorecardSection) {
        var earned = 0.0
        var weightUsed = 0.0
        var notApplicable: [String] = []
        var failedBy: [(criterion: Criterion, rule: CriticalRule)] = []
        let title = section.title.text

        for criterion in section.criteria {
            // Only bonus criteria may be unanswered (the engine checked); unanswered earns nothing.
            let value = answers[criterion.id]?.value ?? .notApplicable
            let fraction = criterion.kind.fraction(of: value)
            let failed = criterion.isCritical && criterion.kind.failsCritical(value)
            let bonus = (criterion.bonusPoints ?? 0) * (fraction ?? 0)
            criterionResults.append(CriterionResult(
                criterionID: criterion.id, sectionID: section.id, value: value, fraction: fraction,
                weight: criterion.weight, isBonus: criterion.isBonus, bonusPoints: bonus, failedCritical: failed))

            if let rule = criterion.critical {
                if failed {
                    failuresByClass[rule.criticalClass, default: []].append(criterion.id)
                    failedBy.append((criterion, rule))
                    if rule.effect == .failEvaluation { failedEvaluationBy.append((criterion, rule)) }
                } else if fraction != nil {
                    answeredClasses.insert(rule.criticalClass)
                }
            }
            if criterion.isBonus {
                if bonus > 0 { bonuses.append((criterion.id, bonus)) }
            } else if let fraction {
                earned += criterion.weight * fraction
                weightUsed += criterion.weight
            } else {
                notApplicable.append(criterion.id)
                note(.notApplicableRemoved(criterionID: criterion.id, sectionID: section.id, weight: criterion.weight),
                     "N/A removed \(criterion.id) (weight \(ScoreText.number(criterion.weight))) from section '\(title)'")
            }
        }

        let ungated = weightUsed > 0 ? earned / weightUsed : nil
        // Fail-section beats N/A: a failed section scores 0 and keeps its weight.
        let gated = failedBy.isEmpty ? ungated : 0
        if failedBy.isEmpty {
            if let ungated {
                note(.sectionScored(sectionID: section.id, score: ungated * 100, weight: section.weight),
                     "Section '\(title)' scored \(ScoreText.percent(ungated * 100)) (weight \(ScoreText.number(section.weight)))")
            } else {
                note(.sectionNotApplicable(sectionID: section.id, weight: section.weight),
                     "Section '\(title)' is N/A: all its criteria were N/A, so its weight \(ScoreText.number(section.weight)) leaves the overall")
            }
        }
        for (criterion, rule) in failedBy {
            let effect = rule.effect == .failEvaluation ? "; fails the evaluation" : ""
            note(.sectionFailed(sectionID: section.id, criterionID: criterion.id, criticalClass: rule.criticalClass, effect: rule.effect),
                 "Section '\(title)' failed by critical criterion \(criterion.id) (\(rule.criticalClass)\(effect))")
        }
        sectionFractions.append((section.weight, gated, ungated))
        sectionResults.append(SectionResult(
            sectionID: section.id, weight: section.weight, score: gated.map { $0 * 100 },
            scoreIgnoringCriticals: ungated.map { $0 * 100 }, weightUsed: weightUsed,
            notApplicableCriteria: notApplicable, failedBy: failedBy.map(\.criterion.id)))
    }

    /// Σ(weight × fraction) ÷ Σ(weight) over sections with a fraction; nil when none has one.
    private static func overall(_ sections: [(weight: Double, fraction: Double?)]) -> (fraction: Double?, counted: Int) {
        var earned = 0.0
        var weight = 0.0
        var counted = 0
        for section in sections {
            guard let fraction = section.fraction else { continue }
            earned += section.weight * fraction
            weight += section.weight
            counted += 1
        }
        return (weight > 0 ? min(1, max(0, earned / weight)) : nil, counted)
    }

    /// Pass marks are compared with a tolerance so 79.99999999999999 meets a mark of 80.
    private static func outcome(score: Double?, passMark: Double?, failedBy: [String]) -> ScoreOutcome {
        if !failedBy.isEmpty { return .failedByCritical(failedBy) }
        guard let score else { return .notScored }
        if let passMark, score < passMark - 1e-9 { return .belowPassMark(score: score, passMark: passMark) }
        return .passed
    }

    private mutating func noteOverall(score: Double?, counted: Int, ungated: Double?) {
        let total = scorecard.sections.count
        let kind = ScoreTraceEntry.Kind.overall(score: score, sectionsCounted: counted, sections: total)
        guard let score else {
            note(kind, "No score: every section was N/A")
            return
        }
        if !failedEvaluationBy.isEmpty {
            let calculated = ungated.map { " (ignoring critical criteria it would be \(ScoreText.percent($0)))" } ?? ""
            note(kind, "Overall score 0%: a fail-evaluation criterion failed\(calculated)")
        } else {
            note(kind, "Overall score \(ScoreText.percent(score)) over \(counted) of \(total) section\(total == 1 ? "" : "s")")
        }
    }

    private mutating func noteOutcome(_ outcome: ScoreOutcome, score: Double?) {
        let message: String
        switch outcome {
        case .passed:
            if let mark = scorecard.passMark, let score {
                message = "Passed: \(ScoreText.percent(score)) reaches the pass mark \(ScoreText.percent(mark))"
            } else {
                message = "Passed: no fail-evaluation error (the card has no pass mark)"
            }
        case let .belowPassMark(score, mark):
            message = "Failed: \(ScoreText.percent(score)) is below the pass mark \(ScoreText.percent(mark))"
        case .failedByCritical(let ids):
            message = "Failed by critical criteri\(ids.count == 1 ? "on" : "a") " + ids.joined(separator: ", ")
        case .notScored:
            message = "Not scored: every section was N/A"
        }
        note(.outcome(outcome), message)
    }

    private mutating func note(_ kind: ScoreTraceEntry.Kind, _ message: String) {
        trace.append(ScoreTraceEntry(kind: kind, message: message))
    }
}
