/// How many people a person manages: directly, and in their whole subtree.
public struct SpanOfControl: Hashable, Sendable, CustomStringConvertible {
    /// People reporting directly.
    public var direct: Int
    /// Everyone below, transitively (not counting the person).
    public var total: Int

    public init(direct: Int, total: Int) {
        self.direct = direct
        self.total = total
    }

    public var description: String { "\(direct) direct, \(total) total" }
}
