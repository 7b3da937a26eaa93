/// How a linear constraint's activity relates to its right-hand side.
public enum ConstraintSense: String, Sendable, Equatable, CaseIterable {
    /// Σ aᵢxᵢ ≤ b
    case lessOrEqual = "<="
    /// Σ aᵢxᵢ ≥ b
    case greaterOrEqual = ">="
    /// Σ aᵢxᵢ = b
    case equal = "="
}
