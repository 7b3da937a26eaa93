import Foundation

/// Time paid but not available for contacts: breaks, training, coaching, absence.
public struct Shrinkage: Equatable, Sendable {
    /// Fraction of paid time lost (0 ≤ fraction < 1).
    public let fraction: Double

    public init(fraction: Double) throws(StaffingError) {
        guard fraction.isFinite, fraction >= 0, fraction < 1 else {
            throw .invalidInput(field: "shrinkage", value: fraction * 100, requirement: "must be at least 0 % and less than 100 %")
        }
        self.fraction = fraction
    }

    public static let none = try! Shrinkage(fraction: 0)

    /// Agents to schedule: productive / (1 − shrinkage), rounded **up** to whole people, since
    /// rounding down would leave the interval short. A tiny tolerance keeps 14 / (1 − 0.3) = 20
    /// from becoming 21 through floating-point noise.
    public func scheduledAgents(productive: Int) -> Int {
        let exact = Double(productive) / (1 - fraction)
        return Int((exact - 1e-9).rounded(.up))
    }
}
