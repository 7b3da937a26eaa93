import Foundation

/// Time paid but not available for contacts: breaks, training, coaching, absence.
public struct Shrinkage: Equatable, Sendable {
    /// Fraction of paid time lost (0 ≤ fraction ≤ 0.99; see ``StaffingLimits``).
    public let fraction: Double

    public init(fraction: Double) throws(StaffingError) {
        try StaffingLimits.check(fraction * 100, in: 0...StaffingLimits.maximumShrinkagePercent, field: "shrinkage", unit: "%")
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
