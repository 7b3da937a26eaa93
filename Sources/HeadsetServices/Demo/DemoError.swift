/// Why the demo centre could not be built: its shipped data is missing or broken, or the
/// database could not be swapped in. Nothing of a new demo is left behind.
public enum DemoError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A data file the demo ships with is not where it was looked for.
    case dataNotFound(path: String, searched: [String])
    /// A shipped data file does not read, or does not fit the rest of the demo.
    case invalidData(String)
    /// The optimiser found no plan for the demo (`what` it was planning).
    case noPlan(what: String, status: String)
    case cannotReplace(path: String, reason: String)

    public var description: String {
        switch self {
        case let .dataNotFound(path, searched):
            return "cannot find the demo data \(path): looked in \(searched.joined(separator: " and ")); "
                + "run headset demo in a Headset source tree, or copy its schedules/ directory here"
        case .invalidData(let message): return message
        case let .noPlan(what, status): return "\(what): no plan found (the optimiser reports \(status))"
        case let .cannotReplace(path, reason): return "\(path): cannot replace the demo database: \(reason)"
        }
    }
}
