import Foundation

/// Why history cannot be used or a forecast cannot be made.
public enum ForecastingError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidInterval(minutes: Double)
    case intervalNotDivisible(sourceMinutes: Int, planningMinutes: Int)
    /// Not enough history for the method asked for.
    case insufficientHistory(method: String, needed: String, available: String)
    case unknownMethod(String, known: [String])
    case invalidParameter(name: String, value: String, requirement: String)
    case invalidCalendar(String)

    public var description: String {
        switch self {
        case .invalidInterval(let minutes):
            return "interval \(minutes) minutes: must divide a day evenly (5, 10, 15, 20, 30, 60 …)"
        case let .intervalNotDivisible(source, planning):
            return "history in \(source)-minute intervals cannot be re-aggregated to \(planning)-minute intervals"
        case let .insufficientHistory(method, needed, available):
            return "\(method): needs \(needed); the history has \(available)"
        case let .unknownMethod(name, known):
            return "unknown method '\(name)' (known: \(known.joined(separator: ", ")))"
        case let .invalidParameter(name, value, requirement):
            return "\(name) \(value): \(requirement)"
        case .invalidCalendar(let message):
            return message
        }
    }
}
