/// Why an organisation definition or change is refused.
public enum OrganizationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A placeholder until the organisation model lands; replaced by the real cases.
    case invalid(String)

    public var description: String {
        switch self {
        case .invalid(let message): return message
        }
    }
}
