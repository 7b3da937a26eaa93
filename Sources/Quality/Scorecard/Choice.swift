/// One answer of a multiple-choice criterion, with the points it earns.
///
/// ```swift
/// Choice(id: "full", label: "Full resolution", points: 3)
/// Choice(id: "wrong", label: "Wrong information given", points: 0, failsCritical: true)
/// ```
///
/// The criterion earns `points / the best choice's points` of its weight. On a critical
/// criterion, choosing a choice with `failsCritical` trips the critical rule.
public struct Choice: Hashable, Sendable {
    /// Stable within its criterion; what answers name (`.choice("full")`).
    public var id: String
    public var label: TranslatedText
    /// Points earned; 0 or more.
    public var points: Double
    /// Choosing this answer fails the criterion's critical rule (critical criteria only).
    public var failsCritical: Bool

    public init(id: String, label: TranslatedText, points: Double, failsCritical: Bool = false) {
        self.id = id
        self.label = label
        self.points = points
        self.failsCritical = failsCritical
    }
}
