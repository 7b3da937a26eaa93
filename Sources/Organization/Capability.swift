/// Something a role may do beyond what the reporting line grants.
public enum Capability: String, Hashable, Sendable, CaseIterable, Codable {
    /// Change job families, roles, titles, people and reporting lines, and view everyone's
    /// records (human resources).
    case manageStructure = "manage-structure"
    /// View and evaluate anyone's records except one's own (quality analysts outside the line).
    case evaluateAll = "evaluate-all"
}
