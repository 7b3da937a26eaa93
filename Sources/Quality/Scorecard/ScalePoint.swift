/// One point of a scale criterion: the points it earns and what it means.
///
/// ```swift
/// ScalePoint(value: 0, label: "Did not greet")
/// ScalePoint(value: 2, label: "Greeted by name")
/// ```
///
/// `value` is the points earned: the criterion earns `value / highest value` of its weight. A
/// scale meant to run from 0 % must therefore start at 0 (a 1–5 scale earns 20 % for a 1).
public struct ScalePoint: Hashable, Sendable {
    /// Points earned when this point is chosen; 0 or more.
    public var value: Int
    public var label: TranslatedText

    public init(value: Int, label: TranslatedText) {
        self.value = value
        self.label = label
    }
}
