/// One row of a ``MixedIntegerProgram``: a sparse linear expression compared with a constant.
///
/// ```swift
/// // x₀ + x₂ ≥ 3
/// LinearConstraint(columns: [0, 2], coefficients: [1, 1], sense: .greaterOrEqual, rightHandSide: 3)
/// ```
///
/// `columns` and `coefficients` are parallel arrays; a column may appear once per row.
public struct LinearConstraint: Sendable, Equatable {
    public var name: String
    public var columns: [Int]
    public var coefficients: [Double]
    public var sense: ConstraintSense
    public var rightHandSide: Double

    public init(name: String = "", columns: [Int], coefficients: [Double], sense: ConstraintSense, rightHandSide: Double) {
        self.name = name
        self.columns = columns
        self.coefficients = coefficients
        self.sense = sense
        self.rightHandSide = rightHandSide
    }

    /// The row's lower and upper limits in CBC's form (`-∞ ≤ activity ≤ b` for ≤, and so on).
    var limits: (lower: Double, upper: Double) {
        switch sense {
        case .lessOrEqual: (-.infinity, rightHandSide)
        case .greaterOrEqual: (rightHandSide, .infinity)
        case .equal: (rightHandSide, rightHandSide)
        }
    }
}
