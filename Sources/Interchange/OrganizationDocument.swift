import Organization

/// What one or more organisation files say: for each kind of entity, the entities the files
/// give, or nil when no file gives that kind.
///
/// ```swift
/// let document = try OrganizationReader.read(contentsOf: urls)
/// let organization = document.organization(over: stored)   // kinds not in the files stay as stored
/// ```
///
/// A kind is given when a YAML file has its section (an empty list included) or a CSV file of
/// that kind is read, even one with only a header line. Files are merged in the order read:
/// entities of the same kind from several files are concatenated, so a key defined in two files
/// is a duplicate that validation reports with both places.
public struct OrganizationDocument: Sendable {
    public var families: [JobFamily]?
    public var roles: [Role]?
    public var titles: [Title]?
    public var people: [Person]?
    public var titleAssignments: [TitleAssignment]?
    public var reportingLines: [ReportingLine]?
    public var positions: [Position]?
    public var escalationRules: [EscalationRule]?
    /// The files read, in order, as their names appear in messages.
    public var sources: [String]

    public init(families: [JobFamily]? = nil, roles: [Role]? = nil, titles: [Title]? = nil, people: [Person]? = nil,
                titleAssignments: [TitleAssignment]? = nil, reportingLines: [ReportingLine]? = nil,
                positions: [Position]? = nil, escalationRules: [EscalationRule]? = nil, sources: [String] = []) {
        self.families = families
        self.roles = roles
        self.titles = titles
        self.people = people
        self.titleAssignments = titleAssignments
        self.reportingLines = reportingLines
        self.positions = positions
        self.escalationRules = escalationRules
        self.sources = sources
    }

    /// Adds what `other` gives after what this document gives.
    public mutating func merge(_ other: OrganizationDocument) {
        func join<Entity>(_ mine: [Entity]?, _ theirs: [Entity]?) -> [Entity]? {
            guard let theirs else { return mine }
            return (mine ?? []) + theirs
        }
        families = join(families, other.families)
        roles = join(roles, other.roles)
        titles = join(titles, other.titles)
        people = join(people, other.people)
        titleAssignments = join(titleAssignments, other.titleAssignments)
        reportingLines = join(reportingLines, other.reportingLines)
        positions = join(positions, other.positions)
        escalationRules = join(escalationRules, other.escalationRules)
        sources += other.sources
    }

    /// The kinds the files give, in the order of ``EntityKind``.
    public var givenKinds: [EntityKind] {
        EntityKind.allCases.filter { count(of: $0) != nil }
    }

    /// How many entities of `kind` the files give; nil when they give none of that kind.
    public func count(of kind: EntityKind) -> Int? {
        switch kind {
        case .family: families?.count
        case .role: roles?.count
        case .title: titles?.count
        case .person: people?.count
        case .position: positions?.count
        case .titleAssignment: titleAssignments?.count
        case .reportingLine: reportingLines?.count
        case .escalationRule: escalationRules?.count
        }
    }

    /// `4 job families, 12 titles, 40 people`: what the files give, for messages.
    public var summary: String {
        let parts = givenKinds.map { kind -> String in
            let number = count(of: kind) ?? 0
            return "\(number) " + (number == 1 ? kind.rawValue : Self.plural(kind))
        }
        return parts.isEmpty ? "nothing" : parts.joined(separator: ", ")
    }

    /// The organisation an import of these files leads to: each kind the files give replaces
    /// the stored entities of that kind, kinds they do not give are kept from `stored`.
    ///
    /// Title names in assignments and positions may be a title's key or any of its names and
    /// aliases ("Bank Teller", "operator"): a name that resolves to exactly one title (ignoring
    /// case and diacritics) is replaced by that title's key; anything else is left for
    /// validation to report as an unknown title, at its file and line.
    public func organization(over stored: Organization = Organization()) -> Organization {
        let titles = self.titles ?? stored.titles
        let catalogue = Organization(titles: titles)
        func resolved(_ name: String) -> String {
            catalogue.title(name) != nil ? name : (catalogue.title(named: name)?.key ?? name)
        }
        var assignments = titleAssignments ?? stored.titleAssignments
        var positions = self.positions ?? stored.positions
        if titleAssignments != nil || self.titles != nil {
            for index in assignments.indices { assignments[index].title = resolved(assignments[index].title) }
        }
        if self.positions != nil || self.titles != nil {
            for index in positions.indices { positions[index].title = resolved(positions[index].title) }
        }
        return Organization(families: families ?? stored.families, roles: roles ?? stored.roles, titles: titles,
                            people: people ?? stored.people, titleAssignments: assignments,
                            reportingLines: reportingLines ?? stored.reportingLines, positions: positions,
                            escalationRules: escalationRules ?? stored.escalationRules)
    }

    static func plural(_ kind: EntityKind) -> String {
        switch kind {
        case .family: "job families"
        case .person: "people"
        default: kind.rawValue + "s"
        }
    }
}
