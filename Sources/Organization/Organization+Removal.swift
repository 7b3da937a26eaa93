extension Organization {
    /// What refers to an entity: `role 'agent'`, `title assignment ana@2026-01-01`, … Empty when
    /// nothing does, or for kinds nothing refers to (assignments, lines, escalation rules).
    public func usages(of kind: EntityKind, key: String) -> [String] {
        switch kind {
        case .family:
            return roles.filter { $0.family == key }.map { "role '\($0.key)'" }
        case .role:
            return titles.filter { $0.role == key }.map { "title '\($0.key)'" }
                + escalationRules.filter { $0.from == key || $0.to == key }.map { "escalation rule \($0.from) → \($0.to)" }
        case .title:
            return titleAssignments.filter { $0.title == key }.map { "title assignment \($0.key)" }
                + positions.filter { $0.title == key }.map { "position '\($0.key)'" }
        case .person:
            return titleAssignments.filter { $0.person == key }.map { "title assignment \($0.key)" }
                + reportingLines.filter { $0.person == key || $0.manager == key }.map { "reporting line \($0.key)" }
                + positions.filter { $0.reportsTo == key }.map { "position '\($0.key)'" }
        case .position:
            return titleAssignments.filter { $0.position == key }.map { "title assignment \($0.key)" }
        case .titleAssignment, .reportingLine, .escalationRule:
            return []
        }
    }

    /// The organisation without the entity of `kind` with `key` (all of them, if duplicated).
    ///
    /// Refused with ``OrganizationError/stillReferenced(_:key:by:)`` while anything refers to it,
    /// and with ``OrganizationError/unknownEntity(_:key:)`` when there is no such entity. Keys of
    /// title assignments and reporting lines are `person@validFrom`; of escalation rules, the
    /// `from` role.
    public func removing(_ kind: EntityKind, key: String) throws(OrganizationError) -> Organization {
        let exists: Bool
        switch kind {
        case .family: exists = familyIndex[key] != nil
        case .role: exists = roleIndex[key] != nil
        case .title: exists = titleIndex[key] != nil
        case .person: exists = personIndex[key] != nil
        case .position: exists = positionIndex[key] != nil
        case .titleAssignment: exists = titleAssignments.contains { $0.key == key }
        case .reportingLine: exists = reportingLines.contains { $0.key == key }
        case .escalationRule: exists = escalationRules.contains { $0.from == key }
        }
        guard exists else { throw .unknownEntity(kind, key: key) }
        let users = usages(of: kind, key: key)
        guard users.isEmpty else { throw .stillReferenced(kind, key: key, by: users) }
        return Organization(
            families: families.filter { kind != .family || $0.key != key },
            roles: roles.filter { kind != .role || $0.key != key },
            titles: titles.filter { kind != .title || $0.key != key },
            people: people.filter { kind != .person || $0.key != key },
            titleAssignments: titleAssignments.filter { kind != .titleAssignment || $0.key != key },
            reportingLines: reportingLines.filter { kind != .reportingLine || $0.key != key },
            positions: positions.filter { kind != .position || $0.key != key },
            escalationRules: escalationRules.filter { kind != .escalationRule || $0.from != key })
    }

    /// The organisation without the title; refused while assignments or positions use it.
    public func removingTitle(_ key: String) throws(OrganizationError) -> Organization {
        try removing(.title, key: key)
    }

    /// The organisation without the role; refused while titles or escalation rules use it.
    public func removingRole(_ key: String) throws(OrganizationError) -> Organization {
        try removing(.role, key: key)
    }

    /// The organisation without the job family; refused while roles use it.
    public func removingFamily(_ key: String) throws(OrganizationError) -> Organization {
        try removing(.family, key: key)
    }

    /// The organisation without the person; refused while assignments, lines or positions name them.
    public func removingPerson(_ key: String) throws(OrganizationError) -> Organization {
        try removing(.person, key: key)
    }

    /// The organisation without the position; refused while assignments fill it.
    public func removingPosition(_ key: String) throws(OrganizationError) -> Organization {
        try removing(.position, key: key)
    }
}
