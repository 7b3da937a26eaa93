public import Organization

/// Why an organisation was not stored. Nothing is written in either case.
public enum OrganizationStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Validation found errors (warnings alone do not stop a store).
    case invalid(ValidationReport)
    /// The change drops people who have history (evaluations, coaching, rosters, titles held)
    /// without a leaving date, or gives a leaving date for someone unknown. The messages name
    /// each person, then say how to proceed.
    case departures([OrganizationError])
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
        case .departures(let errors):
            let dropped = errors.contains { if case .droppedWithHistory = $0 { true } else { false } }
            return errors.map(\.description) + (dropped ? [Self.departureHint] : [])
        case let .corruptRow(table, key, reason): return ["database table \(table), key \(key): \(reason)"]
        }
    }

    public var description: String { messages.joined(separator: "\n") }

    /// How to proceed when people with history are dropped.
    static let departureHint = "nothing was stored; to record that they leave, give the first day they are gone: "
        + "headset org import … --leaving KEY=YYYY-MM-DD (once per person) or a leaves_on column in the people file; "
        + "to keep them, list them in the people file again"
}
