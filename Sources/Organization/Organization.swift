import CivilTime

/// The whole organisation: job families, roles, titles, people, and their effective-dated
/// assignments, reporting lines, positions and escalation rules.
///
/// ```swift
/// let organization = Organization(families: families, roles: roles, titles: titles, people: people,
///                                 titleAssignments: assignments, reportingLines: lines)
/// let report = organization.validate(policy: .error)
/// let chart = OrgSnapshot(organization: organization, asOf: LocalDate("2026-11-23")!).chart(locale: "lt")
/// ```
///
/// The aggregate keeps entities as given, duplicates and dangling references included, so that
/// ``validate(policy:)`` can report every problem with its source; lookups by key take the first
/// entity with that key. It is immutable: indexes are built once in `init`.
public struct Organization: Sendable, Equatable {
    public let families: [JobFamily]
    public let roles: [Role]
    public let titles: [Title]
    public let people: [Person]
    public let titleAssignments: [TitleAssignment]
    public let reportingLines: [ReportingLine]
    public let positions: [Position]
    public let escalationRules: [EscalationRule]

    let familyIndex: [String: Int]
    let roleIndex: [String: Int]
    let titleIndex: [String: Int]
    let personIndex: [String: Int]
    let positionIndex: [String: Int]
    /// Indices into `titleAssignments` per person index, sorted by `validFrom` then file order.
    let assignmentsByPerson: [[Int]]
    /// Indices into `reportingLines` per person index (the one reporting), sorted by `validFrom`
    /// then file order.
    let linesByPerson: [[Int]]
    /// Title indices by folded key, name or alias.
    let titleNames: [String: [Int]]

    public init(families: [JobFamily] = [], roles: [Role] = [], titles: [Title] = [], people: [Person] = [],
                titleAssignments: [TitleAssignment] = [], reportingLines: [ReportingLine] = [],
                positions: [Position] = [], escalationRules: [EscalationRule] = []) {
        self.families = families
        self.roles = roles
        self.titles = titles
        self.people = people
        self.titleAssignments = titleAssignments
        self.reportingLines = reportingLines
        self.positions = positions
        self.escalationRules = escalationRules

        familyIndex = Self.firstIndex(families.map(\.key))
        roleIndex = Self.firstIndex(roles.map(\.key))
        titleIndex = Self.firstIndex(titles.map(\.key))
        let personIndex = Self.firstIndex(people.map(\.key))
        self.personIndex = personIndex
        positionIndex = Self.firstIndex(positions.map(\.key))

        var assignments = [[Int]](repeating: [], count: people.count)
        for (index, assignment) in titleAssignments.enumerated() {
            if let person = personIndex[assignment.person] { assignments[person].append(index) }
        }
        for person in assignments.indices where assignments[person].count > 1 {
            assignments[person].sort { (titleAssignments[$0].validFrom, $0) < (titleAssignments[$1].validFrom, $1) }
        }
        assignmentsByPerson = assignments

        var lines = [[Int]](repeating: [], count: people.count)
        for (index, line) in reportingLines.enumerated() {
            if let person = personIndex[line.person] { lines[person].append(index) }
        }
        for person in lines.indices where lines[person].count > 1 {
            lines[person].sort { (reportingLines[$0].validFrom, $0) < (reportingLines[$1].validFrom, $1) }
        }
        linesByPerson = lines

        var names: [String: [Int]] = [:]
        for (index, title) in titles.enumerated() {
            let spellings = [title.key] + title.names.translations.values.sorted() + title.aliases
            for folded in Set(spellings.map(TextFolding.fold)) where !folded.isEmpty {
                names[folded, default: []].append(index)
            }
        }
        titleNames = names
    }

    public static func == (lhs: Organization, rhs: Organization) -> Bool {
        lhs.families == rhs.families && lhs.roles == rhs.roles && lhs.titles == rhs.titles
            && lhs.people == rhs.people && lhs.titleAssignments == rhs.titleAssignments
            && lhs.reportingLines == rhs.reportingLines && lhs.positions == rhs.positions
            && lhs.escalationRules == rhs.escalationRules
    }

    // MARK: Lookup by key

    public func family(_ key: String) -> JobFamily? { familyIndex[key].map { families[$0] } }
    public func role(_ key: String) -> Role? { roleIndex[key].map { roles[$0] } }
    public func title(_ key: String) -> Title? { titleIndex[key].map { titles[$0] } }
    public func person(_ key: String) -> Person? { personIndex[key].map { people[$0] } }
    public func position(_ key: String) -> Position? { positionIndex[key].map { positions[$0] } }

    /// The escalation rule that starts from `role`, if any (the first when several do).
    public func escalationRule(from role: String) -> EscalationRule? {
        escalationRules.first { $0.from == role }
    }

    /// The person's title assignments, earliest first.
    public func titleAssignments(of person: String) -> [TitleAssignment] {
        personIndex[person].map { assignmentsByPerson[$0].map { titleAssignments[$0] } } ?? []
    }

    /// The person's reporting lines (to their managers), earliest first.
    public func reportingLines(of person: String) -> [ReportingLine] {
        personIndex[person].map { linesByPerson[$0].map { reportingLines[$0] } } ?? []
    }

    /// The person's label for messages; the key alone when the person is unknown.
    func label(_ key: String) -> PersonLabel {
        person(key)?.label ?? PersonLabel(key: key, name: key)
    }

    /// Index of the first occurrence of each key.
    private static func firstIndex(_ keys: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(keys.count)
        for (position, key) in keys.enumerated() where index[key] == nil {
            index[key] = position
        }
        return index
    }
}
