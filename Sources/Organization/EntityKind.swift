/// The kinds of thing an organisation holds, for messages and diffs.
public enum EntityKind: String, Hashable, Sendable, CaseIterable, Codable, CustomStringConvertible {
    case family = "job family"
    case role
    case title
    case person
    case position
    case titleAssignment = "title assignment"
    case reportingLine = "reporting line"
    case escalationRule = "escalation rule"

    public var description: String { rawValue }
}
