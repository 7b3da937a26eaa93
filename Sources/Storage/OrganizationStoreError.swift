public import Organization

/// Why an organisation was not stored. Nothing is written in either case.
public enum OrganizationStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Validation found errors (warnings alone do not stop a store).
    case invalid(ValidationReport)
    /// The change removes entities the new organisation still uses (a title people hold, a role
    /// titles belong to, a family with roles).
    case refused(OrganizationDiff)
    /// A stored row names something the database does not hold, or a value that is not valid (a
    /// hand-edited database).
    case corruptRow(table: String, key: String, reason: String)

    /// One message per problem, errors in the order found.
    public var messages: [String] {
        switch self {
        case .invalid(let report): return report.errors.map(\.description)
        case .refused(let diff): return diff.errors.map(\.description)
        case let .corruptRow(table, key, reason): return ["database table \(table), key \(key): \(reason)"]
        }
    }

    public var description: String { messages.joined(separator: "\n") }
}
