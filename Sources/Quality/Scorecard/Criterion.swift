/// One thing an evaluator judges, with a stable id that trends follow across versions.
///
/// ```swift
/// Criterion(id: "verify-identity", label: "Verified the caller's identity", kind: .yesNo,
///           critical: CriticalRule(class: .compliance, effect: .failEvaluation))
/// Criterion(id: "empathy-extra", label: "Went the extra mile", kind: .yesNo, bonusPoints: 2)
/// ```
///
/// A normal criterion contributes `weight × fraction` to its section. A bonus criterion has no
/// part in the weighted score: it adds `bonusPoints × fraction` percentage points to the overall
/// score, capped at 100, may be left unanswered, and may not be critical.
public struct Criterion: Hashable, Sendable {
    /// Stable across versions: keep it when rewording, so trends and disputes still match.
    public var id: String
    public var label: TranslatedText
    /// What evaluators should look for; shown beside the question.
    public var guidance: TranslatedText?
    public var kind: CriterionKind
    /// Relative weight within the section; more than 0. Ignored for bonus criteria.
    public var weight: Double
    /// Whether evaluators may answer N/A. N/A removes the criterion from its section's score.
    public var naAllowed: Bool
    /// Set for critical criteria; see ``CriticalRule``.
    public var critical: CriticalRule?
    /// Set for bonus criteria: the percentage points a full answer adds to the overall score.
    public var bonusPoints: Double?

    public init(id: String, label: TranslatedText, guidance: TranslatedText? = nil, kind: CriterionKind,
                weight: Double = 1, naAllowed: Bool = false, critical: CriticalRule? = nil,
                bonusPoints: Double? = nil) {
        self.id = id
        self.label = label
        self.guidance = guidance
        self.kind = kind
        self.weight = weight
        self.naAllowed = naAllowed
        self.critical = critical
        self.bonusPoints = bonusPoints
    }

    public var isBonus: Bool { bonusPoints != nil }
    public var isCritical: Bool { critical != nil }
}
