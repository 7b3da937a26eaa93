import CivilTime
public import Interchange
public import Quality

/// `headset qa score --format json`: the score, the verdict, critical errors per class, the
/// sections and criteria that explain it, and the engine's trace.
///
/// Scores are percentages 0–100, like the card's `pass_mark`; a criterion's `fraction` is the
/// share of its points earned, 0–1. Keys that may have no value are written as null, never left
/// out. The shape is documented in docs/quality.md.
public struct QaScoreReport: Encodable {
    let scorecard: Card
    let answersFile: String
    let interaction: Interaction?
    /// After gates and bonus; null when every section was N/A.
    let score: Double?
    let scoreIgnoringCriticals: Double?
    let passed: Bool
    /// `passed`, `below-pass-mark`, `failed-by-critical`, `not-scored`.
    let outcome: String
    let passMark: Double?
    let failedEvaluationBy: [String]
    let bonusEarned: Double
    let bonusAdded: Double
    /// One entry per critical class the card has: `customer`, `business`, `compliance`.
    let critical: [String: Critical]
    let sections: [Section]
    public let criteria: [CriterionLine]
    let trace: [TraceStep]

    enum CodingKeys: String, CodingKey {
        case scorecard, answersFile, interaction, score, scoreIgnoringCriticals, passed, outcome, passMark,
             failedEvaluationBy, bonusEarned, bonusAdded, critical, sections, criteria, trace
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(scorecard, forKey: .scorecard)
        try container.encode(answersFile, forKey: .answersFile)
        try container.encode(interaction, forKey: .interaction)
        try container.encode(score, forKey: .score)
        try container.encode(scoreIgnoringCriticals, forKey: .scoreIgnoringCriticals)
        try container.encode(passed, forKey: .passed)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(passMark, forKey: .passMark)
        try container.encode(failedEvaluationBy, forKey: .failedEvaluationBy)
        try container.encode(bonusEarned, forKey: .bonusEarned)
        try container.encode(bonusAdded, forKey: .bonusAdded)
        try container.encode(critical, forKey: .critical)
        try container.encode(sections, forKey: .sections)
        try container.encode(criteria, forKey: .criteria)
        try container.encode(trace, forKey: .trace)
    }

    struct Card: Encodable {
        let key: String
        let version: Int
        let status: String
        let title: String
    }

    struct Interaction: Encodable {
        let id: String
        let channel: String
        let date: String
        let start: String?
        let durationSeconds: Double?

