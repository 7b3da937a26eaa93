import CivilTime

/// The organisation as it stands on one date: who is in it, with which title, reporting to whom.
///
/// ```swift
/// let snapshot = OrgSnapshot(organization: organization, asOf: LocalDate("2026-11-23")!)
/// snapshot.span(of: "ana")?.total        // everyone below Ana that day
/// snapshot.chart(locale: "lt").outline   // the tree, children in Lithuanian order
/// ```
///
/// Built once per date in O(n) (people, assignments and lines); every query then reads arrays.
/// A person is a member on the date when they hold a title, report to someone, or are the
/// manager on a reporting line in force. Invalid organisations still give a usable snapshot:
/// unknown references are ignored, overlapping records resolve to the one that starts last, and
/// a reporting cycle is cut at one person, who becomes a root (see ``cycleBreaks``).
public struct OrgSnapshot: Sendable {
    /// One person's place in the organisation on the snapshot date.
    public struct Member: Hashable, Sendable {
        public let person: Person
        /// The title assignment in force, if any.
        public let assignment: TitleAssignment?
        public let title: Title?
        public let role: Role?
        public let family: JobFamily?
        /// The reporting line in force, if any.
        public let reportingLine: ReportingLine?

        public var key: String { person.key }
        public var label: PersonLabel { person.label }
    }

    public let organization: Organization
    public let date: LocalDate
    /// Members in the organisation's order of people.
    public let members: [Member]
    /// Keys of people whose reporting line was ignored because it closed a reporting cycle on
    /// this date (empty for a valid organisation).
    public let cycleBreaks: [String]
    /// Positions in force on the date that no title assignment in force fills, by key.
    public let vacancies: [Position]

    /// Member index per person index; -1 when the person is not a member on the date.
    let memberOfPerson: [Int]
    /// Manager's member index per member; -1 for roots.
    let managerOf: [Int]
    /// Direct reports' member indices per member, in member order.
    let children: [[Int]]
    /// Root member indices, in member order.
    let roots: [Int]
    /// Pre-order (Euler tour) position per member; a member's subtree occupies
    /// `enter[m]...exit[m]` in `order`.
    let enter: [Int]
    let exit: [Int]
    /// Member index at each pre-order position.
    let order: [Int]
    /// Distance from the member's root (roots are 0).
    let depth: [Int]

