/// Scores answers against one scorecard version: a pure function with an explanation trace.
///
/// ```swift
/// let result = try ScoringEngine.score(answers, with: card)
/// result.score          // 82.5
/// result.explanation    // ["N/A removed upsell (weight 1) from section 'Resolution'", …]
/// ```
///
/// Semantics, in the order they apply:
/// 1. A criterion earns a fraction of its points (see ``CriterionKind``); N/A earns nothing and
///    is removed, with its weight, from its section.
/// 2. A section scores Σ(weight × fraction) ÷ Σ(weight) over its answered non-bonus criteria;
///    when all are N/A the section is N/A and its weight leaves the overall.
/// 3. The overall score is Σ(section weight × section score) ÷ Σ(weights of scored sections).
/// 4. Gates, by precedence fail-evaluation > fail-section > N/A: a failed fail-section critical
///    criterion sets its section to 0 % (the section stays in the overall); a failed
///    fail-evaluation criterion also fails its section and sets the overall to 0 % with the
///    outcome failed, whatever else was answered.
/// 5. Bonus criteria add `bonusPoints × fraction` percentage points, in card order, capped at
///    100; none are added on a fail-evaluation error or when nothing was scored.
/// 6. The outcome passes when no fail-evaluation criterion failed, something was scored, and
///    the score reaches the pass mark (if any).
///
/// Per-criterion results ignore every gate, critical errors are reported per class, and
/// ``ScoreResult/scoreIgnoringCriticals`` repeats steps 1–5 with no critical rule at all.
public enum ScoringEngine {
    /// Scores `answers` with `scorecard` (any status: drafts for trial, retired versions for
    /// old evaluations and disputes).
    ///
    /// - Throws: ``ScoringError/invalidScorecard(key:version:problems:)`` when the card does not
    ///   validate; ``ScoringError/invalidAnswers(_:)`` with every answer problem: unknown
    ///   criteria, repeated answers, N/A where not allowed, values off the scale, unknown
    ///   choices, values of the wrong kind, and missing answers to non-bonus criteria.
    public static func score(_ answers: [Answer], with scorecard: Scorecard) throws(ScoringError) -> ScoreResult {
        let problems = scorecard.validate()
        guard problems.isEmpty else {
            throw .invalidScorecard(key: scorecard.key, version: scorecard.version, problems: problems)
        }
        let answered = try checked(answers, against: scorecard)
        var computation = ScoreComputation(scorecard: scorecard, answers: answered)
        return computation.run()
    }

    /// The answers by criterion id, or every problem with them.
    static func checked(_ answers: [Answer], against scorecard: Scorecard) throws(ScoringError) -> [String: Answer] {
        var criteria: [String: Criterion] = [:]
        for (_, criterion) in scorecard.criteria { criteria[criterion.id] = criterion }
        var problems: [AnswerProblem] = []
        func report(_ problem: AnswerProblem) {
            if !problems.contains(problem) { problems.append(problem) }
        }
        var byID: [String: Answer] = [:]
        for answer in answers {
            guard let criterion = criteria[answer.criterionID] else {
                report(.unknownCriterion(answer.criterionID))
                continue
            }
            guard byID[criterion.id] == nil else {
                report(.duplicateAnswer(criterionID: criterion.id))
                continue
            }
            byID[criterion.id] = answer
            if answer.value.isNotApplicable {
                if !criterion.naAllowed { report(.notApplicableNotAllowed(criterionID: criterion.id)) }
            } else if let problem = criterion.kind.problem(with: answer.value, criterionID: criterion.id) {
                report(problem)
            }
        }
        for (_, criterion) in scorecard.criteria where !criterion.isBonus && byID[criterion.id] == nil {
            report(.missingAnswer(criterionID: criterion.id))
        }
        guard problems.isEmpty else { throw .invalidAnswers(problems) }
        return byID
    }
}
