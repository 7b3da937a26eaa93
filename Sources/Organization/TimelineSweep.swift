import CivilTime

/// Walks an organisation's timeline change point by change point, keeping each person's manager
/// and role current, and reports reporting cycles and level violations where they begin.
///
/// At a change point only the people whose line or title changed are re-checked: a new cycle
/// must pass through a changed line, so walking up from each changed person finds it.
struct TimelineSweep {
    let organization: Organization
    let policy: LevelPolicy

    /// A level violation, reported once even when it lasts over many periods.
    private struct LevelFinding: Hashable {
        let person: Int
        let manager: Int
        let role: Int
        let managerRole: Int
    }

    func run(into report: inout ValidationReport) {
        let org = organization
        let count = org.people.count
        var events: [(day: Int, person: Int)] = []
        events.reserveCapacity(2 * (org.titleAssignments.count + org.reportingLines.count))
        for person in 0..<count {
            for index in org.assignmentsByPerson[person] {
                add(org.titleAssignments[index], person, to: &events)
            }
            for index in org.linesByPerson[person] {
                add(org.reportingLines[index], person, to: &events)
            }
        }
        events.sort { ($0.day, $0.person) < ($1.day, $1.person) }

        let checkLevels = policy != .ignore
        var manager = [Int](repeating: -1, count: count)
        var line = [Int](repeating: -1, count: count)
        var role = [Int](repeating: -1, count: count)
        var reports = [Set<Int>](repeating: [], count: checkLevels ? count : 0)
        var stamp = [Int](repeating: 0, count: count)
        var epoch = 0
        var reportedCycles: Set<[Int]> = []
        var reportedLevels: Set<LevelFinding> = []

        var start = 0
        while start < events.count {
            let day = events[start].day
            let date = LocalDate(dayNumber: day)
            var lineChanged: [Int] = []
            var roleChanged: [Int] = []
            var end = start
            while end < events.count, events[end].day == day {
                let person = events[end].person
                defer { end += 1 }
                if end > start, events[end - 1].person == person { continue }
                let newLine = org.activeLine(ofPerson: person, on: date) ?? -1
                let newManager = newLine >= 0 ? org.personIndex[org.reportingLines[newLine].manager]! : -1
                line[person] = newLine
                if newManager != manager[person] {
                    if checkLevels {
                        if manager[person] >= 0 { reports[manager[person]].remove(person) }
                        if newManager >= 0 { reports[newManager].insert(person) }
                    }
                    manager[person] = newManager
                    lineChanged.append(person)
                }
                let newRole = org.activeAssignment(ofPerson: person, on: date).flatMap(org.roleIndex(ofAssignment:)) ?? -1
                if newRole != role[person] {
                    role[person] = newRole
                    roleChanged.append(person)
                }
            }
            start = end

            for person in lineChanged where manager[person] >= 0 {
                epoch += 1
                stamp[person] = epoch
                var chain = [person]
                var current = manager[person]
                while current >= 0 {
                    if current == person {
                        reportCycle(chain, from: date, lines: line, reported: &reportedCycles, into: &report)
                        break
                    }
                    if stamp[current] == epoch { break }   // a circle that does not pass through `person`
                    stamp[current] = epoch
                    chain.append(current)
                    current = manager[current]
                }
            }

            guard checkLevels else { continue }
            func check(_ person: Int, _ boss: Int) {
                guard boss >= 0, role[person] >= 0, role[boss] >= 0 else { return }
                let personRole = org.roles[role[person]]
                let bossRole = org.roles[role[boss]]
                guard bossRole.level <= personRole.level else { return }
                let finding = LevelFinding(person: person, manager: boss, role: role[person], managerRole: role[boss])
                guard reportedLevels.insert(finding).inserted else { return }
                let error = OrganizationError.managerLevelNotAbove(
                    person: org.people[person].label, role: personRole.key, level: personRole.level,
                    manager: org.people[boss].label, managerRole: bossRole.key, managerLevel: bossRole.level,
                    from: date, line: org.reportingLines[line[person]])
                if policy == .error { report.errors.append(error) } else { report.warnings.append(error) }
            }
            for person in lineChanged { check(person, manager[person]) }
            for person in roleChanged {
                check(person, manager[person])
                for child in reports[person].sorted() { check(child, person) }
            }
        }
    }

    private func add(_ record: some EffectiveDated, _ person: Int, to events: inout [(day: Int, person: Int)]) {
        guard record.hasValidRange else { return }
        events.append((record.validFrom.dayNumber, person))
        if let validTo = record.validTo { events.append((validTo.dayNumber + 1, person)) }
    }

    /// Reports the circle `chain` (each reporting to the next, the last to the first) unless the
    /// same circle was reported from an earlier day.
    private func reportCycle(_ chain: [Int], from date: LocalDate, lines: [Int], reported: inout Set<[Int]>,
                             into report: inout ValidationReport) {
        let smallest = chain.indices.min { chain[$0] < chain[$1] }!
        let canonical = Array(chain[smallest...] + chain[..<smallest])
        guard reported.insert(canonical).inserted else { return }
        let org = organization
        report.errors.append(.reportingCycle(chain: (chain + [chain[0]]).map { org.people[$0].label }, from: date,
                                             lines: chain.map { org.reportingLines[lines[$0]] }))
    }
}
