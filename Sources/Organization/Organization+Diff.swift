import CivilTime

extension Organization {
    /// What importing `newer` over this organisation would add, remove and change, and which
    /// removals are refused because `newer` still refers to the removed entity.
    ///
    /// Entities are matched by key (the first one when a key is duplicated); sources are ignored.
    public func changes(to newer: Organization) -> OrganizationDiff {
        var entries: [OrganizationDiff.Entry] = []
        func compare<Entity>(_ kind: EntityKind, _ old: [Entity], _ new: [Entity], key: (Entity) -> String,
                             source: (Entity) -> SourceLocation?, fields: (Entity) -> [(String, String)]) {
            let oldByKey = Self.firstByKey(old, key)
            let newByKey = Self.firstByKey(new, key)
            for entityKey in Set(oldByKey.keys).union(newByKey.keys).sorted() {
                switch (oldByKey[entityKey], newByKey[entityKey]) {
                case let (nil, added?):
                    entries.append(.init(kind: kind, key: entityKey, change: .added, source: source(added)))
                case let (removed?, nil):
                    entries.append(.init(kind: kind, key: entityKey, change: .removed, source: source(removed)))
                case let (before?, after?):
                    let changed = zip(fields(before), fields(after)).filter { $0.1 != $1.1 }.map {
                        OrganizationDiff.FieldChange(field: $0.0, old: $0.1, new: $1.1)
                    }
                    if !changed.isEmpty {
                        entries.append(.init(kind: kind, key: entityKey, change: .changed(changed), source: source(after)))
                    }
                case (nil, nil):
                    break
                }
            }
        }
        func text(_ value: String?) -> String { value ?? "" }
        func text(_ date: LocalDate?) -> String { date?.description ?? "" }

        compare(.family, families, newer.families, key: \.key, source: \.source) {
            [("names", $0.names.listing)]
        }
        compare(.role, roles, newer.roles, key: \.key, source: \.source) {
            [("family", $0.family), ("level", "\($0.level)"), ("names", $0.names.listing),
             ("capabilities", $0.capabilities.map(\.rawValue).sorted().joined(separator: ", "))]
        }
        compare(.title, titles, newer.titles, key: \.key, source: \.source) {
            [("role", $0.role), ("names", $0.names.listing), ("aliases", $0.aliases.joined(separator: ", "))]
        }
        compare(.person, people, newer.people, key: \.key, source: \.source) {
            [("display name", $0.displayName), ("given name", text($0.givenName)), ("family name", text($0.familyName)),
             ("email", text($0.email)), ("preferred locale", text($0.preferredLocale)), ("leaves on", text($0.leavesOn))]
        }
        compare(.position, positions, newer.positions, key: \.key, source: \.source) {
            [("title", $0.title), ("reports to", text($0.reportsTo)), ("valid from", $0.validFrom.description),
             ("valid to", text($0.validTo))]
        }
        compare(.titleAssignment, titleAssignments, newer.titleAssignments, key: \.key, source: \.source) {
            [("title", $0.title), ("position", text($0.position)), ("valid to", text($0.validTo))]
        }
        compare(.reportingLine, reportingLines, newer.reportingLines, key: \.key, source: \.source) {
            [("manager", $0.manager), ("valid to", text($0.validTo))]
        }
        compare(.escalationRule, escalationRules, newer.escalationRules, key: \.from, source: \.source) {
            [("to", $0.to)]
        }

        var errors: [OrganizationError] = []
        for entry in entries where entry.change == .removed {
            let users = newer.usages(of: entry.kind, key: entry.key)
            if !users.isEmpty { errors.append(.stillReferenced(entry.kind, key: entry.key, by: users)) }
        }
        return OrganizationDiff(entries: entries, errors: errors)
    }

    private static func firstByKey<Entity>(_ entities: [Entity], _ key: (Entity) -> String) -> [String: Entity] {
        var result: [String: Entity] = [:]
        result.reserveCapacity(entities.count)
        for entity in entities {
            let entityKey = key(entity)
            if result[entityKey] == nil { result[entityKey] = entity }
        }
        return result
    }
}
