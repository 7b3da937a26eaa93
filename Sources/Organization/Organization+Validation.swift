extension Organization {
    /// Checks every invariant over the whole timeline and reports all problems at once.
    ///
    /// Errors: bad or duplicate keys, unknown references, ranges ending before they start,
    /// self-management, two titles or two managers for one person on one day, a position filled
    /// for another title, names that resolve to several titles (keys and aliases), conflicting
    /// escalation rules, and reporting cycles on any day, including cycles that only future-dated
    /// lines create. Warnings: two people in one position, titles sharing a translated name,
    /// escalation rules that do not go up, people without any title. Managers whose role level is
    /// not above their report's are errors, warnings or ignored by `policy`.
    ///
    /// The timeline is swept once over its change points (every `validFrom` and day after a
    /// `validTo`); at each one only the people whose line or title changed are re-checked, so the
    /// cost is about O(changes × depth of the tree), not O(periods × people).
    public func validate(policy: LevelPolicy = .error) -> ValidationReport {
        var report = ValidationReport()
        checkKeys(into: &report)
        checkReferences(into: &report)
        checkDateRanges(into: &report)
        checkOverlaps(into: &report)
        checkTitleNames(into: &report)
        checkEscalationRules(into: &report)
        for (index, person) in people.enumerated() where personIndex[person.key] == index && assignmentsByPerson[index].isEmpty {
            report.warnings.append(.personWithoutTitle(person.label, source: person.source))
        }
        TimelineSweep(organization: self, policy: policy).run(into: &report)
        return report
    }

    private func checkKeys(into report: inout ValidationReport) {
        func check(_ kind: EntityKind, _ entries: [(key: String, source: SourceLocation?)]) {
            var seen: [String: SourceLocation?] = [:]
            for entry in entries {
                if entry.key.isEmpty || entry.key.first!.isWhitespace || entry.key.last!.isWhitespace {
                    report.errors.append(.invalidKey(kind, key: entry.key, source: entry.source))
                }
                if let first = seen[entry.key] {
                    report.errors.append(.duplicateKey(kind, key: entry.key, first: first, second: entry.source))
                } else {
                    seen[entry.key] = entry.source
                }
            }
        }
        check(.family, families.map { ($0.key, $0.source) })
        check(.role, roles.map { ($0.key, $0.source) })
        check(.title, titles.map { ($0.key, $0.source) })
        check(.person, people.map { ($0.key, $0.source) })
        check(.position, positions.map { ($0.key, $0.source) })
    }

    private func checkReferences(into report: inout ValidationReport) {
        func require(_ exists: Bool, _ kind: EntityKind, _ key: String, _ by: () -> String, _ source: SourceLocation?) {
            if !exists { report.errors.append(.unknownReference(kind, key: key, referencedBy: by(), source: source)) }
        }
        for role in roles {
            require(familyIndex[role.family] != nil, .family, role.family, { "role '\(role.key)'" }, role.source)
        }
        for title in titles {
            require(roleIndex[title.role] != nil, .role, title.role, { "title '\(title.key)'" }, title.source)
        }
        for assignment in titleAssignments {
            let what = { "title assignment \(assignment.key)" }
            require(personIndex[assignment.person] != nil, .person, assignment.person, what, assignment.source)
            require(titleIndex[assignment.title] != nil, .title, assignment.title, what, assignment.source)
            if let position = assignment.position {
                require(positionIndex[position] != nil, .position, position, what, assignment.source)
            }
        }
        for line in reportingLines {
            let what = { "reporting line \(line.key)" }
            require(personIndex[line.person] != nil, .person, line.person, what, line.source)
            require(personIndex[line.manager] != nil, .person, line.manager, what, line.source)
            if line.person == line.manager {
                report.errors.append(.selfManagement(person: label(line.person), line: line))
            }
        }
        for position in positions {
            let what = { "position '\(position.key)'" }
            require(titleIndex[position.title] != nil, .title, position.title, what, position.source)
            if let manager = position.reportsTo {
                require(personIndex[manager] != nil, .person, manager, what, position.source)
            }
        }
        for rule in escalationRules {
            let what = { "escalation rule \(rule.from) → \(rule.to)" }
            require(roleIndex[rule.from] != nil, .role, rule.from, what, rule.source)
            require(roleIndex[rule.to] != nil, .role, rule.to, what, rule.source)
        }
    }

    private func checkDateRanges(into report: inout ValidationReport) {
        func check(_ kind: EntityKind, _ key: () -> String, _ record: some EffectiveDated, _ source: SourceLocation?) {
            if let validTo = record.validTo, validTo < record.validFrom {
                report.errors.append(.invalidDateRange(kind, key: key(), validFrom: record.validFrom, validTo: validTo, source: source))
            }
        }
        for assignment in titleAssignments { check(.titleAssignment, { assignment.key }, assignment, assignment.source) }
        for line in reportingLines { check(.reportingLine, { line.key }, line, line.source) }
        for position in positions { check(.position, { position.key }, position, position.source) }
    }

    private func checkOverlaps(into report: inout ValidationReport) {
        for (person, indices) in assignmentsByPerson.enumerated() where indices.count > 1 {
            Self.sweepOverlaps(indices.map { titleAssignments[$0] }) { first, second in
                report.errors.append(.overlappingTitleAssignments(person: people[person].label, first: first, second: second))
            }
        }
        for (person, indices) in linesByPerson.enumerated() where indices.count > 1 {
            Self.sweepOverlaps(indices.map { reportingLines[$0] }) { first, second in
                report.errors.append(.overlappingReportingLines(person: people[person].label, first: first, second: second))
            }
        }
        var holders: [String: [TitleAssignment]] = [:]
        for assignment in titleAssignments {
            guard let key = assignment.position, let position = positionIndex[key] else { continue }
            holders[key, default: []].append(assignment)
            if titleIndex[assignment.title] != nil, positions[position].title != assignment.title {
                report.errors.append(.positionTitleMismatch(assignment: assignment, positionTitle: positions[position].title))
            }
        }
        for key in holders.keys.sorted() where holders[key]!.count > 1 {
            let sorted = holders[key]!.sorted { $0.validFrom < $1.validFrom }
            Self.sweepOverlaps(sorted) { first, second in
                report.warnings.append(.sharedPosition(position: key, first: first, second: second))
            }
        }
    }

    /// Calls `overlap` for each record that overlaps an earlier one; `records` sorted by `validFrom`.
    private static func sweepOverlaps<Record: EffectiveDated>(_ records: [Record], overlap: (Record, Record) -> Void) {
        var holder: Record?
        for record in records where record.hasValidRange {
            if let current = holder {
                if current.validTo.map({ record.validFrom <= $0 }) ?? true {
                    overlap(current, record)
                }
                if let end = current.validTo, record.validTo.map({ $0 > end }) ?? true { holder = record }
            } else {
                holder = record
            }
        }
    }

    private func checkTitleNames(into report: inout ValidationReport) {
        // A name two titles claim as key or alias breaks lookups; a shared translation only confuses.
        var claimedBy: [String: Set<String>] = [:]
        for title in titles {
            for spelling in [title.key] + title.aliases { claimedBy[TextFolding.fold(spelling), default: []].insert(title.key) }
        }
        for name in titleNames.keys.sorted() {
            let indices = titleNames[name]!
            let keys = indices.map { titles[$0].key }
            guard Set(keys).count > 1 else { continue }
            let finding = OrganizationError.ambiguousTitleName(name: name, titles: keys, sources: indices.map { titles[$0].source })
            if claimedBy[name, default: []].count > 1 { report.errors.append(finding) } else { report.warnings.append(finding) }
        }
    }

    private func checkEscalationRules(into report: inout ValidationReport) {
        var first: [String: EscalationRule] = [:]
        for rule in escalationRules {
            if let earlier = first[rule.from] {
                if earlier.to != rule.to {
                    report.errors.append(.conflictingEscalationRules(role: rule.from, first: earlier, second: rule))
                }
            } else {
                first[rule.from] = rule
            }
            if let from = role(rule.from), let to = role(rule.to), to.level <= from.level {
                report.warnings.append(.escalationNotUpward(rule: rule, fromLevel: from.level, toLevel: to.level))
            }
        }
    }
}
