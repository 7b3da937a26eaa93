/// Why a shift plan or roster cannot be made as asked.
public enum SchedulingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An input outside its meaningful range; `field` uses the names people write in files and flags.
    case invalidInput(field: String, value: String, requirement: String)
    /// The MIP solver failed or reported something Headset cannot use.
    case solver(String)
    /// A ``MixedIntegerProgram`` that CBC must not be given (a bug in the caller, not user input).
    case invalidModel(String)
    /// A shift template breaks a rule. `field` is the place inside the template as the file spells
    /// it (`breaks[1].latest`, empty for the template as a whole); `location` is where the template
    /// was read from (`shifts.yaml:12`), when known.
    case invalidTemplate(template: String, field: String, message: String, location: String?)
    /// The requirements cannot be planned (no intervals, intervals off the grid, …).
    case invalidRequirements(String)

    public var description: String {
        switch self {
        case let .invalidInput(field, value, requirement):
            return "\(field) \(value): \(requirement)"
        case .solver(let message):
            return "the optimiser (COIN-OR CBC) failed: \(message)"
        case .invalidModel(let message):
            return "invalid optimisation model: \(message)"
        case let .invalidTemplate(template, field, message, location):
            let place = location.map { "\($0): " } ?? ""
            let what = field.isEmpty ? "shift template '\(template)'" : "shift template '\(template)', field '\(field)'"
            return "\(place)\(what): \(message)"
        case .invalidRequirements(let message):
            return message
        }
    }
}
