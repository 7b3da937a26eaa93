/// One column of a ``MixedIntegerProgram``: bounds, objective coefficient and integrality.
///
/// ```swift
/// DecisionVariable(name: "early", upper: 40, cost: 8, isInteger: true)
/// ```
///
/// Bounds may be infinite (`-.infinity`, `.infinity`); they are passed to CBC as its own infinity.
public struct DecisionVariable: Sendable, Equatable {
    /// A label for messages and debugging; CBC never sees it.
    public var name: String
    public var lower: Double
    public var upper: Double
    /// The coefficient in the objective, which is minimised.
    public var cost: Double
    public var isInteger: Bool

    public init(name: String = "", lower: Double = 0, upper: Double = .infinity, cost: Double = 0, isInteger: Bool = false) {
        self.name = name
        self.lower = lower
        self.upper = upper
        self.cost = cost
        self.isInteger = isInteger
    }
}
