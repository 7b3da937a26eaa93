/// How validation treats a manager whose role level is not above their report's.
public enum LevelPolicy: String, Hashable, Sendable, CaseIterable, Codable {
    /// The organisation is invalid.
    case error
    /// Reported, but the organisation is valid.
    case warning
    /// Not checked.
    case ignore
}