        enum CodingKeys: String, CodingKey { case id, channel, date, start, durationSeconds }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(channel, forKey: .channel)
            try container.encode(date, forKey: .date)
            try container.encode(start, forKey: .start)
            try container.encode(durationSeconds, forKey: .durationSeconds)
        }
    }

    /// `passed` when some criterion of the class was answered and none failed; `failed` lists
    /// those that failed; `not_applicable` when every criterion of the class was N/A.
    struct Critical: Encodable {
        let passed: Bool
        let failed: [String]
        let notApplicable: Bool
    }

    struct Section: Encodable {
        let id: String
        let title: String
        let weight: Double
        let score: Double?
        let scoreIgnoringCriticals: Double?
        let weightUsed: Double
        let notApplicable: Bool
        let notApplicableCriteria: [String]
        let failedBy: [String]

        enum CodingKeys: String, CodingKey {
            case id, title, weight, score, scoreIgnoringCriticals, weightUsed, notApplicable, notApplicableCriteria, failedBy
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(weight, forKey: .weight)
            try container.encode(score, forKey: .score)
            try container.encode(scoreIgnoringCriticals, forKey: .scoreIgnoringCriticals)
            try container.encode(weightUsed, forKey: .weightUsed)
            try container.encode(notApplicable, forKey: .notApplicable)
            try container.encode(notApplicableCriteria, forKey: .notApplicableCriteria)
            try container.encode(failedBy, forKey: .failedBy)
        }
    }

    public struct CriterionLine: Encodable {
        public let id: String
        public let section: String
        /// The criterion's label in the card's own language.
        public let label: String
        /// As the engine read it: `yes`, `no`, `n/a`, `2`, a choice id; null for an unanswered bonus.
        public let answer: String?
        /// Share of the criterion's points earned, 0–1; null for N/A.
        public let fraction: Double?
        public let weight: Double
        public let bonus: Bool
        /// Bonus points earned (before the cap at 100).
        public let bonusPoints: Double
        public let failedCritical: Bool
        public let comment: String?
        public let evidence: [EvidenceItem]

        enum CodingKeys: String, CodingKey {
            case id, section, label, answer, fraction, weight, bonus, bonusPoints, failedCritical, comment, evidence
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(section, forKey: .section)
            try container.encode(label, forKey: .label)
            try container.encode(answer, forKey: .answer)
            try container.encode(fraction, forKey: .fraction)
            try container.encode(weight, forKey: .weight)
            try container.encode(bonus, forKey: .bonus)
            try container.encode(bonusPoints, forKey: .bonusPoints)
            try container.encode(failedCritical, forKey: .failedCritical)
            try container.encode(comment, forKey: .comment)
            try container.encode(evidence, forKey: .evidence)
        }
    }

    /// `{timestamp_seconds: 195}` or `{quote: "…"}`.
    public struct EvidenceItem: Encodable {
        public let timestampSeconds: Double?
        public let quote: String?

        enum CodingKeys: String, CodingKey { case timestampSeconds, quote }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(timestampSeconds, forKey: .timestampSeconds)
            try container.encode(quote, forKey: .quote)
        }
    }

    /// One step of the explanation: a kebab-case `kind`, the sentence, and the ids it concerns.
    struct TraceStep: Encodable {
        let kind: String
        let message: String
        let section: String?
        let criterion: String?

        enum CodingKeys: String, CodingKey { case kind, message, section, criterion }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(message, forKey: .message)
            try container.encode(section, forKey: .section)
            try container.encode(criterion, forKey: .criterion)
        }
    }

    /// The report of scoring an answers file.
    public init(result: ScoreResult, card: Scorecard, answers: AnswersFile) {
        let given = Dictionary(answers.entries.map { ($0.criterionID, Given(answered: $0.text != nil, comment: $0.comment,
                                                                             evidence: $0.evidence)) },
                               uniquingKeysWith: { first, _ in first })
        self.init(result: result, card: card, source: answers.source, interaction: answers.interaction, given: given)
    }

    /// The report of a stored evaluation's answers.
    public init(result: ScoreResult, card: Scorecard, evaluation: Evaluation) {
        let given = Dictionary(evaluation.answers.map { ($0.criterionID, Given(answered: true, comment: $0.comment,
                                                                               evidence: $0.evidence)) },
                               uniquingKeysWith: { first, _ in first })
        self.init(result: result, card: card, source: "evaluation \(evaluation.id)", interaction: evaluation.interaction,
                  given: given)
    }

    /// What was given for one criterion, beside the engine's reading of it.
    struct Given {
        let answered: Bool
        let comment: String?
        let evidence: [Evidence]
    }

    private init(result: ScoreResult, card: Scorecard, source: String, interaction reference: InteractionReference?,
                 given entries: [String: Given]) {
        scorecard = Card(key: card.key, version: card.version, status: card.status.rawValue, title: card.title.text)
        answersFile = source
        interaction = reference.map { reference in
            Interaction(id: reference.id, channel: reference.channel.rawValue, date: reference.date.description,
                        start: reference.startSecondOfDay.map(Self.clock), durationSeconds: reference.durationSeconds)
        }
        score = result.score.map(Self.tidy)
        scoreIgnoringCriticals = result.scoreIgnoringCriticals.map(Self.tidy)
        passed = result.passed
        outcome = Self.name(result.outcome)
        passMark = card.passMark
        failedEvaluationBy = result.failedEvaluationBy
        bonusEarned = Self.tidy(result.bonusEarned)
        bonusAdded = Self.tidy(result.bonusAdded)
        var critical: [String: Critical] = [:]
        for (criticalClass, outcome) in result.criticalErrors {
            switch outcome {
            case .passed: critical[criticalClass.rawValue] = Critical(passed: true, failed: [], notApplicable: false)
            case .failed(let ids): critical[criticalClass.rawValue] = Critical(passed: false, failed: ids, notApplicable: false)
            case .notApplicable: critical[criticalClass.rawValue] = Critical(passed: false, failed: [], notApplicable: true)
            }
        }
        self.critical = critical
        let titles = Dictionary(card.sections.map { ($0.id, $0.title.text) }, uniquingKeysWith: { first, _ in first })
        sections = result.sections.map { section in
            Section(id: section.sectionID, title: titles[section.sectionID] ?? section.sectionID, weight: section.weight,
                    score: section.score.map(Self.tidy), scoreIgnoringCriticals: section.scoreIgnoringCriticals.map(Self.tidy),
                    weightUsed: Self.tidy(section.weightUsed), notApplicable: section.isNotApplicable,
                    notApplicableCriteria: section.notApplicableCriteria, failedBy: section.failedBy)
        }
        criteria = result.criteria.map { criterion in
            let entry = entries[criterion.criterionID]
            let answered = criterion.isBonus && entry?.answered != true ? nil : Self.answerText(criterion.value)
            return CriterionLine(id: criterion.criterionID, section: criterion.sectionID,
                                 label: card.criterion(id: criterion.criterionID)?.label.text ?? criterion.criterionID, answer: answered,
                                 fraction: criterion.fraction.map(Self.tidy), weight: criterion.weight, bonus: criterion.isBonus,
                                 bonusPoints: Self.tidy(criterion.bonusPoints), failedCritical: criterion.failedCritical,
                                 comment: entry?.comment,
                                 evidence: (entry?.evidence ?? []).map(Self.evidenceItem))
        }
        trace = result.trace.map(Self.step)
    }

    /// Rounded to 9 decimals: 92.00000000000001 is 92 to anyone reading the JSON.
    public static func tidy(_ value: Double) -> Double { (value * 1e9).rounded() / 1e9 }

    public static func name(_ outcome: ScoreOutcome) -> String {
        switch outcome {
        case .passed: return "passed"
        case .belowPassMark: return "below-pass-mark"
        case .failedByCritical: return "failed-by-critical"
        case .notScored: return "not-scored"
        }
    }

    public static func answerText(_ value: AnswerValue) -> String {
        switch value {
        case .yes: return "yes"
        case .no: return "no"
        case .scale(let points): return String(points)
        case .choice(let id): return id
        case .notApplicable: return "n/a"
        }
    }

    /// `09:14` (or `09:14:30`) from seconds after midnight.
    public static func clock(_ second: Int) -> String {
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }
        let text = two(second / 3600) + ":" + two(second / 60 % 60)
        return second % 60 == 0 ? text : text + ":" + two(second % 60)
    }

    private static func evidenceItem(_ evidence: Evidence) -> EvidenceItem {
        switch evidence {
        case .timestamp(let seconds): return EvidenceItem(timestampSeconds: seconds, quote: nil)
        case .quote(let text): return EvidenceItem(timestampSeconds: nil, quote: text)
        }
    }

    private static func step(_ entry: ScoreTraceEntry) -> TraceStep {
        func step(_ kind: String, section: String? = nil, criterion: String? = nil) -> TraceStep {
            TraceStep(kind: kind, message: entry.message, section: section, criterion: criterion)
        }
        switch entry.kind {
        case let .notApplicableRemoved(criterionID, sectionID, _):
            return step("not-applicable-removed", section: sectionID, criterion: criterionID)
        case let .sectionNotApplicable(sectionID, _):
            return step("section-not-applicable", section: sectionID)
        case let .sectionFailed(sectionID, criterionID, _, _):
            return step("section-failed", section: sectionID, criterion: criterionID)
        case let .sectionScored(sectionID, _, _):
            return step("section-scored", section: sectionID)
        case let .evaluationFailed(criterionID, _):
            return step("evaluation-failed", criterion: criterionID)
        case let .bonusAdded(criterionID, _, _):
            return step("bonus-added", criterion: criterionID)
        case let .bonusWithheld(criterionID, _, _):
            return step("bonus-withheld", criterion: criterionID)
        case .overall:
            return step("overall")
        case .outcome:
            return step("outcome")
        }
    }
}