    public init(organization: Organization, asOf date: LocalDate) {
        self.organization = organization
        self.date = date
        let org = organization
        let peopleCount = org.people.count

        var assignmentOf = [Int](repeating: -1, count: peopleCount)
        var lineOf = [Int](repeating: -1, count: peopleCount)
        var present = [Bool](repeating: false, count: peopleCount)
        for person in 0..<peopleCount where org.personIndex[org.people[person].key] == person {
            if let assignment = org.activeAssignment(ofPerson: person, on: date) {
                assignmentOf[person] = assignment
                present[person] = true
            }
            if let line = org.activeLine(ofPerson: person, on: date) {
                lineOf[person] = line
                present[person] = true
                present[org.personIndex[org.reportingLines[line].manager]!] = true
            }
        }

        var memberOfPerson = [Int](repeating: -1, count: peopleCount)
        var members: [Member] = []
        var personOfMember: [Int] = []
        members.reserveCapacity(peopleCount)
        for person in 0..<peopleCount where present[person] {
            memberOfPerson[person] = members.count
            personOfMember.append(person)
            let assignment = assignmentOf[person] >= 0 ? org.titleAssignments[assignmentOf[person]] : nil
            let title = assignment.flatMap { org.title($0.title) }
            let role = title.flatMap { org.role($0.role) }
            members.append(Member(person: org.people[person], assignment: assignment, title: title, role: role,
                                  family: role.flatMap { org.family($0.family) },
                                  reportingLine: lineOf[person] >= 0 ? org.reportingLines[lineOf[person]] : nil))
        }
        let count = members.count

        var managerOf = [Int](repeating: -1, count: count)
        for member in 0..<count {
            let line = lineOf[personOfMember[member]]
            if line >= 0 {
                managerOf[member] = memberOfPerson[org.personIndex[org.reportingLines[line].manager]!]
            }
        }

        // Cut cycles: walk up from each unvisited member; meeting the current walk again closes a circle.
        var state = [UInt8](repeating: 0, count: count)   // 0 unvisited, 1 on the current walk, 2 done
        var cycleBreaks: [String] = []
        var path: [Int] = []
        for start in 0..<count where state[start] == 0 {
            var current = start
            while current >= 0, state[current] == 0 {
                state[current] = 1
                path.append(current)
                current = managerOf[current]
            }
            if current >= 0, state[current] == 1 {
                managerOf[current] = -1
                cycleBreaks.append(members[current].key)
            }
            for member in path { state[member] = 2 }
            path.removeAll(keepingCapacity: true)
        }

        var children = [[Int]](repeating: [], count: count)
        var roots: [Int] = []
        for member in 0..<count {
            if managerOf[member] >= 0 { children[managerOf[member]].append(member) } else { roots.append(member) }
        }

        var enter = [Int](repeating: 0, count: count)
        var exit = [Int](repeating: 0, count: count)
        var depth = [Int](repeating: 0, count: count)
        var order: [Int] = []
        order.reserveCapacity(count)
        var stack: [Int] = []
        for root in roots.reversed() { stack.append(root) }
        while let member = stack.popLast() {
            enter[member] = order.count
            order.append(member)
            for child in children[member].reversed() {
                depth[child] = depth[member] + 1
                stack.append(child)
            }
        }
        // A subtree ends where the next pre-order position leaves it: compute sizes bottom-up.
        var size = [Int](repeating: 1, count: count)
        for member in order.reversed() where managerOf[member] >= 0 {
            size[managerOf[member]] += size[member]
        }
        for member in 0..<count { exit[member] = enter[member] + size[member] - 1 }

        var filled: Set<String> = []
        for assignment in org.titleAssignments where assignment.hasValidRange && assignment.isActive(on: date) {
            if let position = assignment.position { filled.insert(position) }
        }
        var vacancies: [Position] = []
        for (index, position) in org.positions.enumerated()
        where org.positionIndex[position.key] == index && position.hasValidRange && position.isActive(on: date)
            && !filled.contains(position.key) {
            vacancies.append(position)
        }

        self.members = members
        self.cycleBreaks = cycleBreaks
        self.vacancies = vacancies.sorted { $0.key < $1.key }
        self.memberOfPerson = memberOfPerson
        self.managerOf = managerOf
        self.children = children
        self.roots = roots
        self.enter = enter
        self.exit = exit
        self.order = order
        self.depth = depth
    }

    /// The number of members on the date.
    public var headcount: Int { members.count }

    /// The member index of a person key; nil when the person is not a member on the date.
    func index(of key: String) -> Int? {
        guard let person = organization.personIndex[key] else { return nil }
        let member = memberOfPerson[person]
        return member >= 0 ? member : nil
    }

    /// Whether member `upper` is strictly above member `lower`: O(1) from the Euler tour.
    func isAbove(_ upper: Int, _ lower: Int) -> Bool {
        enter[upper] < enter[lower] && enter[lower] <= exit[upper]
    }

    // MARK: People

    /// The person's place on the date; nil when they are not in the organisation then.
    public func member(_ key: String) -> Member? { index(of: key).map { members[$0] } }

    /// The person's manager on the date.
    public func manager(of key: String) -> Member? {
        guard let member = index(of: key), managerOf[member] >= 0 else { return nil }
        return members[managerOf[member]]
    }

    /// The people reporting directly to the person, in the organisation's order.
    public func directReports(of key: String) -> [Member] {
        index(of: key).map { children[$0].map { members[$0] } } ?? []
    }

    /// Everyone below the person, transitively, depth first.
    public func allReports(of key: String) -> [Member] {
        guard let member = index(of: key) else { return [] }
        return order[(enter[member] + 1)..<(exit[member] + 1)].map { members[$0] }
    }

    /// The people with no manager on the date, in the organisation's order.
    public var topLevel: [Member] { roots.map { members[$0] } }

    /// Whether `upper` is above `lower` on the date (their manager, their manager's manager, …).
    public func isAbove(_ upper: String, _ lower: String) -> Bool {
        guard let upper = index(of: upper), let lower = index(of: lower) else { return false }
        return isAbove(upper, lower)
    }

    /// The person's direct and total reports on the date.
    public func span(of key: String) -> SpanOfControl? {
        index(of: key).map { SpanOfControl(direct: children[$0].count, total: exit[$0] - enter[$0]) }
    }

    /// The members holding a title that `name` resolves to (by key, translation or alias).
    public func people(withTitleNamed name: String) -> [Member] {
        let keys = Set(organization.titles(matching: name).map(\.key))
        return members.filter { $0.title.map { keys.contains($0.key) } ?? false }
    }
}
