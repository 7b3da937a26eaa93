import CivilTime

/// Why an organisation definition or change is refused: each case names the entities involved,
/// with their dates and where they were read from.
public enum OrganizationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A key is empty or has leading or trailing spaces.
    case invalidKey(EntityKind, key: String, source: SourceLocation?)
    /// Two entities of one kind share a key.
    case duplicateKey(EntityKind, key: String, first: SourceLocation?, second: SourceLocation?)
    /// A reference to a key that the organisation does not define.
    case unknownReference(EntityKind, key: String, referencedBy: String, source: SourceLocation?)
    /// `validTo` (the last day, inclusive) falls before `validFrom`.
    case invalidDateRange(EntityKind, key: String, validFrom: LocalDate, validTo: LocalDate, source: SourceLocation?)
    /// A reporting line names the person as their own manager.
    case selfManagement(person: PersonLabel, line: ReportingLine)
    /// A person holds two titles on the same day.
    case overlappingTitleAssignments(person: PersonLabel, first: TitleAssignment, second: TitleAssignment)
    /// A person has two managers on the same day.
    case overlappingReportingLines(person: PersonLabel, first: ReportingLine, second: ReportingLine)
    /// Two people fill the same position on the same day.
    case sharedPosition(position: String, first: TitleAssignment, second: TitleAssignment)
    /// An assignment fills a position budgeted for another title.
    case positionTitleMismatch(assignment: TitleAssignment, positionTitle: String)
    /// People manage each other in a circle from `from`; `chain` starts and ends with the same
    /// person, each reporting to the next.
    case reportingCycle(chain: [PersonLabel], from: LocalDate, lines: [ReportingLine])
    /// From `from`, a person reports to a manager whose role level is not above their own.
    case managerLevelNotAbove(person: PersonLabel, role: String, level: Int,
                              manager: PersonLabel, managerRole: String, managerLevel: Int,
                              from: LocalDate, line: ReportingLine)
    /// One name (key, alias or translation, ignoring case and diacritics) resolves to several titles.
    case ambiguousTitleName(name: String, titles: [String], sources: [SourceLocation?])
    /// Two escalation rules start from the same role.
    case conflictingEscalationRules(role: String, first: EscalationRule, second: EscalationRule)
    /// An escalation rule leads to a role that is not above the role it starts from.
    case escalationNotUpward(rule: EscalationRule, fromLevel: Int, toLevel: Int)
    /// A person never holds any title.
    case personWithoutTitle(PersonLabel, source: SourceLocation?)
    /// An entity cannot be removed while others refer to it; `by` names them.
    case stillReferenced(EntityKind, key: String, by: [String])
    /// An entity to change or remove does not exist.
    case unknownEntity(EntityKind, key: String)
    /// The new organisation drops a person who has history (`history` says what: evaluations,
    /// coaching, rosters, titles held …); people with history leave on a date instead.
    case droppedWithHistory(PersonLabel, history: [String])
    /// A leaving date names someone who is in neither the new nor the stored organisation.
    case unknownLeaver(key: String, leavesOn: LocalDate)
    /// A reporting line to someone who leaves was ended the day before they leave; the person
    /// reporting has no manager from that day until the files give them one.
    case managerLeaves(person: PersonLabel, manager: PersonLabel, leavesOn: LocalDate, line: ReportingLine)

    public var description: String {
        switch self {
        case let .invalidKey(kind, key, source):
            return "\(kind) key '\(key)' must not be empty or start or end with spaces" + Self.at(source)
        case let .duplicateKey(kind, key, first, second):
            return "\(kind) '\(key)' is defined twice" + Self.at(first) + " and" + (Self.at(second).isEmpty ? " again" : Self.at(second))
        case let .unknownReference(kind, key, referencedBy, source):
            return "\(referencedBy) refers to unknown \(kind) '\(key)'" + Self.at(source)
        case let .invalidDateRange(kind, key, validFrom, validTo, source):
            return "\(kind) '\(key)' ends (\(validTo), the last day) before it starts (\(validFrom))" + Self.at(source)
        case let .selfManagement(person, line):
            return "\(person) cannot manage themself: reporting line \(line.validityDescription)" + Self.at(line.source)
        case let .overlappingTitleAssignments(person, first, second):
            return "\(person) holds two titles at once: \(Self.describe(first)) overlaps \(Self.describe(second))"
        case let .overlappingReportingLines(person, first, second):
            return "\(person) has two managers at once: \(Self.describe(first)) overlaps \(Self.describe(second))"
        case let .sharedPosition(position, first, second):
            return "position '\(position)' is filled twice at once: by '\(first.person)' with \(Self.describe(first)) and by '\(second.person)' with \(Self.describe(second))"
        case let .positionTitleMismatch(assignment, positionTitle):
            return "'\(assignment.person)' fills position '\(assignment.position ?? "")' (budgeted for title '\(positionTitle)') with \(Self.describe(assignment))"
        case let .reportingCycle(chain, from, lines):
            let sources = lines.compactMap(\.source).map(\.description)
            return "reporting cycle from \(from): " + chain.map(\.description).joined(separator: " → ")
                + (sources.isEmpty ? "" : " (\(sources.joined(separator: ", ")))")
        case let .managerLevelNotAbove(person, role, level, manager, managerRole, managerLevel, from, line):
            return "from \(from) \(person) (role '\(role)', level \(level)) reports to \(manager) (role '\(managerRole)', level \(managerLevel)), whose level is not above" + Self.at(line.source)
        case let .ambiguousTitleName(name, titles, sources):
            let places = sources.compactMap { $0?.description }
            return "'\(name)' names several titles: " + titles.map { "'\($0)'" }.joined(separator: ", ")
                + (places.isEmpty ? "" : " (\(places.joined(separator: ", ")))")
        case let .conflictingEscalationRules(role, first, second):
            return "role '\(role)' escalates both to '\(first.to)'" + Self.at(first.source) + " and to '\(second.to)'" + Self.at(second.source)
        case let .escalationNotUpward(rule, fromLevel, toLevel):
            return "escalation from role '\(rule.from)' (level \(fromLevel)) to role '\(rule.to)' (level \(toLevel)) does not go up" + Self.at(rule.source)
        case let .personWithoutTitle(person, source):
            return "\(person) has no title assignment" + Self.at(source)
        case let .stillReferenced(kind, key, by):
            let shown = by.prefix(5).joined(separator: ", ")
            let more = by.count > 5 ? " and \(by.count - 5) more" : ""
            return "\(kind) '\(key)' is still used by \(shown)\(more)"
        case let .unknownEntity(kind, key):
            return "there is no \(kind) '\(key)'"
        case let .droppedWithHistory(person, history):
            return "\(person) is missing from the new people but has history (\(history.joined(separator: ", "))); "
                + "people with history are not deleted"
        case let .unknownLeaver(key, leavesOn):
            return "a leaving date \(leavesOn) is given for '\(key)', who is neither in the files nor stored"
        case let .managerLeaves(person, manager, leavesOn, line):
            return "\(person) reports to \(manager), who leaves on \(leavesOn): the line from \(line.validFrom) now ends "
                + "\(leavesOn.adding(days: -1)) and \(person.key) has no manager from \(leavesOn)" + Self.at(line.source)
        }
    }

    /// Every place in the files this error points at, in the order the message names them.
    public var sources: [SourceLocation] {
        switch self {
        case .invalidKey(_, _, let source), .unknownReference(_, _, _, let source),
             .invalidDateRange(_, _, _, _, let source), .personWithoutTitle(_, let source):
            return [source].compactMap { $0 }
        case let .duplicateKey(_, _, first, second):
            return [first, second].compactMap { $0 }
        case .selfManagement(_, let line), .managerLevelNotAbove(_, _, _, _, _, _, _, let line):
            return [line.source].compactMap { $0 }
        case .overlappingTitleAssignments(_, let first, let second), .sharedPosition(_, let first, let second):
            return [first.source, second.source].compactMap { $0 }
        case let .overlappingReportingLines(_, first, second):
            return [first.source, second.source].compactMap { $0 }
        case .positionTitleMismatch(let assignment, _):
            return [assignment.source].compactMap { $0 }
        case .reportingCycle(_, _, let lines):
            return lines.compactMap(\.source)
        case .ambiguousTitleName(_, _, let sources):
            return sources.compactMap { $0 }
        case let .conflictingEscalationRules(_, first, second):
            return [first.source, second.source].compactMap { $0 }
        case .escalationNotUpward(let rule, _, _):
            return [rule.source].compactMap { $0 }
        case .managerLeaves(_, _, _, let line):
            return [line.source].compactMap { $0 }
        case .stillReferenced, .unknownEntity, .droppedWithHistory, .unknownLeaver:
            return []
        }
    }

    private static func at(_ source: SourceLocation?) -> String {
        source.map { " (\($0))" } ?? ""
    }

    private static func describe(_ assignment: TitleAssignment) -> String {
        "title '\(assignment.title)' \(assignment.validityDescription)" + at(assignment.source)
    }

    private static func describe(_ line: ReportingLine) -> String {
        "manager '\(line.manager)' \(line.validityDescription)" + at(line.source)
    }
}
