/// The COPC classes of critical error: whom the mistake hurts.
///
/// Critical-error accuracy is reported per class (share of evaluations with no error of that
/// class), apart from the weighted score; see ``CriticalAccuracy``.
public enum CriticalClass: String, Hashable, Sendable, CaseIterable, Codable, Comparable, CustomStringConvertible {
    /// The customer is harmed: wrong answer, unresolved issue, rudeness.
    case customer
    /// The business is harmed: revenue lost, cost incurred, wrong fee.
    case business
    /// A law, regulation or policy is broken: identity not verified, missing disclosure.
    case compliance

    /// `customer-critical`, as QA teams say it.
    public var description: String { rawValue + "-critical" }

    /// Customer, business, compliance: the order reports list them in.
    public static func < (lhs: CriticalClass, rhs: CriticalClass) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .customer: return 0
        case .business: return 1
        case .compliance: return 2
        }
    }
}

/// What a failed critical criterion does to the score.
///
/// Precedence when several apply: `failEvaluation` > `failSection` > N/A. A criterion that fails
/// the evaluation also fails its own section: the stronger effect includes the weaker.
public enum CriticalEffect: String, Hashable, Sendable, CaseIterable, Codable, CustomStringConvertible {
    /// The criterion's section scores 0 % and keeps its weight in the overall.
    case failSection = "fail-section"
    /// The overall score is 0 % and the evaluation fails, whatever else was answered.
    case failEvaluation = "fail-evaluation"

    public var description: String { rawValue }
}

/// Marks a criterion as critical: which class of error a failure is and what it does.
///
/// What counts as a failure depends on the criterion's kind: "No" for yes/no, the lowest point
/// for a scale, a choice marked ``Choice/failsCritical`` for multiple choice. N/A never fails.
public struct CriticalRule: Hashable, Sendable {
    public var criticalClass: CriticalClass
    public var effect: CriticalEffect

    public init(class criticalClass: CriticalClass, effect: CriticalEffect) {
        self.criticalClass = criticalClass
        self.effect = effect
    }
}
