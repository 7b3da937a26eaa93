/// Why a shift plan or roster cannot be made as asked.
public enum SchedulingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An input outside its meaningful range; `field` uses the names people write in files and flags.
    case invalidInput(field: String, value: String, requirement: String)
    /// The MIP solver failed or reported something Headset cannot use.
    case solver(String)

    public var description: String {
        switch self {
        case let .invalidInput(field, value, requirement):
            return "\(field) \(value): \(requirement)"
        case .solver(let message):
            return "the optimiser (COIN-OR CBC) failed: \(message)"
        }
    }
}
