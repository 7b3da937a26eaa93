import CivilTime

extension Organization {
    /// This (newer) organisation with the people who leave kept and ended, and the people it
    /// may not drop: how an import settles departures before it is compared with `stored`.
    ///
    /// ```swift
    /// let settled = newer.settlingDepartures(from: stored, leaving: ["ben": LocalDate("2026-07-01")!],
    ///                                        history: history, today: LocalDate("2026-06-15")!)
    /// ```
    ///
    /// - A person's leaving date is `leaving[key]` (given with the import; it overrides the
    ///   files), else their ``Person/leavesOn`` in this organisation, else, when this
    ///   organisation no longer lists them, the one stored (someone who left before stays left
    ///   without being named again).
    /// - A stored person this organisation no longer lists is kept when they have a leaving
    ///   date. Without one, a person with history —
    ///   `history[key]` (evaluations, coaching, rosters: what the database holds about them) or a
    ///   title assignment or reporting line that started on or before `today` (every stored one
    ///   when `today` is nil) — is an ``OrganizationError/droppedWithHistory(_:history:)`` error.
    ///   A person with no history at all is removed as before: nothing anywhere refers to them
    ///   (their records never started, or the import itself still refers to them and is then
    ///   refused as ``OrganizationError/stillReferenced(_:key:by:)``), so keeping them would only
    ///   keep a typo or a hire that never happened, and would block reusing the key.
    /// - A leaver keeps their stored title assignments (and reporting lines) when this
    ///   organisation gives none for them: files that leave out people who left do not erase
    ///   what they held.
    /// - Nothing of a leaver's is in force from their leaving date: their title assignments and
    ///   reporting lines (as the one reporting or as the manager) that start on or after it are
    ///   dropped, and those still in force are ended on the day before. A line of someone who
    ///   stays, ended because their manager leaves, is reported in ``Departures/warnings``.
    ///   Earlier days are untouched, so the hierarchy of the past still resolves.
    public func settlingDepartures(from stored: Organization, leaving: [String: LocalDate] = [:],
                                   history: [String: [String]] = [:], today: LocalDate?) -> Departures {
        var errors: [OrganizationError] = []
        var people = self.people
        for index in people.indices {
            if let date = leaving[people[index].key] { people[index].leavesOn = date }
        }
        let listed = Set(people.map(\.key))
        for (key, date) in leaving.sorted(by: { $0.key < $1.key }) where !listed.contains(key) && stored.person(key) == nil {
            errors.append(.unknownLeaver(key: key, leavesOn: date))
        }

        // Dropped people: kept when they leave, refused when they have history, else removed.
        for (index, person) in stored.people.enumerated()
        where stored.personIndex[person.key] == index && !listed.contains(person.key) {
            if let date = leaving[person.key] ?? person.leavesOn {
                var kept = person
                kept.leavesOn = date
                people.append(kept)
            } else {
                let facts = (history[person.key] ?? []) + stored.startedRecords(of: person.key, by: today)
                if !facts.isEmpty { errors.append(.droppedWithHistory(person.label, history: facts)) }
            }
        }

        var leavers: [String: LocalDate] = [:]
        for person in people {
            if let date = person.leavesOn, leavers[person.key] == nil { leavers[person.key] = date }
        }
        if leavers.isEmpty && people == self.people {
            return Departures(organization: self, errors: errors, warnings: [], leavers: [:])
        }

        let assigned = Set(titleAssignments.map(\.person))
        var assignments = titleAssignments
        let leaving = leavers.keys.sorted()
        for key in leaving where !assigned.contains(key) { assignments += stored.titleAssignments(of: key) }
        assignments = assignments.compactMap { assignment in
            guard let date = leavers[assignment.person] else { return assignment }
            return assignment.ending(before: date)
        }

        let reporting = Set(reportingLines.map(\.person))
        var lines = reportingLines
        for key in leaving where !reporting.contains(key) { lines += stored.reportingLines(of: key) }
        let labels = Organization(people: people)
        var warnings: [OrganizationError] = []
        lines = lines.compactMap { line in
            let personLeaves = leavers[line.person]
            let managerLeaves = leavers[line.manager]
            guard let end = [personLeaves, managerLeaves].compactMap({ $0 }).min() else { return line }
            let ended = line.ending(before: end)
            if let managerLeaves, personLeaves.map({ managerLeaves < $0 }) ?? true, ended != line {
                warnings.append(.managerLeaves(person: labels.label(line.person), manager: labels.label(line.manager),
                                               leavesOn: managerLeaves, line: line))
            }
            return ended
        }

        let settled = Organization(families: families, roles: roles, titles: titles, people: people,
                                   titleAssignments: assignments, reportingLines: lines, positions: positions,
                                   escalationRules: escalationRules)
        return Departures(organization: settled, errors: errors, warnings: warnings, leavers: leavers)
    }

    /// What of the person's titles and lines had started by `today` (all of it when nil), for
    /// ``OrganizationError/droppedWithHistory(_:history:)``: `title held from 2025-01-01`, ….
    func startedRecords(of key: String, by today: LocalDate?) -> [String] {
        func started(_ record: some EffectiveDated) -> Bool { today.map { record.validFrom <= $0 } ?? true }
        var facts: [String] = []
        if let first = titleAssignments(of: key).filter(started).map(\.validFrom).min() {
            facts.append("titles held from \(first)")
        }
        let lines = reportingLines.filter { ($0.person == key || $0.manager == key) && started($0) }
        if let first = lines.map(\.validFrom).min() {
            facts.append("\(lines.count) reporting line\(lines.count == 1 ? "" : "s") from \(first)")
        }
        return facts
    }
}

extension TitleAssignment {
    /// The assignment as it stands when its holder leaves on `date`: nil when it would only start
    /// then or later, else ended on the day before at the latest.
    func ending(before date: LocalDate) -> TitleAssignment? {
        guard validFrom < date else { return nil }
        var ended = self
        ended.validTo = Swift.min(validTo ?? date.adding(days: -1), date.adding(days: -1))
        return ended
    }
}

extension ReportingLine {
    /// The line as it stands when the person or the manager leaves on `date`: nil when it would
    /// only start then or later, else ended on the day before at the latest.
    func ending(before date: LocalDate) -> ReportingLine? {
        guard validFrom < date else { return nil }
        var ended = self
        ended.validTo = Swift.min(validTo ?? date.adding(days: -1), date.adding(days: -1))
        return ended
    }
}
