/// What one person may want to do with another person's records.
public enum PermissionAction: String, Hashable, Sendable, CaseIterable, Codable {
    /// Read evaluations, coaching notes and other records.
    case view
    /// Score a contact on a scorecard.
    case evaluate
    /// Hold coaching sessions and set action items.
    case coach
    /// Confirm having seen an evaluation or coaching session (one's own only).
    case acknowledge
    /// Change families, roles, titles, people and reporting lines.
    case manageStructure = "manage-structure"
}
